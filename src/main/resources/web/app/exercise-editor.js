// The exercise page's workbench: the shared code editor (code-editor.js) over the page's <textarea>, Run/Submit
// through the public API, live status by SSE, then the server-rendered results and history fragments swapped in.
// The code of each exercise and language is kept in localStorage (no account: the browser is the practice's memory).
import { bindReset, mountEditor } from "./code-editor.js";

function workbench(root) {
  const exerciseId = root.dataset.exercise;
  const lang = root.dataset.lang;
  const select = root.querySelector("#language");
  const status = root.querySelector("#status");
  const buttons = [...root.querySelectorAll("button[data-mode]")];
  const results = document.getElementById("results");
  const history = document.getElementById("history");
  const starters = Object.fromEntries(
    [...root.querySelectorAll("textarea.starter")].map((t) => [t.dataset.language, t.value]),
  );
  // Each language keeps its own draft, so switching back and forth or reloading loses nothing; storage may be off
  // (private mode, quota), then the draft lives only as long as the page.
  const drafts = {};
  const draftKey = (lang) => `tj-practice-${exerciseId}-${lang}`;
  const draft = {
    get(lang) {
      try { return localStorage.getItem(draftKey(lang)) ?? drafts[lang]; } catch (e) { return drafts[lang]; }
    },
    put(lang, code) {
      drafts[lang] = code;
      try { localStorage.setItem(draftKey(lang), code); } catch (e) { /* storage off */ }
    },
    forget(lang) {
      delete drafts[lang];
      try { localStorage.removeItem(draftKey(lang)); } catch (e) { /* storage off */ }
    },
  };
  let language = select.value;
  let restoring = false;
  const editor = mountEditor(root.querySelector("#code"), {
    language,
    onRun: () => grade("run").catch(() => fail()),
    onChange: () => restoring || draft.put(language, editor.code()),
  });
  const open = (lang) => {
    restoring = true;
    editor.load(draft.get(lang) ?? starters[lang] ?? "", lang);
    restoring = false;
  };
  if (draft.get(language) != null) open(language);

  select.addEventListener("change", () => {
    language = select.value;
    open(language);
  });
  // A history entry's code goes back into the editor (and so into this language's draft), in its language.
  history.addEventListener("click", (event) => {
    const button = event.target.closest("button.load-code");
    if (!button) return;
    const code = button.closest("td").querySelector("pre.submitted-code").textContent;
    if (starters[button.dataset.language] !== undefined) {
      select.value = button.dataset.language;
      language = select.value;
    }
    editor.load(code, language);
    root.scrollIntoView({ block: "start" });
  });
  bindReset(root.querySelector("button.reset"), editor, {
    starter: () => starters[language] ?? "",
    language: () => language,
    afterReset: () => draft.forget(language),
  });

  // While a job is queued or running the status counts the seconds against the sandbox's wall-time limit.
  let started = 0;
  let label = "";
  let ticker = null;
  const elapsed = () => `${label} ${Math.floor((Date.now() - started) / 1000)} s / ${status.dataset.limit} s`;
  function show(text, state) {
    label = text;
    const live = state === "queued" || state === "running";
    if (live && !ticker) {
      started = Date.now();
      ticker = setInterval(() => (status.textContent = elapsed()), 250);
    } else if (!live && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
    status.textContent = live ? elapsed() : text;
    status.className = "status " + (state || "");
  }

  function busy(on) {
    buttons.forEach((b) => (b.disabled = on));
  }

  async function fragment(url, target) {
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (response.ok) {
      target.innerHTML = await response.text();
    }
  }

  // The lines the shown result's compile error or traceback names (the fragment's hidden list) are marked in the editor.
  const markErrors = () => editor.showErrors([...results.querySelectorAll(".source-errors li")]
    .map((li) => ({ line: Number(li.dataset.line), message: li.textContent })));
  markErrors();

  async function finish(submissionId) {
    await fragment(`/exercises/${encodeURIComponent(exerciseId)}/results/${submissionId}?lang=${lang}`, results);
    markErrors();
    await fragment(`/exercises/${encodeURIComponent(exerciseId)}/history?lang=${lang}`, history);
    show(status.dataset.done, "done");
    busy(false);
  }

  function onUpdate(submission, submissionId) {
    show(status.dataset[submission.status.toLowerCase()] || submission.status, submission.status.toLowerCase());
    return submission.status === "DONE" ? finish(submissionId) : null;
  }

  // When the stream breaks before DONE (a proxy, a restart), polling the submission finishes the job.
  async function poll(submissionId) {
    for (;;) {
      const response = await fetch(`/api/v1/submissions/${submissionId}`, { headers: { Accept: "application/json" } });
      const submission = await response.json();
      if (onUpdate(submission, submissionId)) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  function follow(submissionId) {
    const events = new EventSource(`/api/v1/submissions/${submissionId}/events`);
    events.onmessage = (event) => {
      const submission = JSON.parse(event.data);
      if (submission.status === "DONE") {
        events.close(); // before the server ends the stream, or EventSource would reconnect
      }
      onUpdate(submission, submissionId);
    };
    events.onerror = () => {
      events.close();
      poll(submissionId).catch(() => fail());
    };
  }

  function fail(detail) {
    show(status.dataset.failed + (detail ? ": " + detail : ""), "failed");
    busy(false);
  }

  async function grade(mode) {
    if (buttons[0].disabled) {
      return;
    }
    busy(true);
    editor.showErrors([]);
    show(status.dataset.queued, "queued");
    const response = await fetch(`/api/v1/exercises/${encodeURIComponent(exerciseId)}/submissions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ language, code: editor.code(), mode }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      fail(body.detail || body.title || response.statusText);
      return;
    }
    follow(body.id);
  }

  buttons.forEach((b) => b.addEventListener("click", () => grade(b.dataset.mode).catch(() => fail())));
  busy(false);
  root.dataset.ready = "true";
}

// The separator of the wide layout: dragged (pointer) or moved by the arrow keys, between 20 % and 80 % of the width;
// the share is remembered. CSSOM writes (style.setProperty) are allowed under the page's CSP, style attributes are not.
function splitPanes(split) {
  const handle = split.querySelector(".split-handle");
  const set = (percent) => {
    const share = Math.min(80, Math.max(20, Math.round(percent)));
    split.style.setProperty("--split", share + "%");
    handle.setAttribute("aria-valuenow", String(share));
    try { localStorage.setItem("tj-practice-split", String(share)); } catch (e) { /* storage off */ }
  };
  let saved = null;
  try { saved = localStorage.getItem("tj-practice-split"); } catch (e) { /* storage off */ }
  if (saved) set(Number(saved));
  const toPointer = (event) => {
    const box = split.getBoundingClientRect();
    set(((event.clientX - box.left) / box.width) * 100);
  };
  handle.addEventListener("pointerdown", (event) => {
    handle.setPointerCapture(event.pointerId);
    handle.classList.add("dragging");
    handle.addEventListener("pointermove", toPointer);
  });
  handle.addEventListener("pointerup", (event) => {
    handle.releasePointerCapture(event.pointerId);
    handle.classList.remove("dragging");
    handle.removeEventListener("pointermove", toPointer);
  });
  handle.addEventListener("keydown", (event) => {
    const step = { ArrowLeft: -5, ArrowRight: 5 }[event.key];
    if (step) {
      event.preventDefault();
      set(Number(handle.getAttribute("aria-valuenow")) + step);
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const split = document.getElementById("practice-split");
  if (split) {
    splitPanes(split);
  }
  const root = document.getElementById("workbench");
  if (root) {
    workbench(root);
  }
});

// The candidate's workspace: a timer from the server's deadline, debounced autosave, MCQ answers (never graded on
// screen), the shared code editor with Run/Submit through the candidate API, integrity signals, Finish. The token in
// the URL is the only key. Bundled with the practice page's scripts; it does nothing on pages without #take.
import { bindReset, mountEditor } from "./code-editor.js";

function take(root) {
  const token = root.dataset.token;
  const api = `/api/v1/attempts/${token}`;
  const alertBox = document.getElementById("take-alert");
  // Result and warning labels in the page's language (take.html's hidden list); the raw value where one is missing.
  const labels = Object.fromEntries([...document.querySelectorAll("#take-labels li")]
    .map((li) => [li.dataset.key, li.textContent]));
  const label = (key, fallback) => labels[key] ?? fallback;
  const verdictLabel = (verdict) => label(`verdict_${verdict}`, verdict);
  const SAVE_DELAY_MS = 800;

  async function call(method, path, body) {
    const response = await fetch(api + path, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: method !== "GET",
    });
    const json = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.status === 409 || response.status === 410) {
      // Finished, past the deadline or withdrawn: say so, then show the page that explains it.
      alertBox.textContent = (json && json.detail) || root.dataset.timeUp;
      alertBox.hidden = false;
      setTimeout(() => window.location.reload(), 2500);
    }
    if (!response.ok) {
      throw new Error((json && json.detail) || response.statusText);
    }
    return json;
  }

  // ---- timer: the deadline is the server's; the page only counts down the seconds it was told ----
  const timer = document.getElementById("timer");
  let end = Date.now() + Number(root.dataset.secondsLeft) * 1000;
  // The interviewer may grant this candidate extra time: follow the server's deadline every 30 s.
  setInterval(() => call("GET", "").then((a) => {
    if (a && typeof a.secondsLeft === "number" && a.status === "STARTED") {
      end = Date.now() + a.secondsLeft * 1000;
    }
  }).catch(() => {}), 30_000);
  function tick() {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    const h = Math.floor(left / 3600);
    const m = Math.floor((left % 3600) / 60);
    const s = String(left % 60).padStart(2, "0");
    timer.textContent = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
    timer.parentElement.classList.toggle("low", left < 300);
    if (left === 0) {
      clearInterval(interval);
      alertBox.textContent = root.dataset.timeUp;
      alertBox.hidden = false;
      setTimeout(() => window.location.reload(), 1500);
    }
  }
  const interval = setInterval(tick, 1000);
  tick();

  // ---- items ----
  root.querySelectorAll(".take-item").forEach((section) => {
    const itemId = section.dataset.item;
    const status = section.querySelector(".item-status");
    let timeout = null;
    const show = (text) => (status.textContent = text);

    function schedule(save) {
      clearTimeout(timeout);
      show(root.dataset.saving);
      timeout = setTimeout(() => save().then(() => show(root.dataset.saved + " " + new Date().toLocaleTimeString()))
        .catch((e) => show(root.dataset.saveFailed + ": " + e.message)), SAVE_DELAY_MS);
    }

    if (section.dataset.kind === "MCQ") {
      const chosen = () => [...section.querySelectorAll("input:checked")].map((i) => i.value);
      section.addEventListener("change", () =>
        schedule(() => call("PUT", `/items/${itemId}/work`, { choices: chosen() })));
      section.querySelector("button.answer").addEventListener("click", async () => {
        clearTimeout(timeout);
        try {
          await call("POST", `/items/${itemId}/answer`, { choices: chosen() });
          show(root.dataset.answerRecorded);
          document.getElementById(`nav-${itemId}`).classList.add("done");
        } catch (e) {
          show(e.message);
        }
      });
      return;
    }

    const language = section.querySelector("select.language");
    const starters = Object.fromEntries([...section.querySelectorAll("textarea.starter")]
      .map((t) => [t.dataset.language, t.value]));
    const save = () => call("PUT", `/items/${itemId}/work`, { language: language.value, code: editor.code() });
    const saveNow = () => {
      clearTimeout(timeout);
      show(root.dataset.saving);
      save().then(() => show(root.dataset.saved + " " + new Date().toLocaleTimeString()))
        .catch((e) => show(root.dataset.saveFailed + ": " + e.message));
    };
    const runButton = section.querySelector("button.grade[data-mode=run]");
    const editor = mountEditor(section.querySelector("textarea.code"), {
      language: language.value,
      // Ctrl/Cmd+Enter runs the visible tests where the assessment allows it; submitting stays a deliberate click.
      onRun: () => runButton && !runButton.disabled && runButton.click(),
      onSave: saveNow,
      onChange: () => schedule(save),
      onPaste: (pasted) => call("POST", "/signals",
        { kind: "PASTE", itemId: Number(itemId), detail: `${pasted.length} chars` }).catch(() => {}),
    });
    // Switching language swaps the mode and the code: the other language's draft, else its starter. The server
    // keeps only the current language's code, so the one left is kept in this tab (sessionStorage survives a reload).
    const draftKey = (lang) => `tj-take-${token}-${itemId}-${lang}`;
    const draft = {
      get: (lang) => { try { return sessionStorage.getItem(draftKey(lang)); } catch (e) { return null; } },
      put: (lang, code) => { try { sessionStorage.setItem(draftKey(lang), code); } catch (e) { /* storage off */ } },
    };
    let current = language.value;
    language.addEventListener("change", () => {
      draft.put(current, editor.code());
      current = language.value;
      editor.load(draft.get(current) ?? starters[current] ?? "", current);
      schedule(save);
    });
    // The reset is an edit like any other: onChange autosaves the starter.
    bindReset(section.querySelector("button.reset"), editor, {
      starter: () => starters[language.value] ?? "",
      language: () => language.value,
    });

    const result = section.querySelector(".grade-result");
    // Polls a submission until it is graded, then shows its result and marks the lines its error names.
    async function settle(submissionId) {
      let submission = await call("GET", `/submissions/${submissionId}`);
      while (submission.status !== "DONE") {
        await new Promise((r) => setTimeout(r, 700));
        submission = await call("GET", `/submissions/${submissionId}`);
      }
      render(result, submission);
      editor.showErrors(submission.sourceErrors || []);
      return submission;
    }
    section.querySelectorAll("button.grade").forEach((button) => {
      button.addEventListener("click", async () => {
        const buttons = section.querySelectorAll("button.grade");
        buttons.forEach((b) => (b.disabled = true));
        clearTimeout(timeout);
        editor.showErrors([]);
        try {
          const accepted = await call("POST", `/items/${itemId}/submissions`,
            { language: language.value, code: editor.code(), mode: button.dataset.mode });
          show(root.dataset.queued);
          await new Promise((r) => setTimeout(r, 700));
          const submission = await settle(accepted.id);
          show(submission.mode === "submit" ? verdictLabel(submission.verdict) : "");
          if (submission.mode === "submit") {
            document.getElementById(`nav-${itemId}`).classList.add("done");
          }
        } catch (e) {
          show(e.message);
        } finally {
          buttons.forEach((b) => (b.disabled = false));
        }
      });
    });
    // After a reload: the item's latest run or submission is shown again (the server names it).
    if (result.dataset.lastSubmission) {
      settle(result.dataset.lastSubmission).catch(() => {});
    }
  });

  // Visible tests in full; hidden ones only as a count (the API sends nothing more).
  function render(target, s) {
    const rows = s.visibleTests.map((t) => {
      const tr = document.createElement("tr");
      tr.className = t.passed ? "pass" : "fail";
      const kind = t.kind ? label(`kind_${t.kind.replace("-", "_")}`, t.kind) : "";
      const detail = t.passed ? "" : [kind, t.message].filter(Boolean).join(" — ");
      [t.name, t.passed ? "✓" : "✗", detail].forEach((text) => {
        const td = document.createElement("td");
        td.textContent = text;
        tr.appendChild(td);
      });
      return tr;
    });
    const head = document.createElement("p");
    head.innerHTML = "";
    const verdict = document.createElement("strong");
    verdict.className = `verdict-${s.verdict}`;
    verdict.textContent = `${label(`mode_${s.mode}`, s.mode)}: ${verdictLabel(s.verdict)}`;
    head.appendChild(verdict);
    if (s.hiddenTotal > 0) {
      head.append(` · ${root.dataset.hiddenTests}: ${s.hiddenPassed}/${s.hiddenTotal}`);
    }
    const table = document.createElement("table");
    table.className = "data tests";
    table.append(...rows);
    const parts = [head, table];
    if (s.stderr) {
      const pre = document.createElement("pre");
      pre.textContent = s.stderr;
      parts.push(pre);
    }
    target.replaceChildren(...parts);
  }

  // ---- integrity signals ----
  document.addEventListener("visibilitychange", () => {
    call("POST", "/signals", { kind: document.hidden ? "TAB_HIDDEN" : "TAB_VISIBLE" }).catch(() => {});
  });

  // Finish names the items not yet answered or submitted before asking.
  document.getElementById("finish").addEventListener("click", async () => {
    const open = [...root.querySelectorAll(".item-nav a:not(.done)")].map((a) => a.textContent.trim());
    const warning = open.length ? `${label("unsubmitted_warning", "")} ${open.join(", ")}\n\n` : "";
    if (!window.confirm(warning + root.dataset.confirmFinish)) return;
    await call("POST", "/finish").catch(() => {});
    window.location.reload();
  });
  root.dataset.ready = "true";
}

const root = document.getElementById("take");
if (root) take(root);

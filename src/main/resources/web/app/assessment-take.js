// The candidate's workspace: a timer from the server's deadline, debounced autosave, MCQ answers (never graded on
// screen), the shared code editor with Run/Submit through the candidate API, integrity signals, Finish. The token in
// the URL is the only key. Bundled with the practice page's scripts; it does nothing on pages without #take.
import { bindReset, mountEditor } from "./code-editor.js";

function take(root) {
  const token = root.dataset.token;
  const api = `/api/v1/attempts/${token}`;
  const alertBox = document.getElementById("take-alert");
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
    section.querySelectorAll("button.grade").forEach((button) => {
      button.addEventListener("click", async () => {
        const buttons = section.querySelectorAll("button.grade");
        buttons.forEach((b) => (b.disabled = true));
        clearTimeout(timeout);
        try {
          const accepted = await call("POST", `/items/${itemId}/submissions`,
            { language: language.value, code: editor.code(), mode: button.dataset.mode });
          show(root.dataset.queued);
          let submission;
          do {
            await new Promise((r) => setTimeout(r, 700));
            submission = await call("GET", `/submissions/${accepted.id}`);
          } while (submission.status !== "DONE");
          render(result, submission);
          show(submission.mode === "submit" ? submission.verdict : "");
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
  });

  // Visible tests in full; hidden ones only as a count (the API sends nothing more).
  function render(target, s) {
    const rows = s.visibleTests.map((t) => {
      const tr = document.createElement("tr");
      tr.className = t.passed ? "pass" : "fail";
      [t.name, t.passed ? "✓" : "✗", t.passed ? "" : `${t.kind || ""} ${t.message || ""}`].forEach((text) => {
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
    verdict.textContent = `${s.mode === "run" ? "Run" : "Submit"}: ${s.verdict}`;
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

  document.getElementById("finish").addEventListener("click", async () => {
    if (!window.confirm(root.dataset.confirmFinish)) return;
    await call("POST", "/finish").catch(() => {});
    window.location.reload();
  });
  root.dataset.ready = "true";
}

const root = document.getElementById("take");
if (root) take(root);

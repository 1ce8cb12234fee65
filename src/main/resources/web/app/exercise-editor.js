// The exercise page's workbench: the shared code editor (code-editor.js) over the page's <textarea>, Run/Submit
// through the public API, live status by SSE, then the server-rendered results and history fragments swapped in.
import { mountEditor } from "./code-editor.js";

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
  // Each language keeps its own draft, so switching back and forth loses nothing.
  const drafts = {};
  let language = select.value;
  const editor = mountEditor(root.querySelector("#code"), { language, onRun: () => grade("run").catch(() => fail()) });

  select.addEventListener("change", () => {
    drafts[language] = editor.code();
    language = select.value;
    editor.load(drafts[language] ?? starters[language] ?? "", language);
  });

  function show(text, state) {
    status.textContent = text;
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

  async function finish(submissionId) {
    await fragment(`/exercises/${encodeURIComponent(exerciseId)}/results/${submissionId}?lang=${lang}`, results);
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

document.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("workbench");
  if (root) {
    workbench(root);
  }
});

// Authoring pages: live statement preview (Markdown rendered by the server, math by KaTeX), a busy label while a save
// validates, and zip imports through the API. The forms work without it.
"use strict";

function typesetPreview(root) {
  // app.js loads KaTeX when the preview has math.
  if (window.tjTypeset) {
    window.tjTypeset(root);
  }
}

async function renderPreview(textarea, pane) {
  const response = await fetch("/api/v1/authoring/preview", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ markdown: textarea.value }),
  });
  if (response.ok) {
    // The server escapes raw HTML in the Markdown (web.Markdown).
    pane.innerHTML = (await response.json()).html;
    typesetPreview(pane);
  }
}

function livePreview(pane) {
  const textarea = document.getElementById(pane.dataset.for);
  let timer = null;
  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => renderPreview(textarea, pane), 300);
  });
  renderPreview(textarea, pane);
}

async function importZip(form, event) {
  event.preventDefault();
  const file = form.querySelector("input[type=file]").files[0];
  const result = form.querySelector(".import-result");
  if (!file) {
    return;
  }
  result.hidden = false;
  result.textContent = "…";
  const response = await fetch(form.dataset.endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/zip", Accept: "application/json" },
    body: file,
  });
  const body = await response.json();
  result.textContent = response.ok
    ? body.map((r) => `${r.id}: ${r.outcome || (r.changed ? "new version " + r.version : "unchanged")}`
        + (r.problems && r.problems.length ? "\n  " + r.problems.join("\n  ") : "")).join("\n")
    : body.detail || response.statusText;
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".preview[data-for]").forEach(livePreview);
  const editor = document.getElementById("editor");
  if (editor) {
    editor.addEventListener("submit", () => {
      const button = editor.querySelector("#save");
      button.disabled = true;
      button.textContent = button.dataset.busy;
    });
  }
  document.querySelectorAll("form.import-form").forEach((form) => {
    form.addEventListener("submit", (event) => importZip(form, event));
  });
});

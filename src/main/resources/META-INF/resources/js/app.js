// Progressive enhancement: typeset math (KaTeX loaded on demand), and answer MCQs in place through the API (the forms work without it).
"use strict";

// KaTeX (~300 KB) is loaded only when a page shows math: the delimiters web.Markdown keeps for it, $...$ or $$...$$.
const KATEX = "/webjars/katex/0.18.11/dist/";
const MATH = /\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/;
let katexLoading = null;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

function loadKatex() {
  if (!katexLoading) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = KATEX + "katex.min.css";
    document.head.appendChild(css);
    katexLoading = loadScript(KATEX + "katex.min.js").then(() => loadScript(KATEX + "contrib/auto-render.min.js"));
  }
  return katexLoading;
}

function typeset(root) {
  if (!root || !MATH.test(root.textContent)) {
    return;
  }
  loadKatex().then(() => window.renderMathInElement(root, {
    delimiters: [{ left: "$$", right: "$$", display: true }, { left: "$", right: "$", display: false }],
    throwOnError: false,
  }));
}
// Other scripts (authoring preview) typeset what they insert through this.
window.tjTypeset = typeset;

function escapeHtml(text) {
  const div = document.createElement("div");
  div.textContent = text;
  return div.innerHTML;
}

async function answerInPlace(form, event) {
  event.preventDefault();
  const result = form.querySelector(".result");
  const choices = [...form.querySelectorAll("input[name=choice]:checked")].map((i) => i.value);
  if (choices.length === 0) {
    result.className = "result wrong";
    result.textContent = result.dataset.choose;
    return;
  }
  const lang = form.dataset.lang;
  const response = await fetch(`/api/v1/questions/${encodeURIComponent(form.dataset.question)}/answers?lang=${lang}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ choices }),
  });
  const body = await response.json();
  if (!response.ok) {
    result.className = "result wrong";
    result.textContent = body.detail || response.statusText;
    return;
  }
  form.querySelectorAll(".choices li").forEach((li) => {
    const key = li.querySelector("input").value;
    li.classList.toggle("key", body.correctChoices.includes(key));
    li.classList.toggle("chosen", choices.includes(key));
  });
  result.className = "result " + (body.correct ? "right" : "wrong");
  result.innerHTML =
    `<p class="verdict">${escapeHtml(body.correct ? result.dataset.correct : result.dataset.incorrect)} — ` +
    `${escapeHtml(result.dataset.key)}: ${escapeHtml(body.correctChoices.join(", "))}</p>` +
    `<div class="explanation"></div>`;
  // Rendered and HTML-escaped by the server (Markdown with raw HTML escaped).
  result.querySelector(".explanation").innerHTML = body.explanationHtml;
  typeset(result);
  // mcq-practice.js (on the practice pages) counts it into the section's progress.
  form.dispatchEvent(new CustomEvent("mcq-answered", {
    bubbles: true, detail: { question: form.dataset.question, choices, correct: body.correct },
  }));
}

// <time class="local-time" datetime="ISO">: the browser's time zone, in the page language's format.
function localTimes(root) {
  const format = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { dateStyle: "medium", timeStyle: "short" });
  root.querySelectorAll("time.local-time[datetime]").forEach((t) => {
    const when = new Date(t.getAttribute("datetime"));
    if (!Number.isNaN(when.getTime())) {
      t.title = t.getAttribute("datetime");
      t.textContent = format.format(when);
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  localTimes(document);
  typeset(document.body);
  document.querySelectorAll("form.answer-form").forEach((form) => {
    form.addEventListener("submit", (event) => answerInPlace(form, event).catch(() => form.submit()));
  });
});

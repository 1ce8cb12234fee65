// Progressive enhancement: typeset math, and answer MCQs in place through the API (the forms work without it).
"use strict";

function typeset(root) {
  if (window.renderMathInElement) {
    window.renderMathInElement(root, {
      delimiters: [{ left: "$$", right: "$$", display: true }, { left: "$", right: "$", display: false }],
      throwOnError: false,
    });
  }
}

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

document.addEventListener("DOMContentLoaded", () => {
  typeset(document.body);
  document.querySelectorAll("form.answer-form").forEach((form) => {
    form.addEventListener("submit", (event) => answerInPlace(form, event).catch(() => form.submit()));
  });
});

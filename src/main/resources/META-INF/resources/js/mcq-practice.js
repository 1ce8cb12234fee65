// MCQ practice progress per section, kept in this browser (localStorage; no account needed). The server shows a
// browser's earlier answers again from its practice cookie, in whatever language the page is in; this script
// mirrors them into the store, counts answered/correct for each progress bar, and re-checks the stored choices
// where the server does not know them (the key is shown only by answering).
"use strict";

const STORE = "tj-mcq-answers";

function loadAnswers() {
  try {
    return JSON.parse(window.localStorage.getItem(STORE)) || {};
  } catch (e) {
    return {};
  }
}

function saveAnswers(answers) {
  try {
    window.localStorage.setItem(STORE, JSON.stringify(answers));
  } catch (e) {
    // Storage full or disabled: progress is then only what the server shows.
  }
}

function showProgress(answers) {
  document.querySelectorAll(".progress[data-ids]").forEach((bar) => {
    const done = bar.dataset.ids.split(" ").filter((id) => id && answers[id]);
    bar.querySelector(".answered").textContent = String(done.length);
    bar.querySelector(".right").textContent = String(done.filter((id) => answers[id].ok).length);
    bar.hidden = false;
  });
}

function mirror(answers) {
  document.querySelectorAll("article.question").forEach((article) => {
    if (article.dataset.chosen !== undefined) {
      answers[article.id] = { c: article.dataset.chosen.split(","), ok: article.dataset.correct === "true" };
    } else if (answers[article.id]) {
      const chosen = answers[article.id].c || [];
      article.querySelectorAll("input[name=choice]").forEach((input) => {
        input.checked = chosen.includes(input.value);
      });
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const answers = loadAnswers();
  mirror(answers);
  saveAnswers(answers);
  showProgress(answers);
});

document.addEventListener("mcq-answered", (event) => {
  const answers = loadAnswers();
  answers[event.detail.question] = { c: event.detail.choices, ok: event.detail.correct };
  saveAnswers(answers);
  const article = document.getElementById(event.detail.question);
  if (article) {
    article.dataset.chosen = event.detail.choices.join(",");
    article.dataset.correct = String(event.detail.correct);
  }
  showProgress(answers);
});

// The interviewer's review of an attempt: code highlighted by the shared CodeMirror (read-only), and per exercise a
// playback slider over its autosaved snapshots, runs and submissions, with the pastes marked on the timeline.
// Bundled with the other pages' scripts; it does nothing on pages without #attempt-review.
import { mountViewer } from "./code-editor.js";

function playback(section) {
  const frames = [...section.querySelectorAll(".playback-frames > li")];
  const slider = section.querySelector(".playback-slider");
  const label = section.querySelector(".playback-label");
  const stage = section.querySelector("pre.playback-code");
  if (!frames.length || !slider || !stage) return;
  const last = frames.length - 1;
  const viewer = mountViewer(stage, frames[last].dataset.language);
  const show = (index) => {
    const frame = frames[index];
    viewer.load(frame.querySelector("pre.frame-code").textContent, frame.dataset.language);
    label.textContent = frame.querySelector(".frame-meta").textContent;
    section.dataset.frame = String(index);
  };
  slider.max = String(last);
  slider.value = String(last);
  slider.addEventListener("input", () => show(Number(slider.value)));
  // A paste sits at the first snapshot saved after it (-1: none followed, the end of the timeline).
  section.querySelectorAll(".paste-mark").forEach((mark) => {
    const at = Number(mark.dataset.frame);
    const index = at < 0 ? last : at;
    mark.style.left = `${last === 0 ? 0 : (index / last) * 100}%`;
    mark.addEventListener("click", () => {
      slider.value = String(index);
      show(index);
    });
  });
  section.querySelector(".playback-frames").hidden = true;
  section.querySelector(".playback-controls").hidden = false;
  show(last);
}

const root = document.getElementById("attempt-review");
if (root) {
  root.querySelectorAll("pre.code[data-language]").forEach((pre) => mountViewer(pre, pre.dataset.language));
  root.querySelectorAll(".playback").forEach(playback);
  root.dataset.ready = "true";
}

// Dashboard and review pages: copy the invite link, draw the score histogram, show times in local time.
(function () {
  document.querySelectorAll("time.local-time").forEach((t) => {
    t.textContent = new Date(t.getAttribute("datetime")).toLocaleString();
  });

  const copy = document.getElementById("copy-invite");
  if (copy) {
    copy.addEventListener("click", async () => {
      const input = document.getElementById("invite-link");
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
      } catch (e) {
        document.execCommand("copy"); // clipboard API needs a secure context
      }
      copy.textContent = copy.dataset.copied;
    });
  }

  const canvas = document.getElementById("score-chart");
  if (canvas && window.Chart) {
    const scores = canvas.dataset.scores.split(",").map(Number);
    const max = Number(canvas.dataset.max) || 1;
    // Ten bins of 10% of the maximum; a full score falls in the last one.
    const counts = new Array(10).fill(0);
    scores.forEach((s) => counts[Math.min(9, Math.floor((s / max) * 10))]++);
    const labels = counts.map((_, i) => `${Math.round((i * max) / 10)}–${Math.round(((i + 1) * max) / 10)}`);
    new window.Chart(canvas, {
      type: "bar",
      data: { labels, datasets: [{ label: canvas.dataset.label, data: counts, backgroundColor: "#2f5bd3" }] },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    canvas.dataset.drawn = "true";
  }
})();

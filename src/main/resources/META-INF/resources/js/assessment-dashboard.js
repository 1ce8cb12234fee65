// Dashboard and review pages: copy the invite link, draw the score histogram (app.js shows times in local time).
(function () {

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

  // Sortable results: a click on a heading sorts by that column, a second click reverses. Cells with data-value
  // sort by it (scores, seconds); empty ones (not attempted) go last either way.
  document.querySelectorAll("table.sortable").forEach((table) => {
    const headings = [...table.tHead.rows[0].cells];
    headings.forEach((th, column) => {
      if (!th.dataset.sort) {
        return;
      }
      th.tabIndex = 0;
      th.classList.add("sort-heading");
      const sort = () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        headings.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const key = (row) => {
          const cell = row.cells[column];
          const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
          return raw === "" ? null : th.dataset.sort === "number" ? Number(raw) : raw.toLowerCase();
        };
        const body = table.tBodies[0];
        [...body.rows].sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === null || y === null) {
            return x === y ? 0 : x === null ? 1 : -1;
          }
          const order = typeof x === "number" ? x - y : x.localeCompare(y);
          return ascending ? order : -order;
        }).forEach((row) => body.appendChild(row));
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          sort();
        }
      });
    });
  });

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

// The assessment builder: filters the bank tables in place and saves the picks through the JSON API.
(function () {
  const form = document.getElementById("builder");
  if (!form) return;
  const id = form.dataset.id;
  const text = document.getElementById("filter-text");
  const topic = document.getElementById("filter-topic");
  const errors = document.getElementById("builder-errors");

  function applyFilter() {
    const words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    form.querySelectorAll("table.pick tbody tr").forEach((row) => {
      const haystack = row.dataset.filter.toLowerCase();
      const topicOk = !topic.value || row.dataset.topics.split(" ").includes(topic.value);
      const picked = row.querySelector(".pick-item").checked;
      row.hidden = !picked && !(topicOk && words.every((w) => haystack.includes(w)));
      row.classList.toggle("picked", picked);
    });
  }
  text.addEventListener("input", applyFilter);
  topic.addEventListener("change", applyFilter);
  form.addEventListener("change", applyFilter);

  // Dates are stored in UTC and edited in the browser's local time.
  form.querySelectorAll("input[type=datetime-local]").forEach((input) => {
    if (input.dataset.utc) {
      const d = new Date(input.dataset.utc);
      input.value = new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    }
  });
  const instant = (value) => (value ? new Date(value).toISOString() : null);

  function body() {
    const items = [...form.querySelectorAll(".pick-item:checked")].map((box) => ({
      kind: box.dataset.kind,
      refId: box.dataset.ref,
      points: Number(box.closest("tr").querySelector(".points").value),
    }));
    // Questions first, then exercises: the candidate warms up on the short items.
    items.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "MCQ" ? -1 : 1));
    const count = Number(document.getElementById("random-count").value);
    if (count > 0) {
      items.push({ kind: "RANDOM_MCQ", topic: document.getElementById("random-topic").value, count,
        points: Number(document.getElementById("random-points").value),
        includePublic: document.getElementById("random-include-public").checked });
    }
    return {
      title: form.title.value,
      timeLimitMinutes: Number(form.timeLimitMinutes.value),
      languages: [...form.querySelectorAll("input[name=languages]:checked")].map((c) => c.value),
      allowRun: form.allowRun.checked,
      opensAt: instant(form.opensAt.value),
      closesAt: instant(form.closesAt.value),
      language: form.language.value || null,
      items,
    };
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(id ? `/api/v1/assessments/${id}` : "/api/v1/assessments", {
      method: id ? "PUT" : "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body()),
    });
    const json = await response.json();
    if (response.ok) {
      window.location.href = `/assessments/${json.id}`;
      return;
    }
    errors.replaceChildren(...(json.errors || [{ field: "", message: json.detail }]).map((e) => {
      const li = document.createElement("li");
      li.textContent = e.field ? `${e.field}: ${e.message}` : e.message;
      return li;
    }));
    errors.hidden = false;
  });
  applyFilter();
})();

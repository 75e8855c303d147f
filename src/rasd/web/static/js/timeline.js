/* Timeline: stacked bars of event counts per period, one colour per PLOVER type (inline SVG). */
"use strict";
(function () {
  const { filters, getJSON, colour, status, svg, esc } = window.rasd;
  const box = document.getElementById("timeline");
  let interval = new URLSearchParams(location.search).get("interval") || "day";

  function draw(data) {
    box.innerHTML = "";
    const periods = data.periods;
    const types = Object.keys(data.series).sort((a, b) =>
      data.series[b].reduce((x, y) => x + y, 0) - data.series[a].reduce((x, y) => x + y, 0));
    const W = Math.max(box.clientWidth || 800, 300), H = 360, m = { l: 44, r: 10, t: 10, b: 60 };
    const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img" }, box);
    const totals = periods.map((_, i) => types.reduce((s, t) => s + data.series[t][i], 0));
    const max = Math.max(1, ...totals);
    const bw = (W - m.l - m.r) / Math.max(1, periods.length);
    const y = (v) => H - m.b - (v / max) * (H - m.t - m.b);
    for (let k = 0; k <= 4; k++) {
      const v = Math.round((max * k) / 4);
      svg("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#eee" }, root);
      svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11 }, root).textContent = v;
    }
    periods.forEach((p, i) => {
      let acc = 0;
      for (const t of types) {
        const v = data.series[t][i];
        if (!v) continue;
        const r = svg("rect", { x: m.l + i * bw + 1, y: y(acc + v), width: Math.max(1, bw - 2),
                                height: y(acc) - y(acc + v), fill: colour(t), class: "bar", "data-type": t,
                                "data-period": p, "data-n": v }, root);
        svg("title", {}, r).textContent = `${p} · ${t}: ${v}`;
        acc += v;
      }
      const every = Math.ceil(periods.length / 20);
      if (i % every === 0) {
        svg("text", { x: m.l + i * bw + bw / 2, y: H - m.b + 14, "font-size": 10, "text-anchor": "end",
                      transform: `rotate(-45 ${m.l + i * bw + bw / 2} ${H - m.b + 14})` }, root).textContent = p;
      }
    });
    document.getElementById("legend").innerHTML = types.map((t) =>
      `<span><span class="swatch" style="background:${colour(t)}"></span>${esc(t)} ` +
      `(${data.series[t].reduce((a, b) => a + b, 0)})</span>`).join("");
  }

  async function load() {
    status("timeline-status", "Loading…");
    try {
      const data = await getJSON("/timeline", filters({ interval }));
      draw(data);
      status("timeline-status", `${data.total} dated events in ${data.periods.length} ${interval}s`);
      document.body.setAttribute("data-timeline-ready", "1");
    } catch (err) {
      status("timeline-status", "Error: " + err.message);
    }
  }
  for (const b of document.querySelectorAll("button.interval")) {
    b.addEventListener("click", () => {
      interval = b.dataset.interval;
      for (const o of document.querySelectorAll("button.interval")) o.classList.toggle("active", o === b);
      const field = document.getElementById("interval-field");
      if (field) field.value = interval;
      const u = new URL(location.href); u.searchParams.set("interval", interval); history.replaceState(null, "", u);
      load();
    });
  }
  load();
})();

/* Actor network: a small force-directed layout in SVG. Nodes are actors (size: events), arrows go from the
   actor to the recipient (width: events, colour: the most frequent type on that edge). */
"use strict";
(function () {
  const { filters, getJSON, colour, status, svg, esc } = window.rasd;
  const box = document.getElementById("network");

  function layout(nodes, edges, W, H) {
    const idx = new Map(nodes.map((n, i) => [n.id, i]));
    nodes.forEach((n, i) => {  // deterministic start: a circle
      const a = (2 * Math.PI * i) / nodes.length;
      n.x = W / 2 + (W / 3) * Math.cos(a); n.y = H / 2 + (H / 3) * Math.sin(a);
    });
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
    for (let it = 0; it < 300; it++) {
      const t = 0.1 * (1 - it / 300) * W;
      const d = nodes.map(() => [0, 0]);
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
        const dist = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / dist;
        d[i][0] += (dx / dist) * f; d[i][1] += (dy / dist) * f; d[j][0] -= (dx / dist) * f; d[j][1] -= (dy / dist) * f;
      }
      for (const e of edges) {
        const a = idx.get(e.source), b = idx.get(e.target);
        const dx = nodes[a].x - nodes[b].x, dy = nodes[a].y - nodes[b].y;
        const dist = Math.max(1, Math.hypot(dx, dy)), f = (dist * dist) / k;
        d[a][0] -= (dx / dist) * f; d[a][1] -= (dy / dist) * f; d[b][0] += (dx / dist) * f; d[b][1] += (dy / dist) * f;
      }
      nodes.forEach((n, i) => {  // gravity keeps separate groups of actors near the middle
        d[i][0] += (W / 2 - n.x) * 0.02 * k / 10; d[i][1] += (H / 2 - n.y) * 0.02 * k / 10;
        const len = Math.max(1, Math.hypot(d[i][0], d[i][1]));
        n.x = Math.min(W - 100, Math.max(100, n.x + (d[i][0] / len) * Math.min(len, t)));
        n.y = Math.min(H - 40, Math.max(40, n.y + (d[i][1] / len) * Math.min(len, t)));
      });
    }
  }

  function draw(data) {
    box.innerHTML = "";
    const W = Math.max(box.clientWidth || 800, 300), H = 520;
    const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img" }, box);
    const defs = svg("defs", {}, root);
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9,
                                   markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
    svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" }, marker);
    layout(data.nodes, data.edges, W, H);
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const maxW = Math.max(1, ...data.edges.map((e) => e.weight));
    const rOf = (n) => 6 + 14 * Math.sqrt(n.weight / Math.max(1, ...data.nodes.map((x) => x.weight)));
    for (const e of data.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      const top = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0][0];
      const dx = b.x - a.x, dy = b.y - a.y, dist = Math.max(1, Math.hypot(dx, dy)), rb = rOf(b) + 3;
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x - (dx / dist) * rb, y2: b.y - (dy / dist) * rb,
        stroke: colour(top), "stroke-width": 1 + 6 * (e.weight / maxW), "stroke-opacity": 0.75,
        "marker-end": "url(#arrow)", class: "edge" }, root);
      svg("title", {}, line).textContent = `${a.name} → ${b.name}: ${e.weight} events (` +
        Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ") + ")";
    }
    for (const n of data.nodes) {
      const g = svg("g", { class: "node", "data-actor": n.id }, root);
      svg("circle", { cx: n.x, cy: n.y, r: rOf(n), fill: "#fff", stroke: "#00695c", "stroke-width": 2 }, g);
      svg("text", { x: n.x, y: n.y - rOf(n) - 4, "text-anchor": "middle", "font-size": 12 }, g).textContent = n.name;
      if (n.name_ar) svg("text", { x: n.x, y: n.y + rOf(n) + 14, "text-anchor": "middle", "font-size": 12,
                                   class: "ar", direction: "rtl" }, g).textContent = n.name_ar;
      svg("title", {}, g).textContent = `${n.name} — ${n.weight} events`;
    }
    const tbody = document.querySelector("#edges tbody");
    tbody.innerHTML = data.edges.map((e) =>
      `<tr><td>${esc(byId.get(e.source).name)}</td><td>${esc(byId.get(e.target).name)}</td>` +
      `<td class="num">${e.weight}</td><td>${Object.entries(e.types).map(([t, n]) =>
        `<span class="badge" style="background:${colour(t)}">${esc(t)} ${n}</span>`).join(" ")}</td></tr>`).join("");
  }

  async function load() {
    status("network-status", "Loading…");
    try {
      const data = await getJSON("/network", filters({ limit: 60 }));
      draw(data);
      status("network-status", `${data.nodes.length} actors, ${data.edges.length} directed links`);
      document.body.setAttribute("data-network-ready", "1");
    } catch (err) {
      status("network-status", "Error: " + err.message);
    }
  }
  load();
})();

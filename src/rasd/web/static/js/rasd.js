/* Shared helpers for the rasd dashboard (no framework, no network beyond this server). */
"use strict";
window.rasd = (function () {
  const config = JSON.parse(document.getElementById("rasd-config").textContent);
  const PAGE_ONLY = new Set(["interval", "offset"]);

  /** The page's filters (its query string, empty values dropped) as URLSearchParams for the API. */
  function filters(extra) {
    const out = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(location.search)) {
      if (v.trim() && !PAGE_ONLY.has(k)) out.append(k, v.trim());
    }
    for (const [k, v] of Object.entries(extra || {})) {
      if (v !== null && v !== undefined && v !== "") out.set(k, v);
    }
    return out;
  }

  async function getJSON(path, params) {
    const url = config.api + path + (params && [...params].length ? "?" + params.toString() : "");
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.json();
    if (!res.ok) {
      const e = body && body.error ? body.error : { message: res.statusText };
      throw new Error(e.message + (e.code ? " [" + e.code + "]" : ""));
    }
    return body;
  }

  function esc(s) {
    return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function colour(type) { return config.colours[type] || "#555"; }

  function status(id, text) { const el = document.getElementById(id); if (el) el.textContent = text; }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    if (parent) parent.appendChild(el);
    return el;
  }

  // Submitting the filter form drops empty fields so URLs stay short and the API sees only real filters.
  const form = document.getElementById("filters");
  if (form) {
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (String(v).trim()) params.append(k, String(v).trim());
      location.search = params.toString();
    });
  }
  return { config, filters, getJSON, esc, colour, status, svg };
})();

/* Map of events: Leaflet over the shipped basemap (no tiles), one circle per place, coloured by its most
   frequent event type, sized by its number of events. Clicking a circle lists its events with links to the
   articles that report them. */
"use strict";
(function () {
  const { filters, getJSON, esc, colour, status } = window.rasd;
  const map = L.map("map", { worldCopyJump: false, minZoom: 3, maxZoom: 12, zoomSnap: 0.5,
                             preferCanvas: false, attributionControl: true }).setView([31, 40], 4.5);
  map.attributionControl.setPrefix("Leaflet").addAttribution("Natural Earth; OpenSyria; GeoNames");
  const panes = { base: map.createPane("basemap") };
  panes.base.style.zIndex = 200;

  fetch("/static/geo/basemap.geojson").then((r) => r.json()).then((geo) => {
    L.geoJSON(geo, {
      pane: "basemap", interactive: false,
      style: (f) => f.properties.layer === "country"
        ? { color: "#7a8b99", weight: 1, fillColor: "#f3f1ea", fillOpacity: 1 }
        : { color: "#a7b4bf", weight: 0.7, dashArray: "3 3", fill: false },
    }).addTo(map);
  });

  const layer = L.layerGroup().addTo(map);
  window.rasdMap = { map, layer, markers: [] };

  function popupHtml(p, events) {
    const rows = events.items.map((e) =>
      `<li><span class="badge" style="background:${colour(e.type)}">${esc(e.type)}</span> ` +
      `${esc(e.day || "")} · ${esc(e.actor || "?")} → ${esc(e.recipient || "—")}<br>` +
      `<a class="event-link" href="/article/${encodeURIComponent(e.doc_id)}#${encodeURIComponent(e.event_id)}">` +
      `<span lang="ar" dir="rtl">${esc(e.title || e.doc_id)}</span></a> <small>${esc(e.source || "")}</small></li>`
    ).join("");
    const more = events.next_offset !== null ? `<p><small>first ${events.items.length} shown</small></p>` : "";
    return `<div class="popup"><h3>${esc(p.name)} <span lang="ar" dir="rtl">${esc(p.name_ar || "")}</span></h3>` +
      `<p>${p.n_events} events</p><ul>${rows}</ul>${more}</div>`;
  }

  async function openPlace(marker, p) {
    marker.bindPopup("Loading…", { maxWidth: 380 }).openPopup();
    try {
      const events = await getJSON("/events", filters({ place: p.key, limit: 25 }));
      marker.setPopupContent(popupHtml(p, events));
    } catch (err) {
      marker.setPopupContent("Could not load events: " + esc(err.message));
    }
  }

  async function load() {
    status("map-status", "Loading…");
    try {
      const geo = await getJSON("/map", filters());
      layer.clearLayers();
      window.rasdMap.markers = [];
      let n = 0;
      for (const f of geo.features) {
        const p = f.properties;
        const [lon, lat] = f.geometry.coordinates;
        n += p.n_events;
        const m = L.circleMarker([lat, lon], {
          radius: Math.min(28, 5 + 3 * Math.sqrt(p.n_events)), color: "#222", weight: 1,
          fillColor: colour(p.top_type), fillOpacity: 0.8, className: "event-marker",
        }).addTo(layer);
        m.bindTooltip(`${esc(p.name)} — ${p.n_events} events (mostly ${esc(p.top_type)})`);
        m.on("click", () => openPlace(m, p));
        if (m.getElement()) {
          m.getElement().setAttribute("data-place", p.key);
          m.getElement().setAttribute("data-type", p.top_type);
        }
        window.rasdMap.markers.push(m);
      }
      status("map-status", `${n} events at ${geo.features.length} places` +
        (geo.features.length ? "" : " (no geocoded events for these filters)"));
      document.body.setAttribute("data-map-ready", "1");
    } catch (err) {
      status("map-status", "Error: " + err.message);
      document.body.setAttribute("data-map-ready", "error");
    }
  }
  load();
})();

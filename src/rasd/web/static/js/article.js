/* Article view: selecting a coded event highlights its evidence (and trigger) in the Arabic text. */
"use strict";
(function () {
  const items = [...document.querySelectorAll("li.event")];
  function activate(id, scroll) {
    for (const li of items) li.classList.toggle("active", li.dataset.event === id);
    for (const s of document.querySelectorAll("#text .ev")) {
      s.classList.toggle("active", (s.dataset.ev || "").split(" ").includes(id));
    }
    const first = document.querySelector("#text .ev.active");
    if (scroll && first) first.scrollIntoView({ block: "center", behavior: "instant" });
    document.body.setAttribute("data-active-event", id || "");
  }
  for (const li of items) {
    li.addEventListener("click", () => { history.replaceState(null, "", "#" + li.dataset.event); activate(li.dataset.event, true); });
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") li.click(); });
  }
  for (const s of document.querySelectorAll("#text .ev")) {
    s.addEventListener("click", () => { const id = (s.dataset.ev || "").split(" ")[0]; if (id) activate(id, false); });
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash && items.some((li) => li.dataset.event === hash)) activate(hash, true);
  else if (items.length) activate(items[0].dataset.event, false);
})();

/* Instant search: the page works without this file (the form submits GET /). With it,
   typing in the box or changing a filter refreshes the results in place by fetching the
   same server-rendered page and swapping its #results block (no HTML is built here). */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.AbortController || !window.crypto) return;
  var box = document.getElementById("q");
  var timer = null;
  var pending = null;
  var last = null;
  /* this tab's name for the server: a search it starts is stopped there as soon as this tab
     asks something newer (aborting the fetch below does not reach a running search) */
  var tab = Array.prototype.map.call(window.crypto.getRandomValues(new Uint8Array(12)), function (b) {
    return (b < 16 ? "0" : "") + b.toString(16);
  }).join("");

  function queryString() {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || !el.value) return;
      if (el.name === "match" && !form.elements.p.value) return;
      params.append(el.name, el.value);
    });
    return params.toString();
  }

  function refresh() {
    var qs = queryString();
    if (qs === last) return;
    last = qs;
    if (pending) pending.abort();
    pending = new AbortController();
    var results = document.getElementById("results");
    if (results) results.setAttribute("aria-busy", "true");
    var url = "/" + (qs ? "?" + qs : "");
    fetch(url, { signal: pending.signal, headers: { "Accept": "text/html", "X-Search-Tab": tab }, credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var fresh = doc.getElementById("results");
        var current = document.getElementById("results");
        if (fresh && current) current.replaceWith(document.importNode(fresh, true));
        if (doc.title) document.title = doc.title;
        /* tell screen readers what changed: the count line, or the error */
        var live = document.getElementById("live");
        var said = document.getElementById("error") || document.getElementById("count");
        if (live && said) live.textContent = said.textContent;
        if (window.history && history.replaceState) history.replaceState(null, "", url);
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        var current = document.getElementById("results");
        if (current) current.removeAttribute("aria-busy");
        last = null; /* let the next change try again; the form still submits normally */
      });
  }

  if (box) {
    box.addEventListener("input", function () {
      clearTimeout(timer);
      var v = box.value.trim();
      if (v.length === 1) return; /* one letter finds everything */
      timer = setTimeout(refresh, 300);
    });
  }
  form.addEventListener("change", function (event) {
    var t = event.target;
    if (t && t.tagName === "SELECT") refresh();
    /* dates are typed as dd/mm/yyyy (or yyyy-mm-dd): refresh once one is whole, or cleared */
    else if (t && t.classList && t.classList.contains("date-input") &&
             (t.value === "" || /^\d{1,2}[\/.-]\d{1,2}[\/.-]\d{4}$/.test(t.value) || /^\d{4}-\d{2}-\d{2}$/.test(t.value))) refresh();
  });
  last = queryString();
})();

// Tracer report: draws the list of every test from the JSON in #tracer-data, one page of rows at a time, and
// filters it. Everything else on the page is plain HTML. No library.
(function () {
  "use strict";
  var PAGE = 100;
  var data = JSON.parse(document.getElementById("tracer-data").textContent);
  var rows = data.rows, classes = data.classes, files = data.files, modules = data.modules, tags = data.tags,
    reasons = data.reasons, states = data.states;
  var $ = function (id) { return document.getElementById(id); };
  var text = $("f-text"), state = $("f-state"), klass = $("f-class"), tag = $("f-tag"), module = $("f-module");
  var body = $("rows"), count = $("f-count"), info = $("p-info"), prev = $("p-prev"), next = $("p-next");
  var shown = rows, page = 0, keys = null, lowerClasses = null;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
  function nameOf(r) { return r[0] === "" ? r[2] + "()" : r[0]; }
  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value; o.textContent = label; select.appendChild(o);
  }

  // The filters' choices, from the data.
  var perState = states.map(function () { return 0; });
  rows.forEach(function (r) { perState[r[5]]++; });
  states.forEach(function (s, i) { if (perState[i] > 0) option(state, i, s + " (" + perState[i] + ")"); });
  var tagNames = {};
  tags.forEach(function (set) { set.split(" ").forEach(function (t) { if (t) tagNames[t] = true; }); });
  Object.keys(tagNames).sort().forEach(function (t) { option(tag, t, t); });
  modules.forEach(function (m, i) { if (m) option(module, i, m); });
  if (modules.length < 2) module.parentNode.hidden = true;
  if (classes.length <= 5000) {
    var list = $("f-classes");
    classes.slice().sort().forEach(function (c) { var o = document.createElement("option"); o.value = c; list.appendChild(o); });
  }

  function filter() {
    var t = text.value.trim().toLowerCase(), s = state.value === "" ? -1 : +state.value,
      c = klass.value.trim().toLowerCase(), g = tag.value, m = module.value === "" ? -1 : +module.value;
    if (!t && s < 0 && !c && !g && m < 0) {
      shown = rows;
    } else {
      if (t && !keys) {
        keys = rows.map(function (r) { return (nameOf(r) + " " + r[2] + " " + classes[r[1]]).toLowerCase(); });
      }
      if (c && !lowerClasses) lowerClasses = classes.map(function (x) { return x.toLowerCase(); });
      var tagOk = null;
      if (g) tagOk = tags.map(function (set) { return (" " + set + " ").indexOf(" " + g + " ") >= 0; });
      shown = [];
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        if (s >= 0 && r[5] !== s) continue;
        if (m >= 0 && r[3] !== m) continue;
        if (tagOk && !tagOk[r[7]]) continue;
        if (c && lowerClasses[r[1]].indexOf(c) < 0) continue;
        if (t && keys[i].indexOf(t) < 0) continue;
        shown.push(r);
      }
    }
    page = 0;
    draw();
  }

  function draw() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (page >= pages) page = pages - 1;
    var html = [];
    var end = Math.min(shown.length, (page + 1) * PAGE);
    for (var i = page * PAGE; i < end; i++) {
      var r = shown[i], st = states[r[5]], name = esc(nameOf(r));
      var where = files[r[1]] ? esc(files[r[1]]) + (r[4] ? ":" + r[4] : "") : esc(classes[r[1]]);
      var label = r[9] >= 0
        ? "<button type=\"button\" class=\"toggle\" aria-expanded=\"false\" data-d=\"" + r[9] + "\">" + name + "</button>"
        : name;
      var reason = r[8] >= 0 ? "<small>" + esc(reasons[r[8]]) + "</small>" : "";
      html.push("<tr class=\"" + st + "\"><td><span class=\"badge " + st + "\">" + st + "</span></td><td class=\"t\">"
        + label + "<small>" + esc(classes[r[1]]) + "</small>" + reason + "</td><td>" + esc(modules[r[3]])
        + "</td><td>" + esc(tags[r[7]]) + "</td><td class=\"num\">" + r[6] + "</td><td>" + where + "</td></tr>");
    }
    body.innerHTML = html.join("");
    count.textContent = shown.length === rows.length ? rows.length + " tests" : shown.length + " of " + rows.length + " tests";
    info.textContent = shown.length ? "Page " + (page + 1) + " of " + pages : "No test matches";
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function toggle(button) {
    var row = button.closest("tr"), open = button.getAttribute("aria-expanded") === "true";
    if (open) {
      row.nextSibling.remove();
      row.classList.remove("open");
      button.setAttribute("aria-expanded", "false");
      return;
    }
    var source = $("d-" + button.getAttribute("data-d"));
    var copy = source.cloneNode(true);
    copy.id = "c-" + button.getAttribute("data-d");
    copy.open = true;
    var detail = document.createElement("tr"), cell = document.createElement("td");
    detail.className = "detail"; cell.colSpan = 6; cell.appendChild(copy); detail.appendChild(cell);
    row.after(detail);
    row.classList.add("open");
    button.setAttribute("aria-expanded", "true");
  }

  body.addEventListener("click", function (e) {
    var b = e.target.closest("button.toggle");
    if (b) toggle(b);
  });
  body.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var buttons = Array.prototype.slice.call(body.querySelectorAll("button.toggle"));
    var i = buttons.indexOf(document.activeElement);
    if (i < 0) return;
    var j = e.key === "ArrowDown" ? Math.min(buttons.length - 1, i + 1) : Math.max(0, i - 1);
    buttons[j].focus();
    e.preventDefault();
  });
  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(filter, 60); }
  text.addEventListener("input", later);
  klass.addEventListener("input", later);
  [state, tag, module].forEach(function (s) { s.addEventListener("change", filter); });
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); filter(); });
  prev.addEventListener("click", function () { page--; draw(); });
  next.addEventListener("click", function () { page++; draw(); });
  document.addEventListener("keydown", function (e) {
    var tagName = document.activeElement && document.activeElement.tagName;
    if (e.key === "/" && tagName !== "INPUT" && tagName !== "SELECT" && tagName !== "TEXTAREA") {
      e.preventDefault();
      text.focus();
    }
  });

  $("filters").hidden = false;
  $("list").hidden = false;
  $("pager").hidden = false;
  draw();
  // For whoever measures the page: the list is drawn and every control answers from here on.
  performance.mark("tracer-interactive");
})();

// The runs list: studies, filters (kept in the URL), polling every 3 s so running studies update.
"use strict";
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const FILTERS = ["task", "examinee", "status", "min_score", "max_score"];
let lastBody = "";

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function fillSelect(select, values, current) {
  const keep = select.value || current || "";
  while (select.options.length > 1) select.remove(1);
  for (const v of values) select.add(new Option(v, v));
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
}

function query() {
  const q = new URLSearchParams({ study: $("study").value || "." });
  for (const f of FILTERS) if ($(f).value) q.set(f, $(f).value);
  return q;
}

function render(data) {
  fillSelect($("examinee"), data.examinees, params.get("examinee"));
  fillSelect($("status"), data.statuses, params.get("status"));
  const body = $("runs").tBodies[0];
  body.replaceChildren();
  for (const r of data.rows) {
    const tr = el("tr");
    tr.dataset.run = r.run_id;
    const link = `/run?study=${encodeURIComponent($("study").value)}&id=${encodeURIComponent(r.run_id)}`;
    const cells = [r.started_at.replace("T", " ").replace("Z", ""), r.task, r.examinee, r.trial || "",
      null, r.score === null ? "–" : r.score.toFixed(3),
      r.points === null ? "–" : `${r.points}/${r.total_points}`, r.steps,
      r.prompt_tokens + r.completion_tokens, `$${r.cost_usd.toFixed(4)}`, `${Math.round(r.wall_s)}s`, null];
    cells.forEach((c, i) => {
      const td = el("td", c);
      if (i === 4) td.append(el("span", r.status, `badge s-${r.status}`));
      if (i === 5) td.className = "score";
      if (i === 11) { const a = el("a", r.run_id); a.href = link; td.append(a); }
      tr.append(td);
    });
    tr.addEventListener("click", (e) => { if (e.target.tagName !== "A") location.href = link; });
    body.append(tr);
  }
  $("count").textContent = `${data.rows.length} of ${data.total} runs` +
    (data.running ? ` · ${data.running} running` : "");
}

async function refresh() {
  const q = query();
  history.replaceState(null, "", "/?" + q.toString());
  const response = await fetch("/api/runs?" + q.toString());
  const text = await response.text();
  if (!response.ok) { $("count").textContent = JSON.parse(text).error; return; }
  if (text !== lastBody) { lastBody = text; render(JSON.parse(text)); }
}

async function start() {
  const data = await (await fetch("/api/studies")).json();
  $("root").textContent = data.root;
  for (const s of data.studies) $("study").add(new Option(s === "." ? "(this folder)" : s, s));
  if (params.get("study")) $("study").value = params.get("study");
  for (const f of FILTERS) if (params.get(f) && $(f).tagName === "INPUT") $(f).value = params.get(f);
  for (const f of ["study", ...FILTERS]) $(f).addEventListener("input", () => { lastBody = ""; refresh(); });
  await refresh();
  setInterval(refresh, 3000);
}

start();

// One run: its record, checkpoints, phases, then its trajectory a page of steps at a time.
"use strict";
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const STUDY = params.get("study") || ".";
const RUN = params.get("id") || "";
const PAGE = Number(params.get("limit")) || 50;
let offset = Number(params.get("offset")) || 0;
let total = 0;

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function fileUrl(path) {
  return `/file?study=${encodeURIComponent(STUDY)}&id=${encodeURIComponent(RUN)}&path=${encodeURIComponent(path)}`;
}

function panel(title, ...children) {
  const box = el("div", null, "panel");
  box.append(el("b", title), ...children);
  return box;
}

function keyValues(pairs) {
  const table = el("table");
  for (const [k, v] of pairs) {
    const tr = el("tr");
    tr.append(el("td", k, "muted"), el("td", v));
    table.append(tr);
  }
  return table;
}

function renderSummary(data) {
  const r = data.record;
  document.title = `${r.task} · ${r.agent?.name} · ${r.run_id}`;
  $("title").textContent = `${data.study} / ${r.run_id}`;
  $("back").href = `/?study=${encodeURIComponent(STUDY)}`;
  const status = el("span", data.running ? "running" : r.status, `badge s-${data.running ? "running" : r.status}`);
  const overview = keyValues([
    ["task", `${r.task} ${r.task_version}`], ["examinee", `${r.agent?.name}${r.agent?.model ? " · " + r.agent.model : ""}`],
    ["score", r.score === null ? "–" : r.score.toFixed(3)],
    ["points", r.final_score ? `${r.final_score.result}/${r.final_score.total}` : "–"],
    ["environment LLM", r.env_llm_model || "offline"], ["started", r.started_at], ["finished", r.finished_at],
  ]);
  const statusLine = el("div");
  statusLine.append(status);
  if (r.error && !data.running) statusLine.append(el("pre", r.error));
  const checkpoints = el("table");
  checkpoints.id = "checkpoints";
  (r.checkpoints || []).forEach((c, i) => {
    const tr = el("tr");
    const done = c.result === c.total;
    tr.append(el("td", done ? "✓" : "✗", done ? "ok" : "bad"), el("td", `checkpoint ${i + 1}`),
      el("td", `${c.result}/${c.total}`));
    checkpoints.append(tr);
  });
  const phases = keyValues(Object.entries(r.phases || {}).map(([k, v]) => [k, `${v.toFixed(1)} s`]));
  const usage = keyValues([["prompt tokens", r.prompt_tokens], ["completion tokens", r.completion_tokens],
    ["cost", `$${(r.cost_usd || 0).toFixed(4)}`], ["agent steps", data.final_metrics?.total_steps ?? "–"]]);
  const files = el("div");
  for (const f of data.files.filter((f) => /\.(log|json|txt)$/.test(f))) {
    const a = el("a", f);
    a.href = fileUrl(f);
    files.append(a, el("span", " "));
  }
  $("summary").replaceChildren(panel("Run", statusLine, overview), panel("Checkpoints", checkpoints),
    panel("Phases", phases), panel("Tokens and cost", usage), panel("Files", files));
  if (r.answer) $("summary").append(panel("Answer", el("pre", r.answer)));
  $("instruction").textContent = data.instruction || "(no instruction recorded yet)";
}

function renderStep(step) {
  const extra = step.extra || {};
  const colleague = extra.colleague;
  const box = el("div", null, `step src-${step.source}${colleague ? " colleague" : ""}`);
  box.id = `step-${step.step_id}`;
  const head = el("h3");
  head.append(el("span", `#${step.step_id}`), el("span", colleague ? `colleague ${colleague.username}` : step.source,
    "badge"));
  if (step.model_name) head.append(el("span", step.model_name, "muted"));
  if (step.metrics) {
    const m = step.metrics;
    head.append(el("span", `${m.prompt_tokens ?? 0}+${m.completion_tokens ?? 0} tokens` +
      (m.cost_usd ? ` · $${m.cost_usd.toFixed(4)}` : ""), "muted"));
  }
  if (step.timestamp) head.append(el("span", step.timestamp, "muted"));
  box.append(head);
  if (step.message) box.append(el("pre", step.message, "message"));
  if (step.reasoning_content) {
    const details = el("details");
    details.append(el("summary", "reasoning"), el("pre", step.reasoning_content));
    box.append(details);
  }
  const results = new Map((step.observation?.results || []).map((r) => [r.source_call_id, r]));
  for (const call of step.tool_calls || []) {
    const block = el("div", null, "call");
    block.append(el("span", call.function_name, "fn"), el("pre", JSON.stringify(call.arguments, null, 2), "args"));
    const result = results.get(call.tool_call_id);
    if (result) { block.append(el("pre", result.content ?? "", "observation")); results.delete(call.tool_call_id); }
    box.append(block);
  }
  for (const result of results.values()) box.append(el("pre", result.content ?? "", "observation"));
  let shots = extra.screenshots || [];
  if (!Array.isArray(shots)) shots = [shots];
  for (const shot of shots) {
    const figure = el("div", null, "shot");
    const img = el("img");
    img.src = fileUrl(shot);
    img.alt = shot;
    img.loading = "lazy";
    const open = el("a");
    open.href = img.src;
    open.target = "_blank";
    open.append(img);
    figure.append(open, el("div", shot, "muted"));
    box.append(figure);
  }
  return box;
}

function renderPager(target) {
  const node = $(target);
  node.replaceChildren();
  if (total <= PAGE) return;
  const pages = Math.ceil(total / PAGE);
  const current = Math.floor(offset / PAGE) + 1;
  const go = (to) => () => { offset = Math.max(0, Math.min((pages - 1) * PAGE, to)); loadSteps(); };
  const prev = el("button", "‹ previous");
  prev.disabled = offset === 0;
  prev.onclick = go(offset - PAGE);
  const next = el("button", "next ›");
  next.disabled = current >= pages;
  next.onclick = go(offset + PAGE);
  node.append(prev, el("span", `page ${current} of ${pages} (steps ${offset + 1}–${Math.min(total, offset + PAGE)})`,
    "muted"), next);
}

async function loadSteps() {
  const q = `study=${encodeURIComponent(STUDY)}&id=${encodeURIComponent(RUN)}&offset=${offset}&limit=${PAGE}`;
  const data = await (await fetch("/api/steps?" + q)).json();
  total = data.total;
  $("stepcount").textContent = `${total} steps`;
  $("steps").replaceChildren(...data.steps.map(renderStep));
  renderPager("pager-top");
  renderPager("pager-bottom");
  const url = new URL(location.href);
  url.searchParams.set("offset", offset);
  history.replaceState(null, "", url);
}

async function refresh() {
  const response = await fetch(`/api/run?study=${encodeURIComponent(STUDY)}&id=${encodeURIComponent(RUN)}`);
  const data = await response.json();
  if (!response.ok) { $("instruction").textContent = data.error; return false; }
  renderSummary(data);
  return data.running;
}

async function start() {
  const running = await refresh();
  await loadSteps();
  if (running) {
    const timer = setInterval(async () => {
      const still = await refresh();
      if (offset + PAGE >= total) await loadSteps();
      if (!still) clearInterval(timer);
    }, 3000);
  }
}

start();

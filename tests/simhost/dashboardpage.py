# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard page the Ray head stand-in serves at /.

A small single-page app shaped like Ray's: hash routes (#/overview, #/jobs,
#/jobs/<id>, #/cluster, #/actors, #/logs) and API URLs written relative to the
page (`api/jobs/`, `nodes?view=summary`), so it works behind a tunnel or a
path prefix. Stable hooks for WebEngine tests:
  document.title == "Ray Dashboard (simulated)", <h1 id="title"> with the same text;
  <main id="app" data-route="jobs/ID"> holds the rendered route;
  every job is a <tr class="job" data-submission-id="..."> with cells .job-id and .job-status;
  body[data-loaded="1"] once the first render finished, body[data-auth="required"] on 401/403.
"""

PAGE = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ray Dashboard (simulated)</title>
<style>
body { font-family: sans-serif; margin: 0; color: #1a1a1a; }
header { background: #1b2a4a; color: white; padding: 8px 16px; }
header h1 { font-size: 18px; margin: 4px 0; }
.banner { background: #ffcc00; color: #000; padding: 4px 16px; font-weight: bold; }
nav a { color: #cfe0ff; margin-right: 12px; }
main { padding: 12px 16px; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
pre { background: #f4f4f4; padding: 8px; max-height: 400px; overflow: auto; }
</style>
</head>
<body>
<header>
<h1 id="title">Ray Dashboard (simulated)</h1>
<nav>
<a href="#/overview">Overview</a>
<a href="#/jobs">Jobs</a>
<a href="#/cluster">Cluster</a>
<a href="#/actors">Actors</a>
<a href="#/logs">Logs</a>
</nav>
</header>
<div class="banner" id="simulated-banner">SIMULATED Ray head of the RayDeck test host: no real Ray cluster runs here.</div>
<main id="app" data-route="">Loading…</main>
<script>
"use strict";
function esc(text) {
  return String(text === null || text === undefined ? "" : text)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
async function getJson(url) {
  const reply = await fetch(url, { credentials: "same-origin" });
  if (reply.status === 401 || reply.status === 403) {
    const error = new Error("authentication required");
    error.auth = true;
    throw error;
  }
  if (!reply.ok) {
    throw new Error("HTTP " + reply.status + ": " + (await reply.text()));
  }
  return reply.json();
}
function when(ms) { return ms ? new Date(ms).toISOString().replace("T", " ").slice(0, 19) : "-"; }
function jobRows(jobs) {
  if (!jobs.length) { return "<p id=\"no-jobs\">No jobs yet.</p>"; }
  let html = "<table id=\"jobs\"><tr><th>Submission ID</th><th>Job ID</th><th>Type</th><th>Status</th>" +
             "<th>Entrypoint</th><th>Start time</th><th>End time</th></tr>";
  for (const job of jobs) {
    const id = job.submission_id || job.job_id;
    html += "<tr class=\"job\" data-submission-id=\"" + esc(id) + "\">" +
      "<td class=\"job-id\"><a href=\"#/jobs/" + encodeURIComponent(id) + "\">" + esc(id) + "</a></td>" +
      "<td>" + esc(job.job_id) + "</td><td>" + esc(job.type) + "</td>" +
      "<td class=\"job-status\">" + esc(job.status) + "</td>" +
      "<td class=\"job-entrypoint\">" + esc(job.entrypoint) + "</td>" +
      "<td>" + when(job.start_time) + "</td><td>" + when(job.end_time) + "</td></tr>";
  }
  return html + "</table>";
}
function nodeRows(summary) {
  let html = "<table id=\"nodes\"><tr><th>Node</th><th>IP</th><th>Head</th><th>CPU</th><th>GPU</th><th>State</th></tr>";
  for (const node of summary.summary) {
    const r = node.raylet;
    html += "<tr class=\"node\" data-node-id=\"" + esc(r.nodeId) + "\"><td>" + esc(r.nodeId) + "</td><td>" +
      esc(node.ip) + "</td><td>" + (r.isHeadNode ? "yes" : "") + "</td><td>" + esc(r.resourcesTotal.CPU) +
      "</td><td>" + esc(r.resourcesTotal.GPU || 0) + "</td><td>" + esc(r.state) + "</td></tr>";
  }
  return html + "</table>";
}
async function renderRoute(route) {
  const parts = route.split("/");
  if (parts[0] === "jobs" && parts.length > 1 && parts[1]) {
    const id = decodeURIComponent(parts.slice(1).join("/"));
    const job = await getJson("api/jobs/" + encodeURIComponent(id));
    let logs = "";
    if (job.type === "SUBMISSION") {
      try { logs = (await getJson("api/jobs/" + encodeURIComponent(id) + "/logs")).logs; } catch (e) { logs = ""; }
    }
    return "<h2>Job <span id=\"job-detail-id\">" + esc(id) + "</span></h2>" +
      "<p>Status: <span id=\"job-detail-status\">" + esc(job.status) + "</span> — " + esc(job.message) + "</p>" +
      "<p>Entrypoint: <code id=\"job-detail-entrypoint\">" + esc(job.entrypoint) + "</code></p>" +
      "<pre id=\"job-logs\">" + esc(logs.split("\n").slice(-200).join("\n")) + "</pre>";
  }
  if (parts[0] === "jobs") {
    return "<h2>Jobs</h2>" + jobRows(await getJson("api/jobs/"));
  }
  if (parts[0] === "cluster") {
    const summary = await getJson("nodes?view=summary");
    return "<h2>Cluster</h2>" + nodeRows(summary.data);
  }
  if (parts[0] === "actors") {
    return "<h2>Actors</h2><p id=\"no-actors\">No actors to show on the simulated host.</p>";
  }
  if (parts[0] === "logs") {
    const jobs = await getJson("api/jobs/");
    let html = "<h2>Logs</h2><ul id=\"log-files\">";
    for (const job of jobs) {
      if (job.type === "SUBMISSION") {
        html += "<li><a href=\"#/jobs/" + encodeURIComponent(job.submission_id) + "\">job-driver-" +
                esc(job.submission_id) + ".log</a></li>";
      }
    }
    return html + "</ul>";
  }
  const summary = await getJson("nodes?view=summary");
  const jobs = await getJson("api/jobs/");
  return "<h2>Overview</h2><p id=\"node-count\">Nodes: " + summary.data.summary.length + "</p>" +
    "<h3>Recent jobs</h3>" + jobRows(jobs);
}
async function authenticate(event) {
  event.preventDefault();
  const token = document.getElementById("token").value;
  const reply = await fetch("api/authenticate", { method: "POST", headers: { "Authorization": "Bearer " + token } });
  document.getElementById("auth-result").textContent = reply.ok ? "Authenticated." : "Invalid token.";
  if (reply.ok) { render(); }
}
let rendering = false;
async function render() {
  if (rendering) { return; }
  rendering = true;
  const app = document.getElementById("app");
  const route = (location.hash || "#/overview").replace(/^#\/?/, "") || "overview";
  try {
    const html = await renderRoute(route);
    app.innerHTML = html;
    app.dataset.route = route;
    document.body.dataset.auth = "ok";
  } catch (error) {
    if (error.auth) {
      document.body.dataset.auth = "required";
      if (!document.getElementById("token")) {
        app.innerHTML = "<h2>Authentication required</h2><form id=\"auth-form\"><label>Token " +
          "<input id=\"token\" type=\"password\"></label> <button>Submit</button></form><p id=\"auth-result\"></p>";
        document.getElementById("auth-form").addEventListener("submit", authenticate);
      }
    } else {
      app.innerHTML = "<p id=\"error\">" + esc(error.message) + "</p>";
    }
    app.dataset.route = route;
  }
  document.body.dataset.loaded = "1";
  rendering = false;
}
window.addEventListener("hashchange", render);
render();
setInterval(render, 2000);
</script>
</body>
</html>
"""

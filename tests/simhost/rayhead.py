# SPDX-License-Identifier: GPL-3.0-or-later
"""The Ray head stand-in: a daemon started by `ray start --head` on the simulated host.

It serves
  * the dashboard's HTTP API on --dashboard-host:--dashboard-port: the Ray Jobs REST
    API as Ray 2.52's job_head.py answers it (paths, status codes, text errors,
    JSON shapes, millisecond times, the logs tail WebSocket), /api/version,
    /api/cluster_status, /nodes?view=summary, token auth, and a small dashboard page;
  * a "GCS" port (newline-delimited JSON over TCP) where `ray start --address`
    workers register and stay connected, and where `ray status` asks for the nodes.

Jobs are simulated (simverl.py), never executed. Every HTTP request is appended to
$RAYDECK_SIM_STATE/ray-requests.log as one JSON object per line.

The daemon exits on SIGTERM (`ray stop`), when $RAYDECK_SIM_STATE disappears, or
when ray/head.json no longer names its pid.
"""

import base64
import hashlib
import http.server
import json
import os
import random
import signal
import socket
import socketserver
import string
import sys
import threading
import time
import traceback
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import dashboardpage  # noqa: E402  pylint: disable=wrong-import-position
import simcommon  # noqa: E402  pylint: disable=wrong-import-position
import simverl  # noqa: E402  pylint: disable=wrong-import-position

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TERMINAL = ("STOPPED", "SUCCEEDED", "FAILED")
JOB_HEAD = "/usr/local/lib/python3.10/dist-packages/ray/dashboard/modules/job/job_head.py"
COMMON = "/usr/local/lib/python3.10/dist-packages/ray/dashboard/modules/job/common.py"
PUBLIC_PATHS = {"/", "/favicon.ico", "/api/authentication_mode", "/api/authenticate", "/api/healthz",
                "/api/gcs_healthz", "/api/local_raylet_healthz", "/-/healthz"}
SUBMIT_KEYS = ("entrypoint", "submission_id", "job_id", "runtime_env", "metadata", "entrypoint_num_cpus",
               "entrypoint_num_gpus", "entrypoint_memory", "entrypoint_resources", "entrypoint_label_selector")
PY_TYPES = {str: "str", int: "int", float: "float", bool: "bool", list: "list", dict: "dict", type(None): "NoneType"}


def py_type(value):
    return "<class '%s'>" % PY_TYPES.get(type(value), type(value).__name__)


def job_id_hex(number):
    """Ray's JobID: a 4-byte little-endian counter written in hex ("02000000")."""
    return number.to_bytes(4, "little").hex()


class Job:
    """One job as the head knows it; guarded by Head.lock."""

    def __init__(self, submission_id, request, job_type="SUBMISSION"):
        self.type = job_type
        self.submission_id = submission_id
        self.job_id = None
        self.entrypoint = request.get("entrypoint", "")
        self.status = "PENDING"
        self.message = "Job has not started yet. It may be waiting for resources (CPUs, GPUs, memory, custom " \
                       "resources) to become available. It may be waiting for the runtime environment to be set up."
        self.error_type = None
        self.start_time = simcommon.now_ms()
        self.end_time = None
        metadata = dict(request.get("metadata") or {})
        if job_type == "SUBMISSION":
            metadata.setdefault("job_submission_id", submission_id)
            metadata.setdefault("job_name", submission_id)
        self.metadata = metadata
        self.runtime_env = request.get("runtime_env")
        self.driver_info = None
        self.driver_agent_http_address = None
        self.driver_node_id = None
        self.driver_exit_code = None
        self.entrypoint_num_cpus = request.get("entrypoint_num_cpus")
        self.entrypoint_num_gpus = request.get("entrypoint_num_gpus")
        self.entrypoint_memory = request.get("entrypoint_memory")
        self.entrypoint_resources = request.get("entrypoint_resources")
        self.log_path = None
        self.stop_event = threading.Event()
        self.busy_gpus = 0
        self.busy_cpus = 0

    def is_terminal(self):
        return self.status in TERMINAL

    def details(self):
        return {
            "type": self.type,
            "job_id": self.job_id,
            "submission_id": self.submission_id,
            "driver_info": self.driver_info,
            "status": self.status,
            "entrypoint": self.entrypoint,
            "message": self.message,
            "error_type": self.error_type,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "metadata": self.metadata,
            "runtime_env": self.runtime_env,
            "driver_agent_http_address": self.driver_agent_http_address,
            "driver_node_id": self.driver_node_id,
            "driver_exit_code": self.driver_exit_code,
            "entrypoint_num_cpus": self.entrypoint_num_cpus,
            "entrypoint_num_gpus": self.entrypoint_num_gpus,
            "entrypoint_memory": self.entrypoint_memory,
            "entrypoint_resources": self.entrypoint_resources,
        }


class Head:
    """Cluster state shared by the HTTP handlers, the GCS handlers and the job threads."""

    def __init__(self, config):
        self.config = config
        self.state = config["state"]
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.jobs = {}                 # submission id (or driver job id) -> Job, in submission order
        self.next_job_number = 1
        self.packages = set()
        self.failures = []             # "node_x: NodeTerminated (ip: ...)" for workers that vanished
        self.nodes = {}
        self.session_name = config["session_name"]
        self.logs_dir = config["logs_dir"]
        self.node_id = config["node_id"]
        self.nodes[self.node_id] = {
            "node_id": self.node_id, "node_ip": config["node_ip"], "hostname": socket.gethostname(),
            "is_head": True, "resources": config["resources"], "start_time_ms": simcommon.now_ms(),
            "state": "ALIVE", "labels": {}, "container": config.get("container", ""),
        }
        self.stopping = threading.Event()
        self.add_driver_job()

    # ------------------------------------------------------------------ jobs

    def add_driver_job(self):
        """Ray lists drivers that did not come through the Jobs API with type DRIVER."""
        job = Job(None, {"entrypoint": ""}, job_type="DRIVER")
        job.job_id = job_id_hex(self.next_job_number)
        self.next_job_number += 1
        job.status = "SUCCEEDED"
        job.message = None
        job.start_time = simcommon.now_ms()
        job.end_time = job.start_time + 1875
        job.driver_info = {"id": job.job_id, "node_ip_address": self.config["node_ip"], "pid": str(os.getpid() + 7)}
        job.driver_node_id = self.node_id
        job.runtime_env = {}
        job.metadata = {}
        self.jobs[job.job_id] = job

    def find_job(self, ident):
        with self.lock:
            if ident in self.jobs and self.jobs[ident].type == "SUBMISSION":
                return self.jobs[ident]
            for job in self.jobs.values():
                if job.job_id == ident or job.submission_id == ident:
                    return job
        return None

    def submit(self, request):
        """Validated request -> submission id; ValueError for a duplicate id."""
        submission_id = request.get("submission_id") or request.get("job_id")
        if not submission_id:
            submission_id = "raysubmit_" + "".join(random.choice(string.ascii_letters + string.digits)
                                                   for _ in range(16))
        with self.lock:
            if any(j.submission_id == submission_id for j in self.jobs.values()):
                raise ValueError("Job with submission_id %s already exists. Please use a different submission_id."
                                 % submission_id)
            job = Job(submission_id, request)
            safe_name = submission_id.replace("/", "%2F")
            job.log_path = os.path.join(self.logs_dir, "job-driver-%s.log" % safe_name)
            self.jobs[submission_id] = job
            self.persist()
        # Pacing is read now, so a test can change it right after submitting without a race.
        pacing = (max(0.0, simcommon.read_float_setting("step-seconds", 0.3)),
                  max(0.0, simcommon.read_float_setting("job-pending-seconds", 0.2)))
        threading.Thread(target=self.run_job, args=(job, pacing), daemon=True).start()
        return submission_id

    def total_gpus(self):
        with self.lock:
            return int(sum(n["resources"].get("GPU", 0) for n in self.nodes.values()))

    def run_job(self, job, pacing):
        step_seconds, pending_seconds = pacing
        env_vars = ((job.runtime_env or {}).get("env_vars") or {}) if isinstance(job.runtime_env, dict) else {}
        plan = simverl.plan_job(job.entrypoint, job.submission_id, env_vars, step_seconds,
                                self.config["node_ip"], self.total_gpus())
        if job.stop_event.wait(pending_seconds):
            return
        with self.lock:
            if job.is_terminal():
                return
            job.job_id = job_id_hex(self.next_job_number)
            self.next_job_number += 1
            driver_pid = random.randint(3000, 60000)
            job.driver_info = {"id": job.job_id, "node_ip_address": self.config["node_ip"], "pid": str(driver_pid)}
            job.driver_agent_http_address = "http://%s:52365" % self.config["node_ip"]
            job.driver_node_id = self.node_id
            job.status = "RUNNING"
            job.message = "Job is currently running."
            job.busy_gpus = plan.gpus
            job.busy_cpus = plan.cpus
            os.makedirs(os.path.dirname(job.log_path), exist_ok=True)
            with open(job.log_path, "a", encoding="utf-8"):
                pass
            self.persist()
            self.changed.notify_all()
        with open(job.log_path, "a", encoding="utf-8") as log:
            if plan.bulk_bytes and not self.write_bulk_log(job, log, plan.bulk_bytes):
                return
            for delay, line in plan.lines:
                if job.stop_event.wait(delay):
                    return
                with self.lock:
                    if job.is_terminal():
                        return
                    log.write(line + "\n")
                    log.flush()
                    self.changed.notify_all()
        with self.lock:
            if job.is_terminal():
                return
            job.driver_exit_code = plan.exit_code
            job.end_time = simcommon.now_ms()
            job.busy_gpus = job.busy_cpus = 0
            if plan.exit_code == 0:
                job.status = "SUCCEEDED"
                job.message = "Job finished successfully."
            else:
                job.status = "FAILED"
                job.error_type = "JOB_ENTRYPOINT_COMMAND_ERROR"
                try:
                    with open(job.log_path, encoding="utf-8", errors="replace") as handle:
                        tail = handle.read()[-20000:]
                except OSError:
                    tail = ""
                job.message = ("Job entrypoint command failed with exit code %d, last available logs (truncated to "
                               "20,000 chars):\n%s" % (plan.exit_code, tail))
            self.persist()
            self.changed.notify_all()

    def write_bulk_log(self, job, log, total):
        """A huge log written as fast as the disk takes it (numbered lines, ~1 MiB at a time); False if stopped."""
        written = 0
        number = 0
        filler = "x" * 120
        while written < total:
            lines = []
            size = 0
            while size < (1 << 20) and written + size < total:
                line = "(WorkerDict pid=4242) bulk line %09d %s\n" % (number, filler)
                number += 1
                lines.append(line)
                size += len(line)
            with self.lock:
                if job.is_terminal():
                    return False
                log.write("".join(lines))
                log.flush()
                self.changed.notify_all()
            written += size
        return True

    def stop(self, job):
        with self.lock:
            if job.is_terminal():
                return False
            job.stop_event.set()
            job.status = "STOPPED"
            job.message = "Job was intentionally stopped."
            job.end_time = simcommon.now_ms()
            if job.driver_info is not None:
                job.driver_exit_code = -15
            job.busy_gpus = job.busy_cpus = 0
            self.persist()
            self.changed.notify_all()
            return True

    def delete(self, job):
        with self.lock:
            if not job.is_terminal():
                raise RuntimeError("Attempted to delete job '%s', but it is in a non-terminal state %s."
                                   % (job.submission_id, job.status))
            del self.jobs[job.submission_id]
            self.persist()
            return True

    def list_jobs(self):
        with self.lock:
            submissions = [j.details() for j in self.jobs.values() if j.type == "SUBMISSION"]
            drivers = [j.details() for j in self.jobs.values() if j.type == "DRIVER"]
        return submissions + drivers

    def persist(self):
        """jobs.json and gpu-busy, for tests and for the nvidia-smi stand-in (call with the lock held)."""
        jobs = [j.details() for j in self.jobs.values()]
        simcommon.write_json(os.path.join(self.state, "ray", "jobs.json"), jobs)
        busy = sum(j.busy_gpus for j in self.jobs.values() if j.status == "RUNNING")
        head_gpus = int(self.nodes[self.node_id]["resources"].get("GPU", 0))
        tmp = os.path.join(self.state, "ray", "gpu-busy.tmp")
        with open(tmp, "w", encoding="ascii") as handle:
            handle.write("%d\n" % min(busy, head_gpus))
        os.replace(tmp, os.path.join(self.state, "ray", "gpu-busy"))

    # ------------------------------------------------------------------ cluster

    def usage(self):
        """Used resources summed over running jobs."""
        with self.lock:
            running = [j for j in self.jobs.values() if j.status == "RUNNING"]
            cpus = sum(max(j.busy_cpus, j.entrypoint_num_cpus or 0) for j in running)
            gpus = sum(max(j.busy_gpus, j.entrypoint_num_gpus or 0) for j in running)
        return {"CPU": float(cpus), "GPU": float(gpus)}

    def node_list(self):
        with self.lock:
            return [dict((k, v) for k, v in node.items() if k != "connection") for node in self.nodes.values()]

    def status_reply(self):
        return {"ok": True, "nodes": self.node_list(), "usage": self.usage(), "failures": list(self.failures),
                "time": time.time(), "session_name": self.session_name}

    def refuse_registration(self):
        """`gcs-refuse-registrations` N: the next N workers find no GCS (as while the head is unreachable)."""
        with self.lock:
            remaining = simcommon.read_int_setting("gcs-refuse-registrations", 0)
            if remaining <= 0:
                return False
            with open(simcommon.state_path("gcs-refuse-registrations"), "w", encoding="utf-8") as handle:
                handle.write("%d\n" % (remaining - 1))
            return True

    def register(self, node, connection):
        with self.lock:
            node = dict(node)
            node["state"] = "ALIVE"
            node["start_time_ms"] = simcommon.now_ms()
            node["connection"] = connection
            self.nodes[node["node_id"]] = node
            self.write_nodes()
        return node["node_id"]

    def unregister(self, node_id, failed):
        with self.lock:
            node = self.nodes.pop(node_id, None)
            if node is not None and failed:
                self.failures.append("node_%s: NodeTerminated (ip: %s)" % (node_id, node["node_ip"]))
            self.write_nodes()

    def write_nodes(self):
        simcommon.write_json(os.path.join(self.state, "ray", "nodes.json"), self.node_list())


# ---------------------------------------------------------------------- WebSocket

class WebSocket:
    """Server side of RFC 6455 over an accepted HTTP connection: text frames out, control frames in."""

    def __init__(self, connection, rfile):
        self.connection = connection
        self.rfile = rfile
        self.write_lock = threading.Lock()
        self.closed = threading.Event()      # the peer closed, or the link broke
        self.close_sent = False
        threading.Thread(target=self.read_loop, daemon=True).start()

    def send_frame(self, opcode, payload):
        length = len(payload)
        header = bytes([0x80 | opcode])
        if length < 126:
            header += bytes([length])
        elif length < 65536:
            header += bytes([126]) + length.to_bytes(2, "big")
        else:
            header += bytes([127]) + length.to_bytes(8, "big")
        with self.write_lock:
            if self.close_sent:
                return False
            if opcode == 0x8:
                self.close_sent = True
            try:
                self.connection.sendall(header + payload)
            except OSError:
                self.closed.set()
                return False
        return True

    def send_text(self, text):
        return self.send_frame(0x1, text.encode("utf-8"))

    def close(self, code=1000):
        self.send_frame(0x8, code.to_bytes(2, "big"))

    def abort(self):
        """The link breaks: no close frame, the TCP connection just ends."""
        with self.write_lock:
            self.close_sent = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.closed.set()

    def read_exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.rfile.read(count - len(data))
            if not chunk:
                raise EOFError()
            data += chunk
        return data

    def read_loop(self):
        try:
            while True:
                first, second = self.read_exact(2)
                opcode = first & 0x0F
                length = second & 0x7F
                if length == 126:
                    length = int.from_bytes(self.read_exact(2), "big")
                elif length == 127:
                    length = int.from_bytes(self.read_exact(8), "big")
                mask = self.read_exact(4) if second & 0x80 else b"\0\0\0\0"
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self.read_exact(length)))
                if opcode == 0x8:
                    self.send_frame(0x8, payload[:2] if len(payload) >= 2 else (1000).to_bytes(2, "big"))
                    break
                if opcode == 0x9:
                    self.send_frame(0xA, payload)
        except (EOFError, OSError, ValueError):
            pass
        self.closed.set()


# ---------------------------------------------------------------------- HTTP

class Response:
    def __init__(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=None):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")
        self.content_type = content_type
        self.headers = headers or []


def text(status, message):
    return Response(status, message)


def json_response(value, status=200, headers=None):
    return Response(status, json.dumps(value), "application/json; charset=utf-8", headers)


def rest_response(message, data, success=True):
    """The dashboard's envelope {"result","msg","data"} with camelCase data keys."""
    return json_response({"result": success, "msg": message, "data": camel(data)})


def camel(value):
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            parts = str(key).split("_")
            out[parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])] = camel(item)
        return out
    if isinstance(value, list):
        return [camel(v) for v in value]
    return value


SUBMIT_FRAME = (JOB_HEAD, 355, "submit_job", "submit_request: JobSubmitRequest = JobSubmitRequest(**json_data)")
POST_INIT_FRAMES = [SUBMIT_FRAME, ("<string>", 11, "__init__", None), (COMMON, 424, "__post_init__", "raise TypeError(")]


def traceback_text(frames, error_type, message):
    """A Python traceback as aiohttp handlers return it in 400/500 bodies."""
    lines = ["Traceback (most recent call last):"]
    for path, line, function, code in frames:
        lines.append('  File "%s", line %d, in %s' % (path, line, function))
        if code:
            lines.append("    " + code)
    lines.append("%s: %s" % (error_type, message))
    return "\n".join(lines) + "\n"


def validate_submit(body):
    """JobSubmitRequest(**json) and its __post_init__ checks: (request, None) or (None, Response 400)."""
    def bad(error_type, message, frames=None):
        return None, text(400, traceback_text(frames or POST_INIT_FRAMES, error_type, message))

    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        return None, text(400, traceback_text([(JOB_HEAD, 352, "submit_job", "json_data = await req.json()")],
                                              "json.decoder.JSONDecodeError", str(error)))
    if not isinstance(data, dict):
        return bad("TypeError", "ray.dashboard.modules.job.common.JobSubmitRequest() argument after ** must be a "
                   "mapping, not %s" % PY_TYPES.get(type(data), "object"), [SUBMIT_FRAME])
    for key in data:
        if key not in SUBMIT_KEYS:
            return bad("TypeError", "JobSubmitRequest.__init__() got an unexpected keyword argument '%s'" % key, [SUBMIT_FRAME])
    if "entrypoint" not in data:
        return bad("TypeError", "JobSubmitRequest.__init__() missing 1 required positional argument: 'entrypoint'",
                   [SUBMIT_FRAME])
    request = {k: v for k, v in data.items() if v is not None or k == "entrypoint"}
    if not isinstance(request["entrypoint"], str):
        return bad("TypeError", "entrypoint must be a string, got %s" % py_type(request["entrypoint"]))
    for key in ("submission_id", "job_id"):
        if key in request and not isinstance(request[key], str):
            return bad("TypeError", "%s must be a string if provided, got %s" % (key, py_type(request[key])))
    if "runtime_env" in request:
        env = request["runtime_env"]
        if not isinstance(env, dict):
            return bad("TypeError", "runtime_env must be a dict, got %s" % py_type(env))
        env_vars = env.get("env_vars")
        if env_vars is not None and (not isinstance(env_vars, dict) or
                                     not all(isinstance(v, str) for v in env_vars.values())):
            return bad("TypeError", "runtime_env['env_vars'] must be of type Dict[str, str], got %s"
                       % py_type(env_vars))
    if "metadata" in request:
        metadata = request["metadata"]
        if not isinstance(metadata, dict):
            return bad("TypeError", "metadata must be a dict, got %s" % py_type(metadata))
        for key, value in metadata.items():
            if not isinstance(value, str):
                return bad("TypeError", "metadata values must be strings, got %s" % py_type(value))
    for key in ("entrypoint_num_cpus", "entrypoint_num_gpus"):
        if key in request and (isinstance(request[key], bool) or not isinstance(request[key], (int, float))):
            return bad("TypeError", "%s must be a number, got %s" % (key, py_type(request[key])))
        if key in request and request[key] < 0:
            return bad("ValueError", "%s must be non-negative, got %s" % (key, request[key]))
    if "entrypoint_memory" in request:
        memory = request["entrypoint_memory"]
        if isinstance(memory, bool) or not isinstance(memory, int):
            return bad("TypeError", "entrypoint_memory must be an integer, got %s" % py_type(memory))
    if "entrypoint_resources" in request:
        resources = request["entrypoint_resources"]
        if not isinstance(resources, dict):
            return bad("TypeError", "entrypoint_resources must be a dict, got %s" % py_type(resources))
        for value in resources.values():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return bad("TypeError", "entrypoint_resources values must be numbers, got %s" % py_type(value))
    if "entrypoint_label_selector" in request:
        selector = request["entrypoint_label_selector"]
        if not isinstance(selector, dict) or not all(isinstance(v, str) for v in selector.values()):
            return bad("TypeError", "entrypoint_label_selector must be a dict of string keys and values, got %s"
                       % py_type(selector))
    return request, None


def active_node_types(nodes):
    """The autoscaler reports alive nodes per node type, as a local cluster names them."""
    types = {}
    for node in nodes:
        name = "ray.head.default" if node["is_head"] else "ray.worker.default"
        types[name] = types.get(name, 0) + 1
    return types


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Python/3.10 aiohttp/3.9.5"
    sys_version = ""
    head = None  # set by serve()

    def version_string(self):
        return self.server_version

    def log_message(self, format, *args):  # noqa: A002  pylint: disable=redefined-builtin
        sys.stderr.write("%s %s\n" % (self.address_string(), format % args))

    def do_GET(self):  # noqa: N802
        self.dispatch("GET")

    def do_HEAD(self):  # noqa: N802
        self.dispatch("HEAD")

    def do_POST(self):  # noqa: N802
        self.dispatch("POST")

    def do_PUT(self):  # noqa: N802
        self.dispatch("PUT")

    def do_DELETE(self):  # noqa: N802
        self.dispatch("DELETE")

    def do_OPTIONS(self):  # noqa: N802
        self.dispatch("OPTIONS")

    def do_PATCH(self):  # noqa: N802
        self.dispatch("PATCH")

    # ------------------------------------------------------------------ plumbing

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > 0:
            return self.rfile.read(length)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        return b""

    def record(self, method, body, status):
        entry = {"time_ms": simcommon.now_ms(), "method": method, "path": self.path,
                 "headers": {k: v for k, v in self.headers.items()}, "status": status}
        if body:
            entry["body"] = body.decode("utf-8", "replace")
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(os.path.join(self.head.state, "ray-requests.log"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def send(self, method, response):
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)

    def dispatch(self, method):
        body = self.read_body()
        parsed = urllib.parse.urlsplit(self.path)
        path = parsed.path
        query = urllib.parse.parse_qs(parsed.query)
        try:
            response = self.route(method, path, query, body)
        except Exception:  # pylint: disable=broad-except
            response = text(500, traceback.format_exc())
        if response == "websocket":
            return
        self.record(method, body, response.status)
        self.send(method, response)

    def auth_failure(self, path):
        """Token auth as Ray's middleware does it: 401 when missing, 403 when wrong."""
        token = simcommon.read_setting("ray-token", "")
        if not token or path in PUBLIC_PATHS or path.startswith("/static/"):
            return None
        header = self.headers.get("Authorization") or self.headers.get("X-Ray-Authorization") or ""
        if not header:
            cookies = self.headers.get("Cookie") or ""
            for part in cookies.split(";"):
                name, _, value = part.strip().partition("=")
                if name == "ray-authentication-token" and value:
                    header = "Bearer " + value
        if not header:
            return text(401, "Unauthorized: Missing authentication token")
        presented = header[7:] if header.lower().startswith("bearer ") else header
        if presented != token:
            return text(403, "Forbidden: Invalid authentication token")
        return None

    def is_browser(self):
        """Ray 2.52's is_browser_request: a Mozilla User-Agent, or Sec-Fetch-* / Origin headers."""
        if (self.headers.get("User-Agent") or "").startswith("Mozilla"):
            return True
        return any(name.lower().startswith("sec-fetch-") or name.lower() == "origin" for name in self.headers.keys())

    # ------------------------------------------------------------------ routes

    def route(self, method, path, query, body):
        head = self.head
        denied = self.auth_failure(path)
        if denied is not None:
            return denied
        get = method in ("GET", "HEAD")
        parts = path.split("/")
        browser_denied = text(405, "Browser requests not allowed")

        if path == "/":
            return Response(200, dashboardpage.PAGE, "text/html; charset=utf-8", [("Cache-Control", "no-store")]) \
                if get else text(405, "405: Method Not Allowed")
        if path == "/api/version":
            if not get:
                return text(405, "405: Method Not Allowed")
            return json_response({"version": simcommon.read_setting("ray-api-version", "5"),
                                  "ray_version": head.config["ray_version"],
                                  "ray_commit": simcommon.stable_hex("commit:" + head.config["ray_version"], 40),
                                  "session_name": head.session_name})
        if path in ("/api/healthz", "/api/gcs_healthz", "/api/local_raylet_healthz", "/-/healthz"):
            return text(200, "success")
        if path == "/api/authentication_mode":
            mode = "token" if simcommon.read_setting("ray-token", "") else "disabled"
            return json_response({"authentication_mode": mode})
        if path == "/api/authenticate":
            if method != "POST":
                return text(405, "405: Method Not Allowed")
            token = simcommon.read_setting("ray-token", "")
            if not token:
                return text(401, "Unauthorized: Token authentication is not enabled")
            header = self.headers.get("Authorization") or ""
            if not header:
                return text(401, "Unauthorized: Missing authentication token")
            presented = header[7:] if header.lower().startswith("bearer ") else header
            if presented != token:
                return text(403, "Forbidden: Invalid authentication token")
            return json_response({"status": "authenticated", "message": "Token is valid"},
                                 headers=[("Set-Cookie", "ray-authentication-token=%s; HttpOnly; Max-Age=2592000; "
                                                         "Path=/; SameSite=Strict" % presented)])
        if path == "/api/jobs/":
            if method == "POST":
                if self.is_browser():
                    return browser_denied
                if simcommon.read_setting("ray-submit-mode", "") == "no-agent":
                    return text(500, "No available agent to submit job, please try again later.")
                request, error = validate_submit(body)
                if error is not None:
                    return error
                try:
                    submission_id = head.submit(request)
                except ValueError as problem:
                    return text(400, traceback_text([(JOB_HEAD, 370, "submit_job",
                                                     "resp = await job_agent_client.submit_job_internal(submit_request)")],
                                                    "ValueError", str(problem)))
                return json_response({"job_id": submission_id, "submission_id": submission_id})
            if get:
                return json_response(head.list_jobs())
            return text(405, "405: Method Not Allowed")
        if len(parts) >= 4 and parts[1] == "api" and parts[2] == "jobs" and parts[3]:
            ident = urllib.parse.unquote(parts[3])
            rest = parts[4:]
            if rest == []:
                if method not in ("GET", "HEAD", "DELETE"):
                    return text(405, "405: Method Not Allowed")
            elif rest == ["logs"] or rest == ["logs", "tail"]:
                if not get:
                    return text(405, "405: Method Not Allowed")
            elif rest == ["stop"]:
                if method != "POST":
                    return text(405, "405: Method Not Allowed")
            else:
                return text(404, "404: Not Found")
            if method in ("POST", "DELETE") and self.is_browser():
                return browser_denied
            job = head.find_job(ident)
            if job is None:
                return text(404, "Job %s does not exist" % ident)
            if rest == []:
                if method == "DELETE":
                    if job.type != "SUBMISSION":
                        return text(400, "Can only delete submission type jobs")
                    try:
                        return json_response({"deleted": head.delete(job)})
                    except RuntimeError as problem:
                        return text(500, traceback_text([(JOB_HEAD, 455, "delete_job",
                                                          "resp = await job_agent_client.delete_job_internal("
                                                          "job.submission_id)")], "RuntimeError", str(problem)))
                with head.lock:
                    return json_response(job.details())
            if rest == ["stop"]:
                if job.type != "SUBMISSION":
                    return text(400, "Can only stop submission type jobs")
                return json_response({"stopped": head.stop(job)})
            if job.type != "SUBMISSION":
                return text(400, "Can only get logs of submission type jobs")
            if rest == ["logs"]:
                logs = ""
                if query.get("err", [""])[0] != "1" and job.log_path and os.path.exists(job.log_path):
                    with open(job.log_path, encoding="utf-8", errors="replace") as handle:
                        logs = handle.read()
                if query.get("download", [""])[0] == "1":
                    return Response(200, logs, headers=[("Content-Disposition", "attachment; filename=\"job-driver-%s.log\""
                                                         % job.submission_id)])
                return json_response({"logs": logs})
            return self.tail(job)
        if path == "/api/cluster_status":
            if not get:
                return text(405, "405: Method Not Allowed")
            return self.cluster_status(query.get("format", ["0"])[0] == "1")
        if path == "/nodes":
            if not get:
                return text(405, "405: Method Not Allowed")
            if query.get("view", [""])[0] != "summary":
                return text(400, "Unknown view %s" % query.get("view", [""])[0])
            return self.node_summary()
        if len(parts) == 5 and parts[1] == "api" and parts[2] == "packages":
            uri = "%s://%s" % (parts[3], urllib.parse.unquote(parts[4]))
            if method == "PUT":
                if self.is_browser():
                    return browser_denied
                with head.lock:
                    head.packages.add(uri)
                return Response(200, b"")
            if get:
                with head.lock:
                    exists = uri in head.packages
                return Response(200, b"") if exists else text(404, "Package %s does not exist" % uri)
            return text(405, "405: Method Not Allowed")
        return text(404, "404: Not Found")

    @staticmethod
    def consume_drop():
        """True for the one stream that takes the ray-tail-drop-after-lines setting."""
        try:
            os.remove(simcommon.state_path("ray-tail-drop-after-lines"))
        except OSError:
            return False
        return True

    def cluster_status(self, formatted):
        import simray  # pylint: disable=import-outside-toplevel
        reply = self.head.status_reply()
        if formatted:
            return rest_response("Got formatted cluster status.",
                                 {"cluster_status": simray.format_status(reply, verbose=False)})
        usage = simray.total_usage(reply)
        return rest_response("Got cluster status.", {
            "autoscaling_status": None,
            "autoscaling_error": None,
            "cluster_status": {
                "load_metrics_report": {"usage": {k: [used, total] for k, (used, total) in usage.items()},
                                        "resource_demand": [], "pg_demand": [], "request_demand": [],
                                        "node_types": [], "head_ip": self.head.config["node_ip"]},
                "time": reply["time"],
                "monitor_pid": os.getpid() + 3,
                "autoscaler_report": {"active_nodes": active_node_types(reply["nodes"]),
                                      "idle_nodes": {}, "pending_nodes": [], "pending_launches": {},
                                      "failed_nodes": []},
            },
        })

    def node_summary(self):
        reply = self.head.status_reply()
        summary = []
        logical = {}
        for node in reply["nodes"]:
            resources = node["resources"]
            gpus = [{"index": i, "name": "NVIDIA A100-SXM4-80GB", "uuid": "GPU-%s" % simcommon.stable_hex(
                node["node_id"] + str(i), 32), "utilization_gpu": 0, "memory_used": 4, "memory_total": 81920}
                    for i in range(int(resources.get("GPU", 0)))]
            summary.append({
                "now": time.time(), "hostname": node["hostname"], "ip": node["node_ip"], "cpu": 3.2,
                "cpus": [int(resources.get("CPU", 0)), int(resources.get("CPU", 0)) // 2],
                "mem": [int(resources.get("memory", 0) / 0.7), int(resources.get("memory", 0) / 0.8), 12.5,
                        int(resources.get("memory", 0) / 0.7 * 0.125)],
                "gpus": gpus,
                "raylet": {"node_id": node["node_id"], "node_manager_address": node["node_ip"],
                           "state": node["state"], "is_head_node": node["is_head"],
                           "resources_total": resources, "start_time_ms": node["start_time_ms"],
                           "node_name": node["node_ip"], "labels": node.get("labels", {})},
            })
            logical[node["node_id"]] = "\n".join("0.0/%s %s" % (v, k) for k, v in resources.items())
        return rest_response("Node summary fetched.", {"summary": summary, "node_logical_resources": logical})

    def tail(self, job):
        """GET /api/jobs/{id}/logs/tail: a WebSocket replaying the log from the start, then following it."""
        key = self.headers.get("Sec-WebSocket-Key")
        if (self.headers.get("Upgrade") or "").lower() != "websocket" or not key:
            return text(400, "No WebSocket UPGRADE hdr: %s\n Can \"Upgrade\" only to \"WebSocket\"."
                        % self.headers.get("Upgrade"))
        self.record("GET", b"", 101)
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode("ascii")).digest()).decode("ascii")
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        socket_ = WebSocket(self.connection, self.rfile)
        head = self.head
        position = 0
        partial = b""
        # A test can drop one stream in the middle (once: the setting is consumed).
        drop_after = simcommon.read_int_setting("ray-tail-drop-after-lines", 0)
        drop_mode = simcommon.read_setting("ray-tail-drop-mode", "abort")
        sent_lines = 0
        while not socket_.closed.is_set() and not head.stopping.is_set():
            with head.lock:
                terminal = job.is_terminal()
                started = job.driver_info is not None
            if terminal and not started:
                break  # the job ended before its driver started: nothing to send
            data = b""
            if job.log_path and os.path.exists(job.log_path):
                with open(job.log_path, "rb") as handle:
                    handle.seek(position)
                    data = handle.read(1 << 20)  # bounded, so a huge log never sits in memory at once
                position += len(data)
            buffer = partial + data
            lines = buffer.split(b"\n")
            partial = lines.pop()
            if terminal and not data and partial:
                lines.append(partial)
                partial = b""
            pieces = [line.decode("utf-8", "replace") + "\n" for line in lines]
            if terminal and not data and partial:
                pieces.append(partial.decode("utf-8", "replace"))
                partial = b""
            # file_tail_iterator's batches: up to 10 lines or 20,000 characters per frame.
            batch = []
            batch_chars = 0
            dropped = False
            for piece in pieces:
                batch.append(piece)
                batch_chars += len(piece)
                if len(batch) == 10 or batch_chars >= 20000:
                    socket_.send_text("".join(batch))
                    sent_lines += len(batch)
                    batch = []
                    batch_chars = 0
                    if drop_after > 0 and sent_lines >= drop_after and self.consume_drop():
                        dropped = True
                        break
            if dropped:
                if drop_mode == "close":
                    socket_.close(1000)  # a clean close while the job still runs (ray#60665)
                    socket_.closed.wait(2)
                else:
                    socket_.abort()
                return "websocket"
            if batch:
                socket_.send_text("".join(batch))
                sent_lines += len(batch)
                if drop_after > 0 and sent_lines >= drop_after and self.consume_drop():
                    if drop_mode == "close":
                        socket_.close(1000)
                        socket_.closed.wait(2)
                    else:
                        socket_.abort()
                    return "websocket"
            if not pieces:
                if terminal:
                    break
                with head.lock:
                    head.changed.wait(0.5)
        if not socket_.closed.is_set():
            socket_.close(1000)
            socket_.closed.wait(2)
        return "websocket"


class ThreadingHTTPServer6(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6


class GcsHandler(socketserver.StreamRequestHandler):
    """One GCS client: `ray status` asks once; a worker registers and stays connected."""

    head = None  # set by serve()

    def handle(self):
        head = self.head
        node_id = None
        goodbye = False
        try:
            for raw in self.rfile:
                try:
                    message = json.loads(raw.decode("utf-8"))
                except ValueError:
                    self.reply({"ok": False, "error": "bad request"})
                    return
                op = message.get("op")
                if op == "ping":
                    self.reply({"ok": True, "ray_version": head.config["ray_version"]})
                    return
                if op == "status":
                    self.reply(head.status_reply())
                    return
                if op == "register":
                    if head.refuse_registration():
                        return  # closed without a reply: the worker reports the GCS unreachable
                    node_id = head.register(message["node"], self.connection)
                    self.reply({"ok": True, "head_node_id": head.node_id, "session_name": head.session_name,
                                "ray_version": head.config["ray_version"]})
                elif op == "bye":
                    goodbye = True
                    return
                else:
                    self.reply({"ok": False, "error": "unknown op %s" % op})
        except OSError:
            pass
        finally:
            if node_id is not None:
                head.unregister(node_id, failed=not goodbye and not head.stopping.is_set())

    def reply(self, value):
        self.wfile.write((json.dumps(value) + "\n").encode("utf-8"))
        self.wfile.flush()


class GcsServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


# ---------------------------------------------------------------------- daemon

def bind_gcs(config):
    """The GCS port; the default 6379 falls back to a free port when another test host holds it."""
    host = config["node_ip"]
    port = config["gcs_port"]
    try:
        return GcsServer((host, port), GcsHandler)
    except OSError:
        if config["gcs_port_explicit"]:
            raise ValueError("Failed to bind to %s:%d because it's already occupied. You can use "
                             "`ray start --port ...` to select a different port." % (host, port)) from None
        return GcsServer((host, 0), GcsHandler)


def bind_dashboard(config):
    host = config["dashboard_host"]
    if host == "localhost":
        host = "127.0.0.1"
    port = config["dashboard_port"]
    server_class = ThreadingHTTPServer6 if ":" in host else http.server.ThreadingHTTPServer
    retries = 0 if config["dashboard_port_explicit"] else 50
    last_error = None
    for _ in range(retries + 1):
        try:
            server = server_class((host, port), Handler)
            server.daemon_threads = True
            return server
        except OSError as error:
            last_error = error
            port += 1
    raise ValueError("Failed to bind to %s:%d because it's already occupied. You can use `ray start "
                     "--dashboard-port ...` or `ray.init(dashboard_port=...)` to select a different port. (%s)"
                     % (host, config["dashboard_port"], last_error))


def main():
    config = json.loads(sys.argv[1])
    ready = os.fdopen(config["ready_fd"], "w")
    state = config["state"]
    os.environ["RAYDECK_SIM_STATE"] = state
    head_file = os.path.join(state, "ray", "head.json")
    try:
        gcs = bind_gcs(config)
        dashboard = bind_dashboard(config) if config["include_dashboard"] else None
    except ValueError as error:
        ready.write("ERR ValueError: %s\n" % error)
        ready.close()
        return 1
    head = Head(config)
    Handler.head = head
    GcsHandler.head = head
    gcs_host, gcs_port = gcs.server_address[:2]
    info = {
        "pid": os.getpid(),
        "node_id": head.node_id,
        "node_ip": config["node_ip"],
        "gcs_address": "%s:%d" % (config["node_ip"], gcs_port),
        "gcs_port": gcs_port,
        "dashboard_host": config["dashboard_host"] if dashboard else None,
        "dashboard_port": dashboard.server_address[1] if dashboard else None,
        "dashboard_url": ("%s:%d" % (config["node_ip"] if config["dashboard_host"] in ("0.0.0.0", "::")
                                     else config["dashboard_host"], dashboard.server_address[1])) if dashboard else None,
        "session_name": config["session_name"],
        "session_dir": config["session_dir"],
        "container": config.get("container", ""),
        "ray_version": config["ray_version"],
        "resources": config["resources"],
        "env": config.get("env", {}),
        "argv": config.get("argv", []),
        "started_ms": simcommon.now_ms(),
    }
    simcommon.write_json(head_file, info)
    with open(os.path.join(state, "tmp", "ray", "ray_current_cluster"), "w", encoding="utf-8") as handle:
        handle.write(info["gcs_address"] + "\n")
    with head.lock:
        head.persist()
        head.write_nodes()

    def shutdown(*_):
        head.stopping.set()

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    threading.Thread(target=gcs.serve_forever, daemon=True).start()
    if dashboard:
        threading.Thread(target=dashboard.serve_forever, daemon=True).start()
    ready.write("OK %s\n" % json.dumps(info))
    ready.close()

    # Watchdog: a vanished state dir or a head.json naming another process means this world is gone.
    while not head.stopping.wait(0.3):
        current = simcommon.read_json(head_file, None) if os.path.isdir(state) else None
        if not current or current.get("pid") != os.getpid():
            break
    head.stopping.set()
    with head.lock:
        head.changed.notify_all()
        for job in head.jobs.values():
            job.stop_event.set()
        for node in head.nodes.values():
            connection = node.get("connection")
            if connection is not None:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
    current = simcommon.read_json(head_file, None)
    if current and current.get("pid") == os.getpid():
        try:
            os.remove(head_file)
        except OSError:
            pass
    try:
        os.remove(os.path.join(state, "ray", "gpu-busy"))
    except OSError:
        pass
    sys.stderr.flush()
    os._exit(0)  # pylint: disable=protected-access


if __name__ == "__main__":
    sys.exit(main())

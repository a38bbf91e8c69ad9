# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in for the ray CLI (Ray 2.52) on the simulated GPU host.

`ray start --head` launches the head daemon (rayhead.py), `ray start --address=H:P`
a worker daemon (rayworker.py) that registers with a head over TCP, `ray status`
asks the head which nodes really joined, `ray stop` ends this host's daemons.
Daemons are recorded in $RAYDECK_SIM_STATE/ray/{head,worker}.json.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time

import simcommon
from simcommon import err, out

DEFAULT_VERSION = "2.52.0"
NOT_RUNNING = ("ConnectionError: Could not find any running Ray instance. Please specify the one to connect to by "
               "setting `--address` flag or `RAY_ADDRESS` environment variable.")
GIB = 1024 ** 3

# `ray start` options: name -> takes a value (click style: --name=value or --name value).
START_OPTIONS = {
    "--node-ip-address": True, "--address": True, "--port": True, "--node-name": True,
    "--redis-username": True, "--redis-password": True, "--redis-shard-ports": True,
    "--object-manager-port": True, "--node-manager-port": True, "--gcs-server-port": True,
    "--min-worker-port": True, "--max-worker-port": True, "--worker-port-list": True,
    "--ray-client-server-port": True, "--memory": True, "--object-store-memory": True,
    "--num-cpus": True, "--num-gpus": True, "--resources": True, "--labels": True, "--labels-file": True,
    "--head": False, "--include-dashboard": True, "--dashboard-host": True, "--dashboard-port": True,
    "--dashboard-agent-listen-port": True, "--dashboard-agent-grpc-port": True,
    "--runtime-env-agent-port": True, "--metrics-export-port": True, "--block": False,
    "--plasma-directory": True, "--object-spilling-directory": True, "--autoscaling-config": True,
    "--no-redirect-output": False, "--plasma-store-socket-name": True, "--raylet-socket-name": True,
    "--temp-dir": True, "--storage": True, "--system-config": True, "--enable-object-reconstruction": False,
    "--metrics-agent-port": True, "--log-style": True, "--log-color": True, "--verbose": False, "-v": False,
    "--disable-usage-stats": False, "--tracing-startup-hook": True, "--ray-debugger-external": False,
    "--enable-resource-isolation": False, "--cgroup-path": True, "--system-reserved-cpu": True,
    "--system-reserved-memory": True, "--help": False,
}


def ray_version():
    return simcommon.read_setting("ray-version", DEFAULT_VERSION)


def ray_dir():
    path = simcommon.state_path("ray")
    os.makedirs(path, exist_ok=True)
    return path


def click_error(command, message):
    err("Usage: ray %s [OPTIONS]" % command)
    err("Try 'ray %s --help' for help." % command)
    err("")
    err("Error: %s" % message)
    return 2


def parse_click(command, args, spec):
    """Returns ({option: [values]}, None) or (None, exit code after printing click's error)."""
    options = {}
    i = 0
    while i < len(args):
        arg = args[i]
        name, has_value, value = arg.partition("=")
        if name not in spec:
            if arg.startswith("-"):
                return None, click_error(command, "No such option: %s" % name)
            return None, click_error(command, "Got unexpected extra argument (%s)" % arg)
        if spec[name]:
            if not has_value:
                if i + 1 >= len(args):
                    return None, click_error(command, "Option '%s' requires an argument." % name)
                i += 1
                value = args[i]
        else:
            if has_value:
                return None, click_error(command, "Option '%s' does not take a value." % name)
            value = "true"
        options.setdefault(name, []).append(value)
        i += 1
    return options, None


def last(options, name, default=None):
    values = options.get(name)
    return values[-1] if values else default


# --------------------------------------------------------------------------- daemons

def daemon_script(name):
    return os.path.join(simcommon.simhost_dir(), name)


def daemon_record(kind):
    """head.json / worker.json when its process is alive, else None (stale files are removed)."""
    path = os.path.join(ray_dir(), "%s.json" % kind)
    record = simcommon.read_json(path, None)
    if not record:
        return None
    if owns(record.get("pid"), "ray%s.py" % kind):
        return record
    try:
        os.remove(path)
    except OSError:
        pass
    return None


def owns(pid, script):
    """True when pid is alive and runs our daemon script (never signal a recycled pid)."""
    if not simcommon.process_alive(pid):
        return False
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as handle:
            return script.encode() in handle.read()
    except OSError:
        return False


def stop_daemons(container=None, force=False):
    """Ends this host's head/worker daemons (only those started in `container` when given); returns a count."""
    stopped = 0
    for kind in ("head", "worker"):
        record = daemon_record(kind)
        if record is None:
            continue
        if container is not None and record.get("container", "") != container:
            continue
        pid = record["pid"]
        try:
            os.kill(pid, signal.SIGKILL if force else signal.SIGTERM)
        except ProcessLookupError:
            continue
        deadline = time.monotonic() + 5
        while simcommon.process_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        if simcommon.process_alive(pid):
            os.kill(pid, signal.SIGKILL)
        path = os.path.join(ray_dir(), "%s.json" % kind)
        current = simcommon.read_json(path, None)
        if current and current.get("pid") == pid:
            os.remove(path)
        stopped += 7 if kind == "head" else 4
    return stopped


def spawn(script, config, block):
    """Starts a daemon and waits for its one-line verdict on a pipe: ("OK", info) or ("ERR", message)."""
    read_end, write_end = os.pipe()
    config["ready_fd"] = write_end
    log_dir = config.get("logs_dir") or os.path.join(ray_dir())
    os.makedirs(log_dir, exist_ok=True)
    log_path = os.path.join(log_dir, os.path.basename(script).replace(".py", ".log"))
    with open(log_path, "ab") as log, open(os.devnull, "rb") as devnull:
        process = subprocess.Popen([sys.executable, "-I", script, json.dumps(config)], stdin=devnull, stdout=log,
                                   stderr=log, pass_fds=(write_end,), close_fds=True, start_new_session=not block,
                                   cwd="/")
    os.close(write_end)
    data = b""
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
    os.close(read_end)
    verdict = data.decode("utf-8", "replace").strip()
    if verdict.startswith("OK "):
        return "OK", json.loads(verdict[3:]), process
    process.wait()
    if verdict.startswith("ERR "):
        return "ERR", verdict[4:], process
    return "ERR", "the Ray process exited during startup (see %s)" % log_path, process


def node_resources(options):
    def number(name, setting, default):
        value = last(options, name)
        if value is None:
            return float(simcommon.read_int_setting(setting, default))
        return float(value)
    cpus = number("--num-cpus", "cpus", 32)
    gpus = number("--num-gpus", "gpus", 2)
    memory = float(last(options, "--memory") or 300 * GIB)
    object_store = float(last(options, "--object-store-memory") or int(memory * 0.3))
    resources = {"CPU": cpus, "GPU": gpus, "memory": memory, "object_store_memory": object_store}
    if gpus == 0:
        del resources["GPU"]
    custom = last(options, "--resources")
    if custom:
        resources.update({k: float(v) for k, v in json.loads(custom).items()})
    return resources


def wait_in_foreground(process):
    """--block: stay in the foreground until the daemon ends; forward termination signals."""
    def forward(signum, _frame):
        process.send_signal(signum)
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return process.wait()


def cmd_start(args):
    options, code = parse_click("start", args, START_OPTIONS)
    if options is None:
        return code
    if "--help" in options:
        out("Usage: ray start [OPTIONS]\n\n  Start Ray processes manually on the local machine (simulated).")
        return 0
    if "--head" in options and "--address" in options:
        err("ValueError: `ray start --head` and `ray start --address` are mutually exclusive; --address is for "
            "worker nodes.")
        return 1
    if "--head" not in options and "--address" not in options:
        err("ValueError: If using `ray start` without `--head`, you must provide the address of an existing head "
            "node with `--address=<ip>:<port>`.")
        return 1
    node_ip = last(options, "--node-ip-address") or simcommon.read_setting("node-ip", "127.0.0.1")
    try:
        resources = node_resources(options)
    except (ValueError, AttributeError) as error:
        err("ValueError: %s" % error)
        return 1
    block = "--block" in options
    container = os.environ.get("RAYDECK_SIM_CONTAINER", "")
    existing = daemon_record("head") or daemon_record("worker")
    if existing is not None:
        address = existing.get("gcs_address") or existing.get("head_address")
        err("ConnectionError: Ray is trying to start at %s, but is already running at %s. Please specify a "
            "different port using the `--port` flag of `ray start` command." % (address, address))
        return 1
    if "--head" in options:
        out("Usage stats collection is disabled.")
        out("")
    if "--head" in options:
        return start_head(options, node_ip, resources, block, container)
    return start_worker(options, node_ip, resources, block, container)


def start_head(options, node_ip, resources, block, container):
    stamp = time.time()
    session = "session_%s_%06d_%d" % (time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(stamp)),
                                      int((stamp % 1) * 1e6), os.getpid())
    ray_tmp = simcommon.state_path("tmp", "ray")
    session_dir = os.path.join(ray_tmp, session)
    logs_dir = os.path.join(session_dir, "logs")
    os.makedirs(logs_dir, exist_ok=True)
    latest = os.path.join(ray_tmp, "session_latest")
    tmp_link = latest + ".tmp.%d" % os.getpid()
    os.symlink(session, tmp_link)
    os.replace(tmp_link, latest)
    include = (last(options, "--include-dashboard", "true") or "true").lower() not in ("false", "0", "no")
    try:
        gcs_port = int(last(options, "--port", "6379"))
        dashboard_port = int(last(options, "--dashboard-port", "8265"))
    except ValueError as error:
        return click_error("start", "Invalid value: %s" % error)
    config = {
        "state": simcommon.state_dir(),
        "node_ip": node_ip,
        "node_id": simcommon.random_hex(56),
        "gcs_port": gcs_port,
        "gcs_port_explicit": "--port" in options,
        "dashboard_host": last(options, "--dashboard-host", "127.0.0.1"),
        "dashboard_port": dashboard_port,
        "dashboard_port_explicit": "--dashboard-port" in options,
        "include_dashboard": include,
        "session_name": session,
        "session_dir": session_dir,
        "logs_dir": logs_dir,
        "container": container,
        "resources": resources,
        "ray_version": ray_version(),
        "argv": sys.argv[1:],
        "env": {k: v for k, v in os.environ.items() if k.startswith("RAY_") and "TOKEN" not in k},
    }
    verdict, info, process = spawn(os.path.join(simcommon.simhost_dir(), "rayhead.py"), config, block)
    if verdict != "OK":
        err(info)
        return 1
    out("Local node IP: %s" % node_ip)
    out("")
    out("--------------------")
    out("Ray runtime started.")
    out("--------------------")
    out("")
    out("Next steps")
    out("  To add another node to this Ray cluster, run")
    out("    ray start --address='%s'" % info["gcs_address"])
    out("")
    out("  To connect to this Ray cluster:")
    out("    import ray")
    out("    ray.init()")
    out("")
    if info["dashboard_url"]:
        out("  To submit a Ray Job using the Ray Jobs CLI:")
        out("    RAY_ADDRESS='http://%s' ray job submit --working-dir . -- python my_script.py" % info["dashboard_url"])
        out("")
        out("  See https://docs.ray.io/en/latest/cluster/running-applications/job-submission/index.html ")
        out("  for more information on submitting Ray Jobs to the Ray Cluster.")
        out("")
    out("  To terminate the Ray runtime, run")
    out("    ray stop")
    out("")
    out("  To view the status of the cluster, use")
    out("    ray status")
    if info["dashboard_url"]:
        out("")
        out("  To monitor and debug Ray, view the dashboard at ")
        out("    %s" % info["dashboard_url"])
        out("")
        out("  If connection to the dashboard fails, check your firewall settings and network configuration.")
    sys.stdout.flush()
    if block:
        out("--block")
        out("This command will now block forever until terminated by a signal.")
        out("Running subprocesses are monitored and a message will be printed if any of them terminate unexpectedly. "
            "Subprocesses exit with SIGTERM will be treated as graceful, thus NOT reported.")
        sys.stdout.flush()
        return wait_in_foreground(process)
    return 0


def start_worker(options, node_ip, resources, block, container):
    address = last(options, "--address")
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        err("ValueError: Malformed address %s. Expected '<host>:<port>'." % address)
        return 1
    logs_dir = simcommon.state_path("tmp", "ray", "worker-logs")
    config = {
        "state": simcommon.state_dir(),
        "head_address": "%s:%s" % (host, port),
        "connect_timeout": max(0.1, simcommon.read_float_setting("gcs-connect-timeout", 3.0)),
        "logs_dir": logs_dir,
        "container": container,
        "ray_version": ray_version(),
        "argv": sys.argv[1:],
        "node": {"node_id": simcommon.random_hex(56), "node_ip": node_ip, "hostname": socket.gethostname(),
                 "is_head": False, "resources": resources, "labels": {}, "container": container,
                 "node_name": last(options, "--node-name", node_ip)},
    }
    verdict, info, process = spawn(os.path.join(simcommon.simhost_dir(), "rayworker.py"), config, block)
    if verdict != "OK":
        err(info)
        return 1
    out("Local node IP: %s" % node_ip)
    out("")
    out("--------------------")
    out("Ray runtime started.")
    out("--------------------")
    out("")
    out("To terminate the Ray runtime, run")
    out("  ray stop")
    sys.stdout.flush()
    if block:
        return wait_in_foreground(process)
    return 0


def cmd_stop(args):
    options, code = parse_click("stop", args, {"--force": False, "-f": False, "--grace-period": True, "-g": True,
                                               "--verbose": False, "-v": False, "--log-style": True,
                                               "--log-color": True, "--help": False})
    if options is None:
        return code
    stopped = stop_daemons(force="--force" in options or "-f" in options)
    if stopped:
        out("Stopped all %d Ray processes." % stopped)
    else:
        out("Did not find any active Ray processes.")
    return 0


# --------------------------------------------------------------------------- status

def query_gcs(address, request, timeout=3.0):
    host, _, port = address.rpartition(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as connection:
        connection.sendall((json.dumps(request) + "\n").encode("utf-8"))
        data = b""
        while not data.endswith(b"\n"):
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    return json.loads(data.decode("utf-8"))


def format_amount(name, used, total):
    if name in ("memory", "object_store_memory"):
        def size(value):
            return "0B" if value == 0 else "%.2fGiB" % (value / GIB)
        return " %s/%s %s" % (size(used), size(total), name)
    return " %.1f/%.1f %s" % (used, total, name)


def resource_order(names):
    fixed = ["CPU", "GPU"]
    tail = ["memory", "object_store_memory"]
    return [n for n in fixed if n in names] + sorted(n for n in names if n not in fixed + tail) + \
        [n for n in tail if n in names]


def total_usage(reply):
    """{resource: (used, total)} over all alive nodes."""
    totals = {}
    for node in reply["nodes"]:
        for name, value in node["resources"].items():
            totals[name] = totals.get(name, 0.0) + float(value)
    usage = {}
    for name in resource_order(totals):
        used = min(float(reply.get("usage", {}).get(name, 0.0)), totals[name])
        usage[name] = (used, totals[name])
    return usage


def format_status(reply, verbose):
    stamp = time.time()
    lines = ["======== Autoscaler status: %s.%06d ========" % (time.strftime("%Y-%m-%d %H:%M:%S",
                                                                          time.localtime(stamp)),
                                                             int((stamp % 1) * 1e6)),
             "Node status",
             "---------------------------------------------------------------",
             "Active:"]
    for node in reply["nodes"]:
        lines.append(" 1 node_%s" % node["node_id"])
    lines += ["Pending:", " (no pending nodes)", "Recent failures:"]
    lines += [" " + failure for failure in reply.get("failures", [])] or [" (no failures)"]
    lines += ["", "Resources", "---------------------------------------------------------------", "Total Usage:"]
    for name, (used, total) in total_usage(reply).items():
        lines.append(format_amount(name, used, total))
    lines += ["", "Total Constraints:", " (no request_resources() constraints)", "Total Demands:",
              " (no resource demands)"]
    if verbose:
        for node in reply["nodes"]:
            lines += ["", "Node: %s (%s)" % (node["node_id"], node["node_ip"]), " Usage:"]
            for name in resource_order(node["resources"]):
                lines.append(" " + format_amount(name, 0.0, float(node["resources"][name])))
            lines += [" Activity:", "  (no activity)"]
    return "\n".join(lines) + "\n"


def cmd_status(args):
    options, code = parse_click("status", args, {"--address": True, "--redis_password": True, "--verbose": False,
                                                 "-v": False, "--help": False})
    if options is None:
        return code
    address = last(options, "--address")
    if address is None:
        env_address = os.environ.get("RAY_ADDRESS", "")
        if env_address and "://" not in env_address and env_address != "auto":
            address = env_address
    if address is None:
        head = daemon_record("head")
        worker = daemon_record("worker")
        if head is not None:
            address = head["gcs_address"]
        elif worker is not None:
            address = worker["head_address"]
    if address is None:
        err(NOT_RUNNING)
        return 1
    try:
        reply = query_gcs(address, {"op": "status"})
    except (OSError, ValueError):
        err(NOT_RUNNING)
        return 1
    sys.stdout.write(format_status(reply, verbose="--verbose" in options or "-v" in options))
    return 0


def cmd_get_auth_token(args):
    token = simcommon.read_setting("ray-token", "")
    if not token:
        err("ValueError: No authentication token found. Set RAY_AUTH_TOKEN, RAY_AUTH_TOKEN_PATH, or create "
            "~/.ray/auth_token (or pass --generate).")
        return 1
    out(token)
    return 0


def main(argv):
    args = list(argv[1:])
    simcommon.record_argv("ray", args)
    if not args or args[0] in ("--help", "-h"):
        out("Usage: ray [OPTIONS] COMMAND [ARGS]...\n\n  Simulated Ray CLI of the RayDeck test host.\n\n"
            "Commands:\n  start\n  stop\n  status\n  get-auth-token")
        return 0
    if args[0] == "--version":
        out("ray, version %s" % ray_version())
        return 0
    commands = {"start": cmd_start, "stop": cmd_stop, "status": cmd_status, "get-auth-token": cmd_get_auth_token}
    if args[0] not in commands:
        err("Usage: ray [OPTIONS] COMMAND [ARGS]...")
        err("Try 'ray --help' for help.")
        err("")
        err("Error: No such command '%s'. (The simulated ray supports start, stop, status, get-auth-token and "
            "--version.)" % args[0])
        return 2
    try:
        return commands[args[0]](args[1:])
    except BrokenPipeError:
        return 1

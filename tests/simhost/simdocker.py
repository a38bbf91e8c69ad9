# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in for the docker CLI (Docker Engine 24) on the simulated GPU host.

Containers are records in $RAYDECK_SIM_STATE/docker/containers.json; no process
runs for them except what `docker exec` / attached `docker run` execute on this
host (with the session's PATH, so `ray` inside a "container" is the ray stand-in).
Output, error texts and exit codes follow the real CLI.
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time

import simcommon
from simcommon import err, out

DOCKER_VERSION = "24.0.7"
API_VERSION = "1.43"
SOCKET_URL = "http://%2Fvar%2Frun%2Fdocker.sock/v1.24"

DEFAULT_LOCAL_IMAGES = ["verlai/verl:latest"]
DEFAULT_REGISTRY_IMAGES = [
    "verlai/verl:latest",
    "verlai/verl:app-verl0.5-vllm0.9.1-mcore0.12.2-te2.2",
    "verlai/verl:base-verl0.5-cu126-cudnn9.8-torch2.7.1-fa2.7.4",
    "hiyouga/verl:ngc-th2.6.0-cu126-vllm0.8.4-flashinfer0.2.2-cxx11abi0",
    "ubuntu:22.04",
    "python:3.11-slim",
]

NAME_RE = re.compile(r"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$")
REFERENCE_RE = re.compile(
    r"^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
    r"(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
    r"(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$")
ULIMIT_NAMES = {"core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile",
                "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"}
ADJECTIVES = ["admiring", "brave", "eager", "focused", "gifted", "jolly", "keen", "nifty", "quirky", "vibrant"]
SCIENTISTS = ["turing", "hopper", "lovelace", "noether", "curie", "shannon", "dijkstra", "knuth", "ritchie"]

# Flags of `docker run` / `docker create`: long name -> takes a value.
RUN_FLAGS = {
    "add-host": True, "annotation": True, "attach": True, "blkio-weight": True,
    "blkio-weight-device": True, "cap-add": True, "cap-drop": True, "cgroup-parent": True,
    "cgroupns": True, "cidfile": True, "cpu-period": True, "cpu-quota": True,
    "cpu-rt-period": True, "cpu-rt-runtime": True, "cpu-shares": True, "cpus": True,
    "cpuset-cpus": True, "cpuset-mems": True, "detach": False, "detach-keys": True,
    "device": True, "device-cgroup-rule": True, "device-read-bps": True,
    "device-read-iops": True, "device-write-bps": True, "device-write-iops": True,
    "disable-content-trust": False, "dns": True, "dns-option": True, "dns-search": True,
    "domainname": True, "entrypoint": True, "env": True, "env-file": True, "expose": True,
    "gpus": True, "group-add": True, "health-cmd": True, "health-interval": True,
    "health-retries": True, "health-start-interval": True, "health-start-period": True,
    "health-timeout": True, "help": False, "hostname": True, "init": False,
    "interactive": False, "ip": True, "ip6": True, "ipc": True, "isolation": True,
    "kernel-memory": True, "label": True, "label-file": True, "link": True,
    "link-local-ip": True, "log-driver": True, "log-opt": True, "mac-address": True,
    "memory": True, "memory-reservation": True, "memory-swap": True,
    "memory-swappiness": True, "mount": True, "name": True, "net": True, "net-alias": True,
    "network": True, "network-alias": True, "no-healthcheck": False,
    "oom-kill-disable": False, "oom-score-adj": True, "pid": True, "pids-limit": True,
    "platform": True, "privileged": False, "publish": True, "publish-all": False,
    "pull": True, "quiet": False, "read-only": False, "restart": True, "rm": False,
    "runtime": True, "security-opt": True, "shm-size": True, "sig-proxy": False,
    "stop-signal": True, "stop-timeout": True, "storage-opt": True, "sysctl": True,
    "tmpfs": True, "tty": False, "ulimit": True, "user": True, "userns": True, "uts": True,
    "volume": True, "volume-driver": True, "volumes-from": True, "workdir": True,
}
RUN_SHORT = {"a": "attach", "c": "cpu-shares", "d": "detach", "e": "env", "h": "hostname",
             "i": "interactive", "l": "label", "m": "memory", "P": "publish-all",
             "p": "publish", "q": "quiet", "t": "tty", "u": "user", "v": "volume", "w": "workdir"}
EXEC_FLAGS = {"detach": False, "detach-keys": True, "env": True, "env-file": True,
              "interactive": False, "privileged": False, "tty": False, "user": True,
              "workdir": True, "help": False}
EXEC_SHORT = {"d": "detach", "e": "env", "i": "interactive", "t": "tty", "u": "user", "w": "workdir"}


class DockerError(Exception):
    """An error printed to stderr with an exit code, as the real CLI would."""

    def __init__(self, message, code=1):
        super().__init__(message)
        self.message = message
        self.code = code


# --------------------------------------------------------------------------- state

def containers_path():
    return simcommon.state_path("docker", "containers.json")


def load_containers():
    return simcommon.read_json(containers_path(), {})


def save_containers(containers):
    simcommon.write_json(containers_path(), containers)


def find_container(containers, ref):
    """By name (with or without the leading slash), full id or unique id prefix."""
    name = ref[1:] if ref.startswith("/") else ref
    if name in containers:
        return name
    if len(ref) >= 1 and re.fullmatch(r"[0-9a-f]+", ref):
        matches = [n for n, c in containers.items() if c["Id"].startswith(ref)]
        if len(matches) == 1:
            return matches[0]
    return None


def normalize_image(ref):
    """docker.io/library/ubuntu -> ubuntu:latest, as docker shows it."""
    name = ref
    for prefix in ("docker.io/library/", "index.docker.io/library/", "docker.io/", "index.docker.io/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    last = name.rsplit("/", 1)[-1]
    if "@" not in name and ":" not in last:
        name += ":latest"
    return name


def valid_reference(ref):
    return bool(ref) and REFERENCE_RE.match(ref) is not None


def local_images():
    return [normalize_image(i) for i in simcommon.read_lines_setting("images", DEFAULT_LOCAL_IMAGES)]


def registry_images():
    return [normalize_image(i) for i in simcommon.read_lines_setting("registry-images", DEFAULT_REGISTRY_IMAGES)]


def add_local_image(name):
    with simcommon.locked():
        images = local_images()
        if name not in images:
            with open(simcommon.state_path("images"), "a", encoding="utf-8") as handle:
                handle.write(name + "\n")


def image_id(name):
    return "sha256:" + simcommon.stable_hex("image:" + name, 64)


def image_size(name):
    base = 26_000_000_000 if "verl" in name else 75_000_000
    return base + int(simcommon.stable_hex("size:" + name, 8), 16) % 3_000_000_000


def image_record(name):
    repo, _, tag = name.rpartition(":")
    created = time.time() - 86400 * (3 + int(simcommon.stable_hex("age:" + name, 2), 16) % 60)
    env = ["PATH=/usr/local/nvidia/bin:/usr/local/cuda/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
           "NVIDIA_VISIBLE_DEVICES=all", "NVIDIA_DRIVER_CAPABILITIES=compute,utility"]
    if "verl" in name:
        env += ["CUDA_VERSION=12.6.3", "PYTHONUNBUFFERED=1"]
    return {
        "Id": image_id(name),
        "RepoTags": [name],
        "RepoDigests": ["%s@sha256:%s" % (repo, simcommon.stable_hex("digest:" + name, 64))],
        "Parent": "",
        "Comment": "",
        "Created": simcommon.iso_time(created),
        "DockerVersion": "",
        "Author": "",
        "Config": {"Hostname": "", "Domainname": "", "User": "", "Env": env,
                   "Cmd": ["/bin/bash"], "WorkingDir": "/workspace" if "verl" in name else "",
                   "Entrypoint": None, "Labels": None},
        "Architecture": "amd64",
        "Os": "linux",
        "Size": image_size(name),
        "GraphDriver": {"Name": "overlay2", "Data": None},
        "RootFS": {"Type": "layers",
                   "Layers": ["sha256:" + simcommon.stable_hex("layer:%s:%d" % (name, i), 64) for i in range(layer_count(name))]},
        "Metadata": {"LastTagTime": "0001-01-01T00:00:00Z"},
        "_created_seconds": created,
    }


def public_image(record):
    return {k: v for k, v in record.items() if not k.startswith("_")}


def layer_count(name):
    return 7 if "verl" in name else 2


def gpu_count():
    return max(0, simcommon.read_int_setting("gpus", 2))


# --------------------------------------------------------------------------- modes

def daemon_error(api_path):
    """The failure of reaching the daemon for the current docker-mode, or None."""
    mode = simcommon.read_setting("docker-mode", "ok")
    if mode == "permission-denied" and os.environ.get("RAYDECK_SIM_SUDO") != "1":
        return ("permission denied while trying to connect to the Docker daemon socket at "
                "unix:///var/run/docker.sock: Get \"%s%s\": dial unix /var/run/docker.sock: "
                "connect: permission denied" % (SOCKET_URL, api_path))
    if mode == "daemon-down":
        return "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"
    return None


def require_daemon(api_path):
    problem = daemon_error(api_path)
    if problem is not None:
        raise DockerError(problem, 1)


# --------------------------------------------------------------------------- flag parsing

def parse_flags(command, args, flags, shorts, interspersed=False):
    """pflag-like parsing. Returns (options [(name, value)], positionals)."""
    options = []
    positionals = []
    i = 0
    usage = "See 'docker %s --help'." % command
    while i < len(args):
        arg = args[i]
        if arg == "--":
            positionals.extend(args[i + 1:])
            break
        if arg.startswith("--") and len(arg) > 2:
            name, has_value, value = arg[2:].partition("=")
            if name not in flags:
                raise DockerError("unknown flag: --%s\n%s" % (name, usage), 125)
            if flags[name]:
                if not has_value:
                    if i + 1 >= len(args):
                        raise DockerError("flag needs an argument: --%s\n%s" % (name, usage), 125)
                    i += 1
                    value = args[i]
                options.append((name, value))
            else:
                options.append((name, value if has_value else "true"))
            i += 1
            continue
        if arg.startswith("-") and len(arg) > 1:
            j = 1
            while j < len(arg):
                letter = arg[j]
                if letter not in shorts:
                    raise DockerError("unknown shorthand flag: '%s' in %s\n%s" % (letter, arg, usage), 125)
                name = shorts[letter]
                if flags[name]:
                    value = arg[j + 1:]
                    if value.startswith("="):
                        value = value[1:]
                    if not value:
                        if i + 1 >= len(args):
                            raise DockerError("flag needs an argument: '%s' in -%s\n%s" % (letter, letter, usage), 125)
                        i += 1
                        value = args[i]
                    options.append((name, value))
                    break
                options.append((name, "true"))
                j += 1
            i += 1
            continue
        if interspersed:
            positionals.append(arg)
            i += 1
            continue
        positionals.extend(args[i:])
        break
    return options, positionals


def option_values(options, *names):
    return [value for name, value in options if name in names]


def option_flag(options, *names):
    values = option_values(options, *names)
    return bool(values) and values[-1] not in ("false", "0")


def parse_size(text, flag):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kKmMgGtTpP]?)[iI]?[bB]?", text.strip())
    if not match:
        raise DockerError("invalid argument \"%s\" for \"%s\" flag: invalid size: '%s'\nSee 'docker run --help'."
                          % (text, flag, text), 125)
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40, "p": 1 << 50}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def parse_ulimit(text):
    name, _, limits = text.partition("=")
    soft, _, hard = limits.partition(":")
    bad = DockerError("invalid argument \"%s\" for \"--ulimit\" flag: invalid ulimit argument: %s\n"
                      "See 'docker run --help'." % (text, text), 125)
    if name not in ULIMIT_NAMES or not soft:
        raise bad
    try:
        soft_value = int(soft)
        hard_value = int(hard) if hard else soft_value
    except ValueError:
        raise bad from None
    if soft_value > hard_value and hard_value != -1:
        raise DockerError("invalid argument \"%s\" for \"--ulimit\" flag: ulimit soft limit must be less than or "
                          "equal to hard limit: %d > %d\nSee 'docker run --help'." % (text, soft_value, hard_value), 125)
    return {"Name": name, "Hard": hard_value, "Soft": soft_value}


def parse_gpus(text):
    request = {"Driver": "", "Count": 0, "DeviceIDs": None, "Capabilities": [["gpu"]], "Options": {}}
    value = text.strip().strip('"')
    if value == "all":
        request["Count"] = -1
    elif value.isdigit():
        request["Count"] = int(value)
    elif value.startswith("device="):
        request["DeviceIDs"] = [d for d in value[len("device="):].split(",") if d]
    elif value.startswith("count="):
        count = value[len("count="):].split(",")[0]
        request["Count"] = -1 if count == "all" else int(count) if count.isdigit() else 0
    else:
        raise DockerError("invalid argument \"%s\" for \"--gpus\" flag: unexpected key '%s' in '%s'\n"
                          "See 'docker run --help'." % (text, value.split("=")[0], value), 125)
    return request


def parse_env(values, env_files):
    env = []
    for path in env_files:
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    line = line.strip()
                    if line and not line.startswith("#"):
                        env.append(line if "=" in line else "%s=%s" % (line, os.environ.get(line, "")))
        except OSError as error:
            raise DockerError("docker: open %s: %s.\nSee 'docker run --help'." % (path, error.strerror.lower()), 125) from None
    for value in values:
        if "=" in value:
            env.append(value)
        elif value in os.environ:
            env.append("%s=%s" % (value, os.environ[value]))
    return env


# --------------------------------------------------------------------------- templates

def go_value(value):
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return "%d" % value
    if isinstance(value, list):
        return "[" + " ".join(go_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join("%s:%s" % (k, go_value(value[k])) for k in sorted(value)) + "]"
    return str(value)


_MISSING = object()


def template_lookup(obj, path):
    if path == ".":
        return obj
    value = obj
    for part in path.lstrip(".").split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return _MISSING
    return value


def render_template(template, obj):
    """The subset of Go templates people pass to docker --format: {{.A.B}} and {{json .A}}."""
    def replace(match):
        expression = match.group(1).strip()
        as_json = False
        if expression.startswith("json "):
            as_json = True
            expression = expression[5:].strip()
        elif expression.endswith("| json"):
            as_json = True
            expression = expression[:-6].strip()
        if not expression.startswith("."):
            raise DockerError("template parsing error: template: :1: function \"%s\" not defined"
                              % expression.split()[0], 1)
        value = template_lookup(obj, expression)
        if value is _MISSING:
            return "null" if as_json else "<no value>"
        return json.dumps(value, ensure_ascii=False) if as_json else go_value(value)
    text = template.replace("\\t", "\t").replace("\\n", "\n")
    return re.sub(r"\{\{(.*?)\}\}", replace, text)


def tabulate(rows):
    """Go tabwriter with padding 3, as docker prints tables."""
    if not rows:
        return []
    widths = [0] * max(len(r) for r in rows)
    for row in rows:
        for index, cell in enumerate(row[:-1]):
            widths[index] = max(widths[index], len(cell))
    lines = []
    for row in rows:
        cells = [cell.ljust(widths[index] + 3) if index < len(row) - 1 else cell for index, cell in enumerate(row)]
        lines.append("".join(cells).rstrip())
    return lines


def print_formatted(template, records, headers):
    """--format output: plain template per record, or 'table ...' with a header row."""
    if template.startswith("table"):
        body = template[5:].strip() or "\t".join("{{.%s}}" % h for h in headers)
        fields = re.findall(r"\{\{\s*\.(\w+)\s*\}\}", body)
        header = render_template(body, {f: headers.get(f, f.upper()) for f in fields})
        rows = [header.split("\t")] + [render_template(body, r).split("\t") for r in records]
        for line in tabulate(rows):
            out(line)
        return
    for record in records:
        out(render_template(template, record))


# --------------------------------------------------------------------------- containers

def state_record(status, exit_code=0, started=None, finished=None):
    zero = "0001-01-01T00:00:00Z"
    return {
        "Status": status,
        "Running": status == "running",
        "Paused": False,
        "Restarting": False,
        "OOMKilled": False,
        "Dead": False,
        "Pid": random.randint(2000, 60000) if status == "running" else 0,
        "ExitCode": exit_code,
        "Error": "",
        "StartedAt": started or zero,
        "FinishedAt": finished or zero,
    }


def inspect_container(record):
    public = {k: v for k, v in record.items() if not k.startswith("_")}
    return public


def new_container(name, image, options, command):
    """A container record from docker run/create options, or raise DockerError like the daemon."""
    host_config = {
        "Binds": None,
        "ContainerIDFile": "",
        "LogConfig": {"Type": "json-file", "Config": {}},
        "NetworkMode": "bridge",
        "PortBindings": {},
        "RestartPolicy": {"Name": "no", "MaximumRetryCount": 0},
        "AutoRemove": option_flag(options, "rm"),
        "VolumeDriver": "",
        "VolumesFrom": None,
        "CapAdd": None,
        "CapDrop": None,
        "CgroupnsMode": "private",
        "Dns": [],
        "DnsOptions": [],
        "DnsSearch": [],
        "ExtraHosts": None,
        "GroupAdd": None,
        "IpcMode": "private",
        "Cgroup": "",
        "Links": None,
        "OomScoreAdj": 0,
        "PidMode": "",
        "Privileged": option_flag(options, "privileged"),
        "PublishAllPorts": option_flag(options, "publish-all"),
        "ReadonlyRootfs": option_flag(options, "read-only"),
        "SecurityOpt": None,
        "UTSMode": "",
        "UsernsMode": "",
        "ShmSize": 67108864,
        "Runtime": "runc",
        "Isolation": "",
        "CpuShares": 0,
        "Memory": 0,
        "NanoCpus": 0,
        "DeviceRequests": None,
        "Ulimits": None,
        "Init": None,
    }
    mounts = []
    for name_, value in options:
        if name_ in ("network", "net"):
            if not value:
                raise DockerError("docker: invalid network mode.", 125)
            host_config["NetworkMode"] = value
        elif name_ == "shm-size":
            host_config["ShmSize"] = parse_size(value, "--shm-size")
        elif name_ == "ulimit":
            ulimit = parse_ulimit(value)
            host_config["Ulimits"] = [u for u in (host_config["Ulimits"] or []) if u["Name"] != ulimit["Name"]] + [ulimit]
        elif name_ == "gpus":
            host_config["DeviceRequests"] = [parse_gpus(value)]
        elif name_ == "runtime":
            host_config["Runtime"] = value
        elif name_ == "ipc":
            host_config["IpcMode"] = value
        elif name_ == "pid":
            host_config["PidMode"] = value
        elif name_ == "cap-add":
            host_config["CapAdd"] = (host_config["CapAdd"] or []) + [value]
        elif name_ == "cap-drop":
            host_config["CapDrop"] = (host_config["CapDrop"] or []) + [value]
        elif name_ == "security-opt":
            host_config["SecurityOpt"] = (host_config["SecurityOpt"] or []) + [value]
        elif name_ == "memory":
            host_config["Memory"] = parse_size(value, "--memory")
        elif name_ == "restart":
            policy, _, retries = value.partition(":")
            host_config["RestartPolicy"] = {"Name": policy, "MaximumRetryCount": int(retries) if retries.isdigit() else 0}
        elif name_ == "add-host":
            host_config["ExtraHosts"] = (host_config["ExtraHosts"] or []) + [value]
        elif name_ == "init":
            host_config["Init"] = value != "false"
        elif name_ == "volume":
            parts = value.split(":")
            if len(parts) < 2 or not parts[1]:
                if len(parts) == 1 and value.startswith("/"):
                    mounts.append({"Type": "volume", "Name": simcommon.random_hex(64), "Source": "",
                                   "Destination": value, "Driver": "local", "Mode": "", "RW": True, "Propagation": ""})
                    continue
                raise DockerError("docker: Error response from daemon: invalid volume specification: '%s'.\n"
                                  "See 'docker run --help'." % value, 125)
            source, destination = parts[0], parts[1]
            mode = parts[2] if len(parts) > 2 else ""
            if source.startswith("."):
                source = os.path.normpath(os.path.join(os.getcwd(), source))
            bind = "%s:%s:%s" % (source, destination, mode) if mode else "%s:%s" % (source, destination)
            host_config["Binds"] = (host_config["Binds"] or []) + [bind]
            if source.startswith("/"):
                mounts.append({"Type": "bind", "Source": source, "Destination": destination, "Mode": mode,
                               "RW": "ro" not in mode.split(","), "Propagation": "rprivate"})
            else:
                mounts.append({"Type": "volume", "Name": source,
                               "Source": "/var/lib/docker/volumes/%s/_data" % source,
                               "Destination": destination, "Driver": "local", "Mode": mode or "z",
                               "RW": "ro" not in mode.split(","), "Propagation": ""})

    requests = host_config["DeviceRequests"] or []
    if requests:
        wanted = max((r["Count"] for r in requests), default=0)
        if gpu_count() == 0 or wanted > gpu_count():
            raise DockerError("docker: Error response from daemon: could not select device driver \"\" with "
                              "capabilities: [[gpu]].", 125)

    image_config = image_record(image)["Config"]
    env = parse_env(option_values(options, "env"), option_values(options, "env-file"))
    env_names = {e.split("=", 1)[0] for e in env}
    full_env = env + [e for e in image_config["Env"] if e.split("=", 1)[0] not in env_names]
    entrypoint_values = option_values(options, "entrypoint")
    entrypoint = [entrypoint_values[-1]] if entrypoint_values and entrypoint_values[-1] else None
    cmd = command if command else (None if entrypoint else image_config["Cmd"])
    container_id = simcommon.random_hex(64)
    hostnames = option_values(options, "hostname")
    if hostnames:
        hostname = hostnames[-1]
    elif host_config["NetworkMode"] == "host":
        hostname = os.uname().nodename
    else:
        hostname = container_id[:12]
    workdirs = option_values(options, "workdir")
    labels = {}
    for label in option_values(options, "label"):
        key, _, value = label.partition("=")
        labels[key] = value
    path_and_args = (entrypoint or []) + (cmd or [])
    networks = {} if host_config["NetworkMode"] in ("host", "none") else {
        host_config["NetworkMode"]: {"IPAddress": "172.17.0.%d" % random.randint(2, 250), "Gateway": "172.17.0.1"}}
    if host_config["NetworkMode"] == "host":
        networks = {"host": {"IPAddress": "", "Gateway": ""}}
    return {
        "Id": container_id,
        "Created": simcommon.iso_time(),
        "Path": path_and_args[0] if path_and_args else "",
        "Args": path_and_args[1:],
        "State": state_record("created"),
        "Image": image_id(image),
        "ResolvConfPath": "/var/lib/docker/containers/%s/resolv.conf" % container_id,
        "HostnamePath": "/var/lib/docker/containers/%s/hostname" % container_id,
        "HostsPath": "/var/lib/docker/containers/%s/hosts" % container_id,
        "LogPath": "/var/lib/docker/containers/%s/%s-json.log" % (container_id, container_id),
        "Name": "/" + name,
        "RestartCount": 0,
        "Driver": "overlay2",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "docker-default",
        "ExecIDs": None,
        "HostConfig": host_config,
        "Mounts": mounts,
        "Config": {
            "Hostname": hostname,
            "Domainname": "",
            "User": (option_values(options, "user") or [""])[-1],
            "AttachStdin": False,
            "AttachStdout": not option_flag(options, "detach"),
            "AttachStderr": not option_flag(options, "detach"),
            "Tty": option_flag(options, "tty"),
            "OpenStdin": option_flag(options, "interactive"),
            "StdinOnce": False,
            "Env": full_env,
            "Cmd": cmd,
            "Image": image,
            "Volumes": None,
            "WorkingDir": workdirs[-1] if workdirs else image_config["WorkingDir"],
            "Entrypoint": entrypoint,
            "OnBuild": None,
            "Labels": labels,
        },
        "NetworkSettings": {"Networks": networks},
    }


def random_name(containers):
    while True:
        name = "%s_%s" % (random.choice(ADJECTIVES), random.choice(SCIENTISTS))
        if name not in containers:
            return name


def stop_ray_in(container_name):
    """Processes "inside" a container die with it: the Ray daemons started through docker exec."""
    import simray  # pylint: disable=import-outside-toplevel
    simray.stop_daemons(container=container_name)


def status_text(record):
    state = record["State"]
    if state["Status"] == "running":
        started = simcommon.parse_iso_time(state["StartedAt"])
        return "Up " + simcommon.human_duration(time.time() - started)
    if state["Status"] == "exited":
        finished = simcommon.parse_iso_time(state["FinishedAt"])
        return "Exited (%d) %s ago" % (state["ExitCode"], simcommon.human_duration(time.time() - finished))
    return "Created"


# --------------------------------------------------------------------------- commands

def cmd_version(args):
    options, _ = parse_flags("version", args, {"format": True, "help": False, "kubeconfig": True}, {"f": "format"})
    client = {"Platform": {"Name": "Docker Engine - Community"}, "Version": DOCKER_VERSION,
              "ApiVersion": API_VERSION, "DefaultAPIVersion": API_VERSION, "GitCommit": "afdd53b",
              "GoVersion": "go1.20.10", "Os": "linux", "Arch": "amd64", "BuildTime": "Thu Oct 26 09:07:41 2023",
              "Context": "default"}
    server = {"Platform": {"Name": "Docker Engine - Community"}, "Version": DOCKER_VERSION,
              "ApiVersion": API_VERSION, "MinAPIVersion": "1.12", "GitCommit": "311b9ff", "GoVersion": "go1.20.10",
              "Os": "linux", "Arch": "amd64", "KernelVersion": os.uname().release, "Experimental": False,
              "BuildTime": "2023-10-26T09:07:41.000000000+00:00",
              "Components": [{"Name": "Engine", "Version": DOCKER_VERSION},
                             {"Name": "containerd", "Version": "1.6.25"},
                             {"Name": "nvidia", "Version": "1.1.10"},
                             {"Name": "docker-init", "Version": "0.19.0"}]}
    problem = daemon_error("/version")
    formats = option_values(options, "format")
    if formats:
        print_formatted(formats[-1], [{"Client": client, "Server": None if problem else server}], {})
    else:
        out("Client: Docker Engine - Community")
        out(" Version:           %s" % DOCKER_VERSION)
        out(" API version:       %s" % API_VERSION)
        out(" Go version:        go1.20.10")
        out(" Git commit:        afdd53b")
        out(" Built:             Thu Oct 26 09:07:41 2023")
        out(" OS/Arch:           linux/amd64")
        out(" Context:           default")
        if not problem:
            out("")
            out("Server: Docker Engine - Community")
            out(" Engine:")
            out("  Version:          %s" % DOCKER_VERSION)
            out("  API version:      %s (minimum version 1.12)" % API_VERSION)
            out("  Go version:       go1.20.10")
            out("  Git commit:       311b9ff")
            out("  Built:            Thu Oct 26 09:07:41 2023")
            out("  OS/Arch:          linux/amd64")
            out("  Experimental:     false")
            out(" containerd:")
            out("  Version:          1.6.25")
            out("  GitCommit:        d8f198a4ed8892c764191ef7b3b06d8a2eeb5c7f")
            out(" nvidia:")
            out("  Version:          1.1.10")
            out("  GitCommit:        v1.1.10-0-g18a0cb0")
            out(" docker-init:")
            out("  Version:          0.19.0")
            out("  GitCommit:        de40ad0")
    if problem:
        raise DockerError(problem, 1)
    return 0


def cmd_info(args):
    options, _ = parse_flags("info", args, {"format": True, "help": False}, {"f": "format"})
    problem = daemon_error("/info")
    containers = load_containers()
    running = sum(1 for c in containers.values() if c["State"]["Status"] == "running")
    stopped = sum(1 for c in containers.values() if c["State"]["Status"] != "running")
    info = {
        "ID": simcommon.stable_hex("daemon:" + simcommon.state_dir(), 8).upper(),
        "Containers": len(containers), "ContainersRunning": running, "ContainersPaused": 0,
        "ContainersStopped": stopped, "Images": len(local_images()), "Driver": "overlay2",
        "DockerRootDir": "/var/lib/docker", "NCPU": 64, "MemTotal": 540_634_365_952,
        "Name": os.uname().nodename, "ServerVersion": DOCKER_VERSION, "OperatingSystem": "Ubuntu 22.04.4 LTS",
        "OSType": "linux", "Architecture": "x86_64", "KernelVersion": os.uname().release,
        "Runtimes": {"io.containerd.runc.v2": {"path": "runc"}, "nvidia": {"path": "nvidia-container-runtime"},
                     "runc": {"path": "runc"}},
        "DefaultRuntime": "runc", "CgroupDriver": "systemd", "CgroupVersion": "2",
        "LoggingDriver": "json-file", "Swarm": {"LocalNodeState": "inactive"},
    }
    formats = option_values(options, "format")
    if formats:
        if problem:
            raise DockerError(problem, 1)
        print_formatted(formats[-1], [info], {})
        return 0
    out("Client: Docker Engine - Community")
    out(" Version:    %s" % DOCKER_VERSION)
    out(" Context:    default")
    out(" Debug Mode: false")
    out(" Plugins:")
    out("  buildx: Docker Buildx (Docker Inc.)")
    out("    Version:  v0.11.2")
    out("    Path:     /usr/libexec/docker/cli-plugins/docker-buildx")
    out("")
    out("Server:")
    if problem:
        err("ERROR: " + problem)
        raise DockerError("errors pretty printing info", 1)
    out(" Containers: %d" % info["Containers"])
    out("  Running: %d" % running)
    out("  Paused: 0")
    out("  Stopped: %d" % stopped)
    out(" Images: %d" % info["Images"])
    out(" Server Version: %s" % DOCKER_VERSION)
    out(" Storage Driver: overlay2")
    out("  Backing Filesystem: extfs")
    out(" Logging Driver: json-file")
    out(" Cgroup Driver: systemd")
    out(" Cgroup Version: 2")
    out(" Runtimes: io.containerd.runc.v2 nvidia runc")
    out(" Default Runtime: runc")
    out(" Init Binary: docker-init")
    out(" Kernel Version: %s" % info["KernelVersion"])
    out(" Operating System: %s" % info["OperatingSystem"])
    out(" OSType: linux")
    out(" Architecture: x86_64")
    out(" CPUs: 64")
    out(" Total Memory: 503.5GiB")
    out(" Name: %s" % info["Name"])
    out(" ID: %s" % info["ID"])
    out(" Docker Root Dir: /var/lib/docker")
    out(" Debug Mode: false")
    out(" Experimental: false")
    out(" Insecure Registries:")
    out("  127.0.0.0/8")
    out(" Live Restore Enabled: false")
    return 0


def cmd_inspect(args, kind=None):
    options, refs = parse_flags("inspect", args, {"format": True, "size": False, "type": True, "help": False},
                                {"f": "format", "s": "size"}, interspersed=True)
    if not refs:
        raise DockerError("\"docker inspect\" requires at least 1 argument.\nSee 'docker inspect --help'.\n\n"
                          "Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]\n\n"
                          "Return low-level information on Docker objects", 1)
    types = option_values(options, "type")
    if types:
        kind = types[-1]
    require_daemon("/containers/%s/json" % refs[0])
    containers = load_containers()
    images = local_images()
    found = []
    missing = []
    for ref in refs:
        if kind in (None, "container"):
            name = find_container(containers, ref)
            if name is not None:
                found.append(inspect_container(containers[name]))
                continue
        if kind in (None, "image"):
            normalized = normalize_image(ref) if valid_reference(ref) else None
            match = None
            if normalized in images:
                match = normalized
            else:
                for image in images:
                    if image_id(image) in (ref, "sha256:" + ref) or (len(ref) >= 4 and image_id(image)[7:].startswith(ref)):
                        match = image
            if match:
                found.append(public_image(image_record(match)))
                continue
        missing.append(ref)
    formats = option_values(options, "format")
    if formats:
        for record in found:
            out(render_template(formats[-1], record))
    else:
        out(json.dumps(found, indent=4, ensure_ascii=False))
    if missing:
        noun = {"container": "container", "image": "image"}.get(kind, "object")
        for ref in missing:
            err("Error: No such %s: %s" % (noun, ref))
        return 1
    return 0


def pull_image(ref, stream, quiet=False):
    """Simulates the registry pull with layer progress lines; returns the normalized name."""
    name = normalize_image(ref)
    if name not in registry_images():
        repo = name.rsplit(":", 1)[0]
        raise DockerError("Error response from daemon: pull access denied for %s, repository does not exist or may "
                          "require 'docker login': denied: requested access to the resource is denied" % repo, 1)
    repo, _, tag = name.rpartition(":")
    layers = [simcommon.stable_hex("layer:%s:%d" % (name, i), 12) for i in range(layer_count(name))]
    total_seconds = max(0.0, simcommon.read_float_setting("pull-seconds", 1.0))
    tick = total_seconds / (len(layers) * 3 + 1)

    def emit(line):
        if not quiet:
            stream.write(line + "\n")
            stream.flush()

    emit("%s: Pulling from %s" % (tag, repo if "/" in repo else "library/" + repo))
    for layer in layers:
        emit("%s: Pulling fs layer" % layer)
    for index, layer in enumerate(layers[1:], start=1):
        if index > 2:
            emit("%s: Waiting" % layer)
    for layer in layers:
        time.sleep(tick)
        emit("%s: Verifying Checksum" % layer)
        emit("%s: Download complete" % layer)
    for layer in layers:
        time.sleep(tick * 2)
        emit("%s: Pull complete" % layer)
    emit("Digest: sha256:%s" % simcommon.stable_hex("digest:" + name, 64))
    emit("Status: Downloaded newer image for %s" % name)
    add_local_image(name)
    return name


def cmd_pull(args):
    options, refs = parse_flags("pull", args, {"all-tags": False, "disable-content-trust": False, "platform": True,
                                               "quiet": False, "help": False}, {"a": "all-tags", "q": "quiet"})
    if len(refs) != 1:
        raise DockerError("\"docker pull\" requires exactly 1 argument.\nSee 'docker pull --help'.\n\n"
                          "Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry", 1)
    ref = refs[0]
    if not valid_reference(ref):
        raise DockerError("invalid reference format", 1)
    require_daemon("/images/create?fromImage=%s" % ref)
    name = normalize_image(ref)
    quiet = option_flag(options, "quiet")
    if name in local_images():
        repo, _, tag = name.rpartition(":")
        if not quiet:
            out("%s: Pulling from %s" % (tag, repo if "/" in repo else "library/" + repo))
            out("Digest: sha256:%s" % simcommon.stable_hex("digest:" + name, 64))
            out("Status: Image is up to date for %s" % name)
    else:
        pull_image(ref, sys.stdout, quiet=quiet)
    out(("docker.io/" + name) if "/" in name.split(":")[0] and "." not in name.split("/")[0]
        else ("docker.io/library/" + name) if "/" not in name.split(":")[0] else name)
    return 0


def cmd_images(args):
    options, positionals = parse_flags("images", args, {"all": False, "digests": False, "filter": True,
                                                        "format": True, "no-trunc": False, "quiet": False,
                                                        "help": False},
                                       {"a": "all", "f": "filter", "q": "quiet"})
    require_daemon("/images/json")
    records = []
    for name in local_images():
        if positionals and not (name == normalize_image(positionals[0]) or name.startswith(positionals[0] + ":")):
            continue
        image = image_record(name)
        repo, _, tag = name.rpartition(":")
        short = image["Id"][7:19] if not option_flag(options, "no-trunc") else image["Id"]
        records.append({"Repository": repo, "Tag": tag, "ID": short, "Digest": image["RepoDigests"][0].split("@")[1],
                        "CreatedSince": simcommon.human_duration(time.time() - image["_created_seconds"]) + " ago",
                        "CreatedAt": time.strftime("%Y-%m-%d %H:%M:%S +0000 UTC", time.gmtime(image["_created_seconds"])),
                        "Size": simcommon.human_size(image["Size"]), "VirtualSize": simcommon.human_size(image["Size"]),
                        "Containers": "N/A", "SharedSize": "N/A", "UniqueSize": "N/A"})
    if option_flag(options, "quiet"):
        for record in records:
            out(record["ID"])
        return 0
    formats = option_values(options, "format")
    headers = {"Repository": "REPOSITORY", "Tag": "TAG", "ID": "IMAGE ID", "CreatedSince": "CREATED",
               "Size": "SIZE", "Digest": "DIGEST", "CreatedAt": "CREATED AT"}
    if formats:
        print_formatted(formats[-1], records, headers)
        return 0
    rows = [["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]]
    rows += [[r["Repository"], r["Tag"], r["ID"], r["CreatedSince"], r["Size"]] for r in records]
    for line in tabulate(rows):
        out(line)
    return 0


def cmd_ps(args):
    options, _ = parse_flags("ps", args, {"all": False, "filter": True, "format": True, "last": True,
                                          "latest": False, "no-trunc": False, "quiet": False, "size": False,
                                          "help": False},
                             {"a": "all", "f": "filter", "n": "last", "l": "latest", "q": "quiet", "s": "size"})
    require_daemon("/containers/json")
    containers = load_containers()
    show_all = option_flag(options, "all")
    filters = option_values(options, "filter")
    no_trunc = option_flag(options, "no-trunc")
    records = []
    for name, record in sorted(containers.items(), key=lambda item: item[1]["Created"], reverse=True):
        status = record["State"]["Status"]
        if status != "running" and not show_all:
            continue
        keep = True
        for spec in filters:
            key, _, value = spec.partition("=")
            if key == "name" and not re.search(value, name):
                keep = False
            elif key == "status" and value != status:
                keep = False
            elif key == "id" and not record["Id"].startswith(value):
                keep = False
            elif key == "ancestor" and normalize_image(value) != record["Config"]["Image"]:
                keep = False
            elif key == "label":
                label_key, _, label_value = value.partition("=")
                labels = record["Config"].get("Labels") or {}
                if label_key not in labels or (label_value and labels[label_key] != label_value):
                    keep = False
        if not keep:
            continue
        command = " ".join([record["Path"]] + record["Args"]).strip()
        if not no_trunc and len(command) > 20:
            command = command[:19] + "…"
        created = simcommon.parse_iso_time(record["Created"])
        records.append({"ID": record["Id"] if no_trunc else record["Id"][:12], "Image": record["Config"]["Image"],
                        "Command": '"%s"' % command,
                        "CreatedAt": time.strftime("%Y-%m-%d %H:%M:%S +0000 UTC", time.gmtime(created)),
                        "RunningFor": simcommon.human_duration(time.time() - created) + " ago",
                        "Ports": "", "State": status, "Status": status_text(record), "Names": name,
                        "Labels": ",".join("%s=%s" % kv for kv in (record["Config"].get("Labels") or {}).items()),
                        "Mounts": ",".join(m.get("Name") or m.get("Source", "") for m in record["Mounts"]),
                        "Networks": ",".join(record["NetworkSettings"]["Networks"].keys()),
                        "Size": "0B"})
    if option_flag(options, "quiet"):
        for record in records:
            out(record["ID"])
        return 0
    formats = option_values(options, "format")
    headers = {"ID": "CONTAINER ID", "Image": "IMAGE", "Command": "COMMAND", "CreatedAt": "CREATED AT",
               "RunningFor": "CREATED", "Ports": "PORTS", "State": "STATE", "Status": "STATUS", "Names": "NAMES",
               "Labels": "LABELS", "Mounts": "MOUNTS", "Networks": "NETWORKS", "Size": "SIZE"}
    if formats:
        print_formatted(formats[-1], records, headers)
        return 0
    rows = [["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]]
    rows += [[r["ID"], r["Image"], r["Command"], r["RunningFor"], r["Status"], r["Ports"], r["Names"]]
             for r in records]
    for line in tabulate(rows):
        out(line)
    return 0


def create_container(command, args):
    """Shared by run and create: parse, resolve the image (pulling if allowed), store the record."""
    flags = dict(RUN_FLAGS)
    if command == "create":
        flags.pop("detach")
        flags.pop("sig-proxy")
        flags.pop("detach-keys")
    options, positionals = parse_flags(command, args, flags, {k: v for k, v in RUN_SHORT.items() if v in flags})
    if option_flag(options, "help"):
        out("Usage:  docker %s [OPTIONS] IMAGE [COMMAND] [ARG...]" % command)
        return None, options
    if not positionals:
        raise DockerError("\"docker %s\" requires at least 1 argument.\nSee 'docker %s --help'.\n\n"
                          "Usage:  docker %s [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n%s"
                          % (command, command, command,
                             "Create and run a new container from an image" if command == "run"
                             else "Create a new container"), 1)
    problem = daemon_error("/containers/create")
    if problem:
        raise DockerError("docker: %s.\nSee 'docker %s --help'." % (problem, command), 1)
    ref, cmd = positionals[0], positionals[1:]
    if not valid_reference(ref):
        raise DockerError("docker: invalid reference format.\nSee 'docker %s --help'." % command, 125)
    image = normalize_image(ref)
    names = option_values(options, "name")
    name = names[-1] if names else None
    if name is not None and not NAME_RE.match(name):
        raise DockerError("docker: Error response from daemon: Invalid container name (%s), only "
                          "[a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.\nSee 'docker %s --help'." % (name, command), 125)
    pull_policy = (option_values(options, "pull") or ["missing"])[-1]
    if image not in local_images() or pull_policy == "always":
        if pull_policy == "never":
            raise DockerError("docker: Error response from daemon: No such image: %s.\nSee 'docker %s --help'."
                              % (image, command), 125)
        if image not in local_images():
            err("Unable to find image '%s' locally" % image)
        try:
            pull_image(image, sys.stderr, quiet=option_flag(options, "quiet"))
        except DockerError as error:
            raise DockerError("docker: %s.\nSee 'docker %s --help'." % (error.message, command), 125) from None
    with simcommon.locked():
        containers = load_containers()
        if name is not None:
            name = name.lstrip("/")
            if name in containers:
                raise DockerError("docker: Error response from daemon: Conflict. The container name \"/%s\" is "
                                  "already in use by container \"%s\". You have to remove (or rename) that "
                                  "container to be able to reuse that name.\nSee 'docker %s --help'."
                                  % (name, containers[name]["Id"], command), 125)
        else:
            name = random_name(containers)
        try:
            record = new_container(name, image, options, cmd)
        except DockerError as error:
            if not error.message.startswith("docker:") and "See 'docker" not in error.message:
                error.message = "docker: " + error.message
            raise
        record["_argv"] = [command] + list(args)
        containers[name] = record
        save_containers(containers)
    return name, options


def set_running(name):
    with simcommon.locked():
        containers = load_containers()
        record = containers[name]
        if record["State"]["Status"] != "running":
            record["State"] = state_record("running", started=simcommon.iso_time())
            save_containers(containers)


def set_exited(name, exit_code):
    with simcommon.locked():
        containers = load_containers()
        if name not in containers:
            return
        record = containers[name]
        if record["HostConfig"].get("AutoRemove"):
            del containers[name]
        else:
            started = record["State"]["StartedAt"]
            record["State"] = state_record("exited", exit_code=exit_code, started=started,
                                           finished=simcommon.iso_time())
        save_containers(containers)


def container_env(record, extra):
    env = dict(os.environ)
    for entry in record["Config"]["Env"]:
        key, _, value = entry.partition("=")
        if key != "PATH":  # keep the session PATH so the stand-ins stay visible "inside" the container
            env[key] = value
    for entry in extra:
        key, _, value = entry.partition("=")
        env[key] = value
    env["RAYDECK_SIM_CONTAINER"] = record["Name"].lstrip("/")
    env["HOSTNAME"] = record["Config"]["Hostname"]
    # Inside the container `python3` has verl (container-bin/python3); the host's own stand-ins keep
    # their absolute /usr/bin/python3 interpreter.
    container_bin = os.path.join(simcommon.simhost_dir(), "container-bin")
    env["PATH"] = container_bin + os.pathsep + env.get("PATH", "")
    return env


def resolve_command(command, env):
    """Like runc: a missing executable is an OCI error, not a shell error."""
    program = command[0]
    if "/" in program:
        return os.access(program, os.X_OK)
    return shutil.which(program, path=env.get("PATH", "")) is not None


def cmd_run(args):
    name, options = create_container("run", args)
    if name is None:
        return 0
    containers = load_containers()
    record = containers[name]
    command = ([record["Path"]] if record["Path"] else []) + record["Args"]
    if option_flag(options, "detach"):
        set_running(name)
        out(record["Id"])
        return 0
    # Attached: run the command on this host, then the container exits with its status.
    env = container_env(record, [])
    if not command or not resolve_command(command, env):
        set_exited(name, 127)
        raise DockerError("docker: Error response from daemon: failed to create task for container: failed to "
                          "create shim task: OCI runtime create failed: runc create failed: unable to start "
                          "container process: exec: \"%s\": executable file not found in $PATH: unknown."
                          % (command[0] if command else ""), 127)
    set_running(name)
    workdir = record["Config"]["WorkingDir"]
    cwd = workdir if workdir and os.path.isdir(workdir) else None
    try:
        result = subprocess.run(command, env=env, cwd=cwd, check=False)
        code = result.returncode if result.returncode >= 0 else 128 - result.returncode
    except KeyboardInterrupt:
        code = 130
    set_exited(name, code)
    return code


def cmd_create(args):
    name, _ = create_container("create", args)
    if name is None:
        return 0
    out(load_containers()[name]["Id"])
    return 0


def no_such_container(ref):
    return "Error response from daemon: No such container: %s" % ref


def cmd_start(args):
    options, refs = parse_flags("start", args, {"attach": False, "interactive": False, "detach-keys": True,
                                                "help": False}, {"a": "attach", "i": "interactive"})
    if not refs:
        raise DockerError("\"docker start\" requires at least 1 argument.\nSee 'docker start --help'.\n\n"
                          "Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]\n\nStart one or more stopped containers", 1)
    require_daemon("/containers/%s/start" % refs[0])
    failed = []
    for ref in refs:
        with simcommon.locked():
            containers = load_containers()
            name = find_container(containers, ref)
            if name is None:
                err(no_such_container(ref))
                failed.append(ref)
                continue
            record = containers[name]
            if record["State"]["Status"] != "running":
                record["State"] = state_record("running", started=simcommon.iso_time())
                save_containers(containers)
        out(ref)
    if failed:
        raise DockerError("Error: failed to start containers: %s" % ", ".join(failed), 1)
    return 0


def cmd_stop(args, command="stop"):
    options, refs = parse_flags(command, args, {"time": True, "signal": True, "help": False},
                                {"t": "time", "s": "signal"})
    if not refs:
        raise DockerError("\"docker %s\" requires at least 1 argument.\nSee 'docker %s --help'." % (command, command), 1)
    require_daemon("/containers/%s/%s" % (refs[0], command))
    failed = False
    for ref in refs:
        with simcommon.locked():
            containers = load_containers()
            name = find_container(containers, ref)
            if name is None:
                err(no_such_container(ref))
                failed = True
                continue
            record = containers[name]
            was_running = record["State"]["Status"] == "running"
            if was_running:
                # sleep infinity ignores SIGTERM as PID 1, so the daemon ends it with SIGKILL.
                started = record["State"]["StartedAt"]
                if record["HostConfig"].get("AutoRemove"):
                    del containers[name]
                else:
                    record["State"] = state_record("exited", exit_code=137, started=started,
                                                   finished=simcommon.iso_time())
                save_containers(containers)
            elif command == "kill":
                err("Error response from daemon: Cannot kill container: %s: Container %s is not running"
                    % (ref, record["Id"]))
                failed = True
                continue
        if was_running:
            stop_ray_in(name)
        out(ref)
    return 1 if failed else 0


def cmd_restart(args):
    code = cmd_stop(args, "restart")
    if code == 0:
        _, refs = parse_flags("restart", args, {"time": True, "signal": True, "help": False},
                              {"t": "time", "s": "signal"})
        for ref in refs:
            with simcommon.locked():
                containers = load_containers()
                name = find_container(containers, ref)
                if name is not None:
                    containers[name]["State"] = state_record("running", started=simcommon.iso_time())
                    save_containers(containers)
    return code


def cmd_rm(args):
    options, refs = parse_flags("rm", args, {"force": False, "link": False, "volumes": False, "help": False},
                                {"f": "force", "l": "link", "v": "volumes"})
    if not refs:
        raise DockerError("\"docker rm\" requires at least 1 argument.\nSee 'docker rm --help'.", 1)
    require_daemon("/containers/%s" % refs[0])
    force = option_flag(options, "force")
    failed = False
    for ref in refs:
        with simcommon.locked():
            containers = load_containers()
            name = find_container(containers, ref)
            if name is None:
                if not force:
                    err(no_such_container(ref))
                    failed = True
                continue
            record = containers[name]
            running = record["State"]["Status"] == "running"
            if running and not force:
                err("Error response from daemon: You cannot remove a running container %s. Stop the container "
                    "before attempting removal or force remove" % record["Id"])
                failed = True
                continue
            del containers[name]
            save_containers(containers)
        if running:
            stop_ray_in(name)
        out(ref)
    return 1 if failed else 0


def cmd_logs(args):
    _, refs = parse_flags("logs", args, {"details": False, "follow": False, "since": True, "tail": True,
                                         "timestamps": False, "until": True, "help": False},
                          {"f": "follow", "n": "tail", "t": "timestamps"})
    if len(refs) != 1:
        raise DockerError("\"docker logs\" requires exactly 1 argument.\nSee 'docker logs --help'.", 1)
    require_daemon("/containers/%s/logs" % refs[0])
    if find_container(load_containers(), refs[0]) is None:
        raise DockerError(no_such_container(refs[0]), 1)
    return 0


def cmd_exec(args):
    options, positionals = parse_flags("exec", args, EXEC_FLAGS, EXEC_SHORT)
    if option_flag(options, "help"):
        out("Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]")
        return 0
    if len(positionals) < 2:
        raise DockerError("\"docker exec\" requires at least 2 arguments.\nSee 'docker exec --help'.\n\n"
                          "Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\n"
                          "Execute a command in a running container", 1)
    ref, command = positionals[0], positionals[1:]
    require_daemon("/containers/%s/json" % ref)
    containers = load_containers()
    name = find_container(containers, ref)
    if name is None:
        raise DockerError(no_such_container(ref), 1)
    record = containers[name]
    if record["State"]["Status"] != "running":
        raise DockerError("Error response from daemon: Container %s is not running" % record["Id"], 1)
    if option_flag(options, "tty") and not os.isatty(0):
        raise DockerError("the input device is not a TTY", 1)
    env = container_env(record, parse_env(option_values(options, "env"), option_values(options, "env-file")))
    if not resolve_command(command, env):
        raise DockerError("OCI runtime exec failed: exec failed: unable to start container process: exec: \"%s\": "
                          "executable file not found in $PATH: unknown" % command[0], 126)
    workdirs = option_values(options, "workdir")
    workdir = workdirs[-1] if workdirs else record["Config"]["WorkingDir"]
    if workdir and os.path.isdir(workdir):
        os.chdir(workdir)
        env["PWD"] = workdir
    if not option_flag(options, "interactive"):
        # Without -i docker does not forward stdin; the command reads EOF.
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
    if option_flag(options, "detach"):
        subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
        return 0
    sys.stdout.flush()
    sys.stderr.flush()
    os.execvpe(command[0], command, env)
    return 127


COMMANDS = {
    "version": cmd_version, "info": cmd_info, "inspect": cmd_inspect, "pull": cmd_pull, "images": cmd_images,
    "ps": cmd_ps, "run": cmd_run, "create": cmd_create, "start": cmd_start, "stop": cmd_stop,
    "restart": cmd_restart, "kill": lambda a: cmd_stop(a, "kill"), "rm": cmd_rm, "logs": cmd_logs,
    "exec": cmd_exec,
}
MANAGEMENT = {
    ("container", "inspect"): lambda a: cmd_inspect(a, "container"),
    ("container", "ls"): cmd_ps, ("container", "list"): cmd_ps, ("container", "ps"): cmd_ps,
    ("container", "run"): cmd_run, ("container", "create"): cmd_create, ("container", "start"): cmd_start,
    ("container", "stop"): cmd_stop, ("container", "restart"): cmd_restart, ("container", "rm"): cmd_rm,
    ("container", "kill"): lambda a: cmd_stop(a, "kill"), ("container", "logs"): cmd_logs,
    ("container", "exec"): cmd_exec,
    ("image", "inspect"): lambda a: cmd_inspect(a, "image"), ("image", "ls"): cmd_images,
    ("image", "list"): cmd_images, ("image", "pull"): cmd_pull,
    ("system", "info"): cmd_info,
}
GLOBAL_VALUE_FLAGS = {"--config", "--context", "-c", "--host", "-H", "--log-level", "-l", "--tlscacert",
                      "--tlscert", "--tlskey"}
GLOBAL_BOOL_FLAGS = {"--debug", "-D", "--tls", "--tlsverify"}


def main(argv):
    args = list(argv[1:])
    simcommon.record_argv("docker", args)
    if simcommon.read_setting("docker-mode", "ok") == "not-installed":
        err("bash: line 1: docker: command not found")
        return 127
    while args and args[0].startswith("-"):
        flag = args[0].split("=", 1)[0]
        if args[0] in ("--version", "-v"):
            out("Docker version %s, build afdd53b" % DOCKER_VERSION)
            return 0
        if flag in GLOBAL_VALUE_FLAGS:
            args = args[1:] if "=" in args[0] else args[2:]
        elif flag in GLOBAL_BOOL_FLAGS:
            args = args[1:]
        else:
            err("unknown flag: %s\nSee 'docker --help'." % args[0])
            return 125
    if not args:
        out("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers (simulated)")
        return 0
    try:
        if len(args) >= 2 and (args[0], args[1]) in MANAGEMENT:
            return MANAGEMENT[(args[0], args[1])](args[2:])
        if args[0] in COMMANDS:
            return COMMANDS[args[0]](args[1:])
        err("docker: '%s' is not a docker command.\nSee 'docker --help'" % args[0])
        return 1
    except DockerError as error:
        sys.stdout.flush()
        err(error.message)
        return error.code
    except BrokenPipeError:
        return 1

# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared plumbing of the simulated GPU host's stand-ins (docker, ray, sudo, nvidia-smi).

Everything the stand-ins know lives in files under $RAYDECK_SIM_STATE, so separate
SSH sessions (and separate processes) see one consistent world. Writers take an
exclusive flock on $RAYDECK_SIM_STATE/.lock; JSON files are replaced atomically.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import random
import sys
import time

STATE_ENV = "RAYDECK_SIM_STATE"


def state_dir():
    """The per-server state directory; stand-ins refuse to run without one."""
    path = os.environ.get(STATE_ENV, "")
    if not path:
        sys.stderr.write(
            "simulated host: RAYDECK_SIM_STATE is not set; the stand-ins only run inside a "
            "session of the simulated sshd (tests/simhost/start-sshd.sh)\n")
        sys.exit(2)
    os.makedirs(path, exist_ok=True)
    return path


def state_path(*parts):
    return os.path.join(state_dir(), *parts)


def simhost_dir():
    """tests/simhost (the folder holding this module)."""
    return os.path.dirname(os.path.realpath(__file__))


def record_argv(program, argv):
    """Appends ["program", arg1, ...] as one JSON line to argv.log.

    Arguments are kept as the exact strings received (bytes that are not UTF-8 are
    written back unchanged), so tests can check that hostile values arrived literally.
    """
    line = json.dumps([program] + list(argv), ensure_ascii=False) + "\n"
    data = line.encode("utf-8", "surrogateescape")
    fd = os.open(state_path("argv.log"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, data)
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked():
    """Exclusive lock over the whole simulated world (short critical sections only)."""
    fd = os.open(state_path(".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def read_json(path, default):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return default


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, path)


def read_setting(name, default=""):
    """First line of $RAYDECK_SIM_STATE/<name>, stripped, or default when absent/empty."""
    try:
        with open(state_path(name), encoding="utf-8") as handle:
            value = handle.read().strip()
    except OSError:
        return default
    return value if value else default


def read_float_setting(name, default):
    try:
        return float(read_setting(name, str(default)))
    except ValueError:
        return default


def read_int_setting(name, default):
    try:
        return int(read_setting(name, str(default)))
    except ValueError:
        return default


def read_lines_setting(name, default_lines):
    """Non-empty, non-comment lines of a list file; the defaults are written when it is absent."""
    path = state_path(name)
    if not os.path.exists(path):
        with locked():
            if not os.path.exists(path):
                tmp = "%s.tmp.%d" % (path, os.getpid())
                with open(tmp, "w", encoding="utf-8") as handle:
                    handle.write("".join(line + "\n" for line in default_lines))
                os.replace(tmp, path)
    try:
        with open(path, encoding="utf-8") as handle:
            return [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    except OSError:
        return list(default_lines)


def now_ms():
    return int(time.time() * 1000)


def stable_hex(text, length):
    """Deterministic hex digits derived from text (image ids, digests)."""
    out = ""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(("%s/%d" % (text, counter)).encode("utf-8", "surrogateescape")).hexdigest()
        counter += 1
    return out[:length]


def random_hex(length):
    return "".join(random.choice("0123456789abcdef") for _ in range(length))


def iso_time(seconds=None):
    """Docker's RFC 3339 time with nanoseconds, e.g. 2025-06-01T12:00:00.123456789Z."""
    if seconds is None:
        seconds = time.time()
    base = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    return "%s.%09dZ" % (base, int((seconds % 1) * 1e9))


def parse_iso_time(text):
    try:
        return time.mktime(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone
    except (ValueError, TypeError):
        return time.time()


def human_duration(seconds):
    """Docker's units.HumanDuration ("About a minute", "3 hours", ...)."""
    seconds = int(seconds)
    if seconds < 1:
        return "Less than a second"
    if seconds == 1:
        return "1 second"
    if seconds < 60:
        return "%d seconds" % seconds
    minutes = seconds // 60
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return "%d minutes" % minutes
    hours = round(seconds / 3600)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return "%d hours" % hours
    if hours < 24 * 7 * 2:
        return "%d days" % (hours // 24)
    if hours < 24 * 30 * 2:
        return "%d weeks" % (hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return "%d months" % (hours // 24 // 30)
    return "%d years" % (hours // 24 // 365)


def human_size(size):
    """Docker's units.HumanSize (decimal units, 3 significant digits)."""
    units = ["B", "kB", "MB", "GB", "TB"]
    value = float(size)
    index = 0
    while value >= 1000 and index < len(units) - 1:
        value /= 1000.0
        index += 1
    text = "%.4g" % value
    if "e" in text:
        text = "%.0f" % value
    return "%s%s" % (text, units[index])


def process_alive(pid):
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours still answers kill(0); look at its state.
    try:
        with open("/proc/%d/stat" % pid, encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return fields[0] != "Z"
    except (OSError, IndexError):
        return True


def out(text=""):
    sys.stdout.write(text + "\n")


def err(text=""):
    sys.stderr.write(text + "\n")

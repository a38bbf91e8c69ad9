# SPDX-License-Identifier: GPL-3.0-or-later
"""A Ray worker node stand-in: started by `ray start --address=HOST:PORT`.

Connects to the head stand-in's GCS port (retrying until the connect timeout, as a
worker started before its head does), registers this node, and stays connected:
the head counts the node as alive for as long as the connection lives. Exits on
SIGTERM (`ray stop`, saying goodbye first), when the head goes away, or when
$RAYDECK_SIM_STATE disappears.
"""

import json
import os
import signal
import socket
import sys
import threading
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import simcommon  # noqa: E402  pylint: disable=wrong-import-position


def connect(address, timeout):
    host, _, port = address.rpartition(":")
    deadline = time.monotonic() + timeout
    while True:
        try:
            return socket.create_connection((host, int(port)), timeout=max(0.1, deadline - time.monotonic()))
        except OSError:
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.1)


def main():
    config = json.loads(sys.argv[1])
    ready = os.fdopen(config["ready_fd"], "w")
    state = config["state"]
    worker_file = os.path.join(state, "ray", "worker.json")
    address = config["head_address"]
    connection = connect(address, config["connect_timeout"])
    failure = ("ConnectionError: Unable to connect to GCS (ray head) at %s. Check that (1) Ray with matching version "
               "started successfully at the specified address, (2) this node can reach the specified address, and "
               "(3) there is no firewall setting preventing access." % address)
    if connection is None:
        ready.write("ERR %s\n" % failure)
        ready.close()
        return 1
    connection.settimeout(5)
    reader = connection.makefile("rb")
    try:
        connection.sendall((json.dumps({"op": "register", "node": config["node"]}) + "\n").encode("utf-8"))
        reply = json.loads(reader.readline().decode("utf-8"))
    except (OSError, ValueError):
        reply = {"ok": False}
    if not reply.get("ok"):
        ready.write("ERR %s\n" % failure)
        ready.close()
        return 1
    connection.settimeout(None)
    info = {"pid": os.getpid(), "node_id": config["node"]["node_id"], "node_ip": config["node"]["node_ip"],
            "head_address": address, "head_node_id": reply.get("head_node_id"),
            "container": config.get("container", ""), "argv": config.get("argv", []),
            "resources": config["node"]["resources"], "started_ms": simcommon.now_ms()}
    simcommon.write_json(worker_file, info)

    done = threading.Event()
    goodbye = threading.Event()
    head_closed = threading.Event()

    def shutdown(*_):
        goodbye.set()
        done.set()

    def watch_head():
        # The head never sends anything after the registration reply; EOF means it is gone.
        try:
            reader.read()
        except OSError:
            pass
        head_closed.set()
        done.set()

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    threading.Thread(target=watch_head, daemon=True).start()
    ready.write("OK %s\n" % json.dumps(info))
    ready.close()
    while not done.wait(0.3):
        current = simcommon.read_json(worker_file, None) if os.path.isdir(state) else None
        if not current or current.get("pid") != os.getpid():
            break
    if goodbye.is_set():
        # Wait until the head has dropped this node, so `ray status` right after `ray stop` is exact.
        try:
            connection.sendall(b'{"op": "bye"}\n')
            head_closed.wait(3)
        except OSError:
            pass
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    current = simcommon.read_json(worker_file, None)
    if current and current.get("pid") == os.getpid():
        try:
            os.remove(worker_file)
        except OSError:
            pass
    os._exit(0)  # pylint: disable=protected-access


if __name__ == "__main__":
    sys.exit(main())

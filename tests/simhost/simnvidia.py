# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in for nvidia-smi: $RAYDECK_SIM_STATE/gpus simulated GPUs (default 2).

The GPUs look busy (high utilisation, most memory used) while the Ray head
stand-in runs a job, as read from $RAYDECK_SIM_STATE/ray/gpu-busy.
With gpus = 0 it fails like a host whose driver is not loaded.
"""

import random
import time

import simcommon
from simcommon import err, out

GPU_NAME = "NVIDIA A100-SXM4-80GB"
MEMORY_TOTAL = 81920
DRIVER = "550.54.15"
CUDA = "12.4"

# field -> (header with unit, header without unit, unit suffix)
FIELDS = {
    "index": ("index", "index", ""),
    "name": ("name", "name", ""),
    "gpu_name": ("name", "name", ""),
    "uuid": ("uuid", "uuid", ""),
    "gpu_uuid": ("uuid", "uuid", ""),
    "pci.bus_id": ("pci.bus_id", "pci.bus_id", ""),
    "driver_version": ("driver_version", "driver_version", ""),
    "utilization.gpu": ("utilization.gpu [%]", "utilization.gpu", " %"),
    "utilization.memory": ("utilization.memory [%]", "utilization.memory", " %"),
    "memory.total": ("memory.total [MiB]", "memory.total", " MiB"),
    "memory.used": ("memory.used [MiB]", "memory.used", " MiB"),
    "memory.free": ("memory.free [MiB]", "memory.free", " MiB"),
    "temperature.gpu": ("temperature.gpu", "temperature.gpu", ""),
    "power.draw": ("power.draw [W]", "power.draw", " W"),
    "power.limit": ("power.limit [W]", "power.limit", " W"),
    "count": ("count", "count", ""),
}


def gpus():
    count = max(0, simcommon.read_int_setting("gpus", 2))
    busy = simcommon.read_int_setting("ray/gpu-busy", 0)
    rng = random.Random(int(time.time() * 2))
    result = []
    for index in range(count):
        active = index < busy
        used = (62000 + rng.randint(0, 9000)) if active else 4
        utilization = rng.randint(82, 99) if active else 0
        result.append({
            "index": str(index),
            "name": GPU_NAME,
            "uuid": "GPU-%s" % "-".join(
                simcommon.stable_hex("gpu%d" % index, 32)[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32))),
            "pci.bus_id": "00000000:%02X:00.0" % (0x07 + index * 8),
            "driver_version": DRIVER,
            "utilization.gpu": str(utilization),
            "utilization.memory": str(utilization // 2),
            "memory.total": str(MEMORY_TOTAL),
            "memory.used": str(used),
            "memory.free": str(MEMORY_TOTAL - used),
            "temperature.gpu": str(rng.randint(55, 71) if active else rng.randint(28, 34)),
            "power.draw": "%.2f" % (rng.uniform(280, 390) if active else rng.uniform(55, 65)),
            "power.limit": "400.00",
            "count": str(count),
        })
    return result


def table(devices):
    stamp = time.strftime("%a %b %d %H:%M:%S %Y")
    lines = [stamp,
             "+-----------------------------------------------------------------------------------------+",
             "| NVIDIA-SMI %s              Driver Version: %s      CUDA Version: %s     |" % (DRIVER, DRIVER, CUDA),
             "|-----------------------------------------+------------------------+----------------------+",
             "| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |",
             "| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |",
             "|                                         |                        |               MIG M. |",
             "|=========================================+========================+======================|"]
    for gpu in devices:
        lines.append("| %3s  %-20s           On  | %-16s   Off |                    0 |"
                     % (gpu["index"], GPU_NAME[:20], gpu["pci.bus_id"]))
        lines.append("| N/A   %2sC    P0            %3dW /  400W | %9sMiB / %5sMiB |    %3s%%      Default |"
                     % (gpu["temperature.gpu"], float(gpu["power.draw"]), gpu["memory.used"],
                        gpu["memory.total"], gpu["utilization.gpu"]))
        lines.append("|                                         |                        |             Disabled |")
        lines.append("+-----------------------------------------+------------------------+----------------------+")
    lines += ["",
              "+-----------------------------------------------------------------------------------------+",
              "| Processes:                                                                              |",
              "|  GPU   GI   CI        PID   Type   Process name                              GPU Memory |",
              "|        ID   ID                                                               Usage      |",
              "|=========================================================================================|"]
    busy = [g for g in devices if g["utilization.gpu"] != "0"]
    if not busy:
        lines.append("|  No running processes found                                                             |")
    for gpu in busy:
        lines.append("|  %3s   N/A  N/A     %6d      C   ray::WorkerDict.actor_rollout_generate  %9sMiB |"
                     % (gpu["index"], 40000 + int(gpu["index"]), gpu["memory.used"]))
    lines.append("+-----------------------------------------------------------------------------------------+")
    return lines


def main(argv):
    args = list(argv[1:])
    simcommon.record_argv("nvidia-smi", args)
    devices = gpus()
    if not devices:
        out("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the "
            "latest NVIDIA driver is installed and running.")
        out("")
        return 9
    query = None
    formats = []
    for arg in args:
        if arg.startswith("--query-gpu="):
            query = arg.split("=", 1)[1]
        elif arg.startswith("--format="):
            formats = [f.strip() for f in arg.split("=", 1)[1].split(",")]
        elif arg in ("-L", "--list-gpus"):
            for gpu in devices:
                out("GPU %s: %s (UUID: %s)" % (gpu["index"], gpu["name"], gpu["uuid"]))
            return 0
        elif arg in ("-h", "--help"):
            out("NVIDIA System Management Interface -- v%s (simulated)" % DRIVER)
            return 0
    if query is None:
        if formats:
            out("Option --format requires --query-gpu or --query-compute-apps.")
            return 2
        for line in table(devices):
            out(line)
        return 0
    fields = [f.strip() for f in query.split(",") if f.strip()]
    for field in fields:
        if field not in FIELDS:
            out("Field \"%s\" is not a valid field to query." % field)
            out("")
            return 2
    if "csv" not in formats:
        err("Option --query-gpu requires --format=csv (the simulated nvidia-smi supports csv only).")
        return 2
    units = "nounits" not in formats
    if "noheader" not in formats:
        out(", ".join(FIELDS[f][0] if units else FIELDS[f][1] for f in fields))
    for gpu in devices:
        key = {"gpu_name": "name", "gpu_uuid": "uuid"}
        out(", ".join(gpu[key.get(f, f)] + (FIELDS[f][2] if units else "") for f in fields))
    return 0

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side benchmarks of RayDeck against OpenSSH (and other baselines), in
# one run on this machine, loopback only. Speed is judged by ratios measured
# in the same run, never by absolute figures from another machine.
#
#   run-bench.sh BUILD_DIR [--quick] [--only SECTION[,SECTION...]] [--rounds N]
#                [--ours auto|raydeck|ssh] [--simhost DIR] [--keep]
#
# Sections (default: all):
#   throughput  bulk upload/download, 1 and 4 streams, ~0/20/50 ms RTT (iperf3)
#   latency     p50/p99 of small HTTP GETs over 32 connections (wrk)
#   connect     forwarder start to first forwarded HTTP answer (median)
#   idle        CPU of the forwarder over 10 s with one open, idle forward
#   tunnel      = throughput,latency,connect,idle
#   up          `raydeck-cli up` to dashboard reachable, warm and cold, vs ssh script (issue 5)
#   dashboard   page load through our tunnel vs ssh -L, headless Chromium (issue 6)
#   startup     app start to window shown, memory with/without dashboard (issue 8)
#   metrics     metrics parser on a 1-million-line log (issue 11)
#
# --quick      small sizes, about 2 minutes; the default full run takes ~10-15 minutes on 2 cores.
# --rounds N   repetitions of every A/B pair for throughput and latency (default 3, quick 1);
#              the table shows medians and the median ratio of back-to-back pairs.
# --ours       what the "RayDeck" column runs: auto (raydeck-cli when `raydeck-cli tunnel --help`
#              works, else a second, independent `ssh -L` to check the harness is fair), raydeck, ssh.
# --simhost    directory of the simulated GPU host (default: tests/simhost of this checkout).
# --keep       keep the work directory (logs, configs) and print its path.
#
# The result table is printed and written to BUILD_DIR/bench-results.md. The
# SSH path goes through a user-space delay relay (delayrelay.cpp) for the
# 20/50 ms rows; "~0 ms" rows connect to sshd directly.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

usage() { awk 'NR < 3 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"; }
die() { printf 'run-bench.sh: %s\n' "$*" >&2; exit 1; }
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }

(($# >= 1)) || { usage >&2; exit 2; }
[[ $1 != -h && $1 != --help ]] || { usage; exit 0; }
[[ -f $1/CMakeCache.txt ]] || die "'$1' is not a CMake build directory (build first: ./packaging/dev.sh build)"
build_dir=$(cd "$1" && pwd)
shift

quick=0
only=""
rounds=""
ours_mode=auto
simhost_dir=$repo/tests/simhost
keep=0
while (($#)); do
    case $1 in
        --quick) quick=1; shift ;;
        --only) [[ $# -ge 2 ]] || die "--only needs a section list"; only=$2; shift 2 ;;
        --rounds) [[ ${2:-} =~ ^[1-9][0-9]?$ ]] || die "--rounds needs a number from 1 to 99"; rounds=$2; shift 2 ;;
        --ours) [[ ${2:-} =~ ^(auto|raydeck|ssh)$ ]] || die "--ours must be auto, raydeck or ssh"; ours_mode=$2; shift 2 ;;
        --simhost) [[ -d ${2:-} ]] || die "--simhost needs a directory"; simhost_dir=$(cd "$2" && pwd); shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option '$1'" ;;
    esac
done

all_sections=(throughput latency connect idle up dashboard startup metrics)
selected=()
if [[ -z $only ]]; then
    selected=("${all_sections[@]}")
else
    IFS=, read -r -a requested <<< "$only"
    for section in "${requested[@]}"; do
        case $section in
            tunnel) selected+=(throughput latency connect idle) ;;
            throughput|latency|connect|idle|up|dashboard|startup|metrics) selected+=("$section") ;;
            *) die "unknown section '$section' (sections: tunnel ${all_sections[*]})" ;;
        esac
    done
fi
wants() { local s; for s in "${selected[@]}"; do [[ $s == "$1" ]] && return 0; done; return 1; }

# ---------------------------------------------------------------- sizes
if ((quick)); then
    : "${rounds:=1}"
    iperf_seconds=2; iperf_omit=0
    throughput_rtts=(0 20 50)
    wrk_seconds=3; latency_rtts=(0)
    connect_reps=3; connect_rtts=(0)
    idle_seconds=3
    page_rounds=2; page_rtts=(0)
    up_warm_reps=2; up_cold_reps=1
    startup_reps=2
    metrics_reps=1
else
    : "${rounds:=3}"
    iperf_seconds=4; iperf_omit=1
    throughput_rtts=(0 20 50)
    wrk_seconds=8; latency_rtts=(0 20)
    connect_reps=5; connect_rtts=(0 20)
    idle_seconds=10
    page_rounds=8; page_rtts=(0 20)
    up_warm_reps=5; up_cold_reps=3
    startup_reps=5
    metrics_reps=3
fi

# ---------------------------------------------------------------- tools
for tool in ssh ssh-keygen iperf3 wrk; do
    command -v "$tool" >/dev/null || die "'$tool' is missing; run ./packaging/dev.sh bench, which installs it"
done
[[ -x /usr/sbin/sshd ]] || die "/usr/sbin/sshd is missing (Debian package openssh-server)"
python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3) || die "python3 is missing"
cli=$build_dir/app/cli/raydeck-cli
app=$build_dir/app/raydeck
tools_dir=$build_dir/bench
mkdir -p "$tools_dir"

# The small C++ helpers are built straight into the build directory, and only
# when their source changed.
build_tool() {
    local name=$1 source=$here/$1.cpp binary=$tools_dir/$1
    if [[ ! -x $binary || $source -nt $binary ]]; then
        log "Building $name"
        g++ -O2 -std=c++20 -Wall -Wextra -pthread -o "$binary.tmp" "$source" && mv "$binary.tmp" "$binary"
    fi
}
build_tool delayrelay
build_tool httpstub
build_tool benchprobe
relay_bin=$tools_dir/delayrelay
httpstub_bin=$tools_dir/httpstub
probe=$tools_dir/benchprobe

# ---------------------------------------------------------------- processes
work=$(mktemp -d "${TMPDIR:-/tmp}/raydeck-bench.XXXXXX")
logs=$work/logs
mkdir -p "$logs"
results=$work/results.tsv
: > "$results"
notes=()
started_pids=()
sim_state=""
keyring_bus=""

# Every process this script starts goes through spawn, so cleanup can stop
# exactly those (by pid, newest first).
spawned=""
spawn() {
    local name=$1; shift
    "$@" > "$logs/$name.log" 2>&1 < /dev/null &
    spawned=$!
    started_pids+=("$spawned")
}

stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$? i
    trap - EXIT INT TERM
    if [[ -n $sim_state && -d $sim_state ]]; then
        # Simulated Ray daemons are not our children; their own CLI stops them.
        RAYDECK_SIM_STATE=$sim_state PATH="$simhost_dir/bin:$PATH" timeout 20 ray stop > /dev/null 2>&1 || true
    fi
    for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
        stop_pid "${started_pids[i]}"
    done
    if ((keep)); then
        printf 'run-bench.sh: work directory kept: %s\n' "$work" >&2
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Polls CMD every 50 ms until it succeeds, for at most SECONDS.
wait_until() {
    local seconds=$1 i; shift
    for ((i = 0; i < seconds * 20; i++)); do
        "$@" > /dev/null 2>&1 && return 0
        sleep 0.05
    done
    return 1
}

free_port() {
    "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

listening() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

# record SECTION LABEL RTT UNIT BETTER BASELINE OURS TARGET
#   BASELINE, OURS: samples in run order, space-separated ("fail" for a failed run; the i-th
#   samples of both were taken back to back, so they pair up); BASELINE "-": no baseline;
#   OURS "": not measured yet (pending).
#   BETTER: higher|lower; TARGET: "ratio>=1.0", "ratio<=1.1", "ours<=0.2", "ours<1500&ratio<=1.0", or "-"
record() {
    local fields=() field
    for field in "$@"; do fields+=("${field//$'\n'/ }"); done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${fields[@]}" >> "$results"
}

# ---------------------------------------------------------------- sshd
[[ -x $simhost_dir/start-sshd.sh ]] || die "$simhost_dir/start-sshd.sh is missing"
sshd_dir=$work/sshd
mkdir -p "$sshd_dir"
log "Starting a throwaway sshd"
spawn sshd "$simhost_dir/start-sshd.sh" "$sshd_dir"
sshd_pid=$spawned
wait_until 15 grep -q "Server listening" "$logs/sshd.log" || { cat "$logs/sshd.log" >&2; die "sshd did not start"; }
sshd_port=$(. "$sshd_dir/sshd.env" && echo "$PORT")
ssh_user=$(. "$sshd_dir/sshd.env" && echo "$USER")
userkey=$sshd_dir/userkey
sim_state=$sshd_dir/remote-state
note "sshd on 127.0.0.1:$sshd_port (pid $sshd_pid), user $ssh_user"

known_hosts=$work/known_hosts
ssh_options=(-F /dev/null -i "$userkey" -o IdentitiesOnly=yes -o BatchMode=yes
    -o StrictHostKeyChecking=no -o "UserKnownHostsFile=$known_hosts" -o ExitOnForwardFailure=yes
    -o ControlMaster=no -o ControlPath=none -o LogLevel=ERROR)

# ---------------------------------------------------------------- delay relays
# One relay per RTT, started once: RayDeck profiles point at their ports.
declare -A ssh_port_for_rtt=([0]=$sshd_port)
declare -A measured_rtt=()
needed_rtts=()
wants throughput && needed_rtts+=("${throughput_rtts[@]}")
wants latency && needed_rtts+=("${latency_rtts[@]}")
wants connect && needed_rtts+=("${connect_rtts[@]}")
wants dashboard && needed_rtts+=("${page_rtts[@]}")
all_rtts=$(printf '%s\n' 0 "${needed_rtts[@]}" | sort -un)
http_port=$(free_port)
spawn httpstub "$httpstub_bin" --port "$http_port" --size 1024
wait_until 10 grep -q listening "$logs/httpstub.log" || die "httpstub did not start: $(cat "$logs/httpstub.log")"

for rtt in $all_rtts; do
    ((rtt > 0)) || continue
    half=$("$python" -c "print($rtt / 2)")
    port=$(free_port)
    spawn "relay-$rtt" "$relay_bin" --listen-port "$port" --target-port "$sshd_port" --delay-ms "$half"
    wait_until 10 grep -q listening "$logs/relay-$rtt.log" || die "delay relay did not start: $(cat "$logs/relay-$rtt.log")"
    ssh_port_for_rtt[$rtt]=$port
    # Calibration: the same relay settings in front of the HTTP stub; a
    # keep-alive GET then takes one round trip.
    cport=$(free_port)
    spawn "calibrate-$rtt" "$relay_bin" --listen-port "$cport" --target-port "$http_port" --delay-ms "$half"
    calibrate_pid=$spawned
    wait_until 10 grep -q listening "$logs/calibrate-$rtt.log" || die "calibration relay did not start"
    measured_rtt[$rtt]=$("$probe" rtt --port "$cport" --count 10) || measured_rtt[$rtt]="?"
    # And an integrity check: 64 MiB through the relay, byte count compared.
    "$probe" get --port "$cport" --path /bytes/67108864 --timeout-ms 60000 || die "64 MiB did not cross the $rtt ms relay intact"
    stop_pid "$calibrate_pid"
    note "relay for $rtt ms RTT on port $port: measured RTT ${measured_rtt[$rtt]} ms"
done

# ---------------------------------------------------------------- who is "ours"
ours_label="RayDeck"
if [[ $ours_mode == auto ]]; then
    if [[ -x $cli ]] && timeout 10 "$cli" tunnel --help > /dev/null 2>&1; then
        ours_mode=raydeck
    else
        ours_mode=ssh
    fi
fi
if [[ $ours_mode == ssh ]]; then
    ours_label="ssh -L (stand-in)"
    notes+=("† The RayDeck figure is a second, independent \`ssh -N -L\` (\`raydeck-cli tunnel\` does not work in this build): these ratios show the harness's own fairness and noise.")
fi

rd_home=$work/raydeck/home
rd_env=(env -u SSH_AUTH_SOCK "HOME=$rd_home" "XDG_CONFIG_HOME=$work/raydeck/config"
    "XDG_DATA_HOME=$work/raydeck/data" "XDG_CACHE_HOME=$work/raydeck/cache" "XDG_RUNTIME_DIR=$work/raydeck/runtime"
    LANG=C.UTF-8 LANGUAGE=en)
mkdir -p "$rd_home/.ssh" "$work/raydeck/config" "$work/raydeck/data" "$work/raydeck/cache" "$work/raydeck/runtime"
chmod 700 "$rd_home/.ssh" "$work/raydeck/runtime"

# RayDeck keeps secrets in the Secret Service: give it a private, unlocked one,
# as a desktop session would, so it never waits for a missing bus.
start_private_keyring() {
    command -v dbus-daemon > /dev/null && command -v gnome-keyring-daemon > /dev/null || return 0
    local socket=$work/raydeck/bus
    spawn dbus "${rd_env[@]}" dbus-daemon --session --nofork --nopidfile --address="unix:path=$socket"
    wait_until 10 test -S "$socket" || return 0
    keyring_bus="unix:path=$socket"
    rd_env+=("DBUS_SESSION_BUS_ADDRESS=$keyring_bus")
    printf 'bench' > "$work/raydeck/keyring-password"
    spawn keyring "${rd_env[@]}" sh -c 'exec gnome-keyring-daemon --foreground --unlock --components=secrets < "$1"' sh "$work/raydeck/keyring-password"
}

# A profile per RTT (the SSH port is the relay's).
profile_for_rtt() { echo "bench-rtt$1"; }
setup_raydeck_profiles() {
    local rtt name
    start_private_keyring
    for rtt in $all_rtts; do
        name=$(profile_for_rtt "$rtt")
        "${rd_env[@]}" "$cli" profiles add "$name" --host 127.0.0.1 --port "${ssh_port_for_rtt[$rtt]}" \
            --user "$ssh_user" --auth key --identity "$userkey" --no-docker > "$logs/profile-$name.log" 2>&1 < /dev/null \
            || die "raydeck-cli profiles add failed: $(cat "$logs/profile-$name.log")"
    done
}
if [[ $ours_mode == raydeck ]]; then
    [[ -x $cli ]] || die "$cli is missing"
    setup_raydeck_profiles
fi

# ---------------------------------------------------------------- forwarders
# start_forward IMPL RTT LPORT RPORT TAG: IMPL is openssh or ours. Sets forward_pid.
forward_pid=""
openssh_command() { # RTT LPORT RPORT
    echo ssh -N "${ssh_options[@]}" -L "$2:127.0.0.1:$3" -p "${ssh_port_for_rtt[$1]}" "$ssh_user@127.0.0.1"
}
forward_command() { # IMPL RTT LPORT RPORT -> fills the array forward_argv
    if [[ $1 == openssh || $ours_mode == ssh ]]; then
        forward_argv=(ssh -N "${ssh_options[@]}" -L "$3:127.0.0.1:$4" -p "${ssh_port_for_rtt[$2]}" "$ssh_user@127.0.0.1")
    else
        forward_argv=("${rd_env[@]}" "$cli" tunnel "$(profile_for_rtt "$2")" --local-port "$3"
            --remote-host 127.0.0.1 --remote-port "$4" --accept-new-host-key)
    fi
}
start_forward() {
    local impl=$1 rtt=$2 lport=$3 rport=$4 tag=$5
    forward_command "$impl" "$rtt" "$lport" "$rport"
    spawn "$tag" "${forward_argv[@]}"
    forward_pid=$spawned
    if [[ $impl == ours && $ours_mode == raydeck ]]; then
        wait_until 30 grep -q "http://127.0.0.1:$lport/" "$logs/$tag.log" || { note "$(tail -5 "$logs/$tag.log")"; return 1; }
    else
        wait_until 30 listening "$lport" || { note "$(tail -5 "$logs/$tag.log")"; return 1; }
    fi
    kill -0 "$forward_pid" 2>/dev/null
}
impl_label() { [[ $1 == openssh ]] && echo "OpenSSH" || echo "$ours_label"; }

# ---------------------------------------------------------------- throughput
iperf_port=""
iperf_pid=""
start_iperf_server() {
    [[ -z $iperf_pid ]] || stop_pid "$iperf_pid"
    iperf_port=$(free_port)
    spawn "iperf3-server-$iperf_port" iperf3 -s -B 127.0.0.1 -p "$iperf_port" --idle-timeout 60
    iperf_pid=$spawned
    wait_until 10 listening "$iperf_port" || die "iperf3 server did not start"
}

# iperf_run LPORT STREAMS DIRECTION(up|down) SECONDS OMIT -> Mbit/s received, or empty
iperf_run() {
    local lport=$1 streams=$2 direction=$3 seconds=$4 omit=$5 json
    local reverse=()
    [[ $direction == down ]] && reverse=(-R)
    json=$work/iperf.json
    if ! timeout $((seconds + omit + 40)) iperf3 -c 127.0.0.1 -p "$lport" -P "$streams" "${reverse[@]}" \
            -t "$seconds" -O "$omit" --connect-timeout 15000 -J > "$json" 2>> "$logs/iperf3-client.log"; then
        note "iperf3 failed: $("$python" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("error","?"))' "$json" 2>/dev/null || tail -2 "$logs/iperf3-client.log")"
        start_iperf_server # a failed test can leave the server waiting
        return 0
    fi
    # iperf3 can exit 0 with an error report instead of a summary (a stream that
    # never started); that cell is then empty, not the end of the whole run.
    if ! "$python" -c 'import json,sys; print("%.0f" % (json.load(open(sys.argv[1]))["end"]["sum_received"]["bits_per_second"] / 1e6))' "$json" 2>/dev/null; then
        note "iperf3 gave no summary: $("$python" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("error","?"))' "$json" 2>/dev/null)"
        start_iperf_server
    fi
    return 0
}

section_throughput() {
    log "Throughput: iperf3 through the tunnel, $rounds round(s) of ${iperf_seconds}s per cell"
    start_iperf_server
    local rtt impl round direction streams lport order value
    for rtt in "${throughput_rtts[@]}"; do
        declare -A lport_of=() pid_of=()
        for impl in openssh ours; do
            lport=$(free_port)
            start_forward "$impl" "$rtt" "$lport" "$iperf_port" "tp-$impl-$rtt" \
                || { note "$(impl_label "$impl") forward failed at $rtt ms"; continue; }
            lport_of[$impl]=$lport
            pid_of[$impl]=$forward_pid
            # Warm-up (not counted): the first connection through a fresh tunnel.
            iperf_run "$lport" 1 up 1 0 > /dev/null
        done
        declare -A samples=()
        for ((round = 1; round <= rounds; round++)); do
            order=(openssh ours)
            ((round % 2 == 0)) && order=(ours openssh)
            for direction in up down; do
                for streams in 1 4; do
                    local line="  ${rtt} ms ${direction} x${streams} (round $round):"
                    for impl in "${order[@]}"; do
                        value=""
                        [[ -n ${lport_of[$impl]:-} ]] && value=$(iperf_run "${lport_of[$impl]}" "$streams" "$direction" "$iperf_seconds" "$iperf_omit")
                        samples[$impl-$direction-$streams]+="${value:-fail} "
                        line+=" $(impl_label "$impl") ${value:-fail} Mbit/s;"
                    done
                    note "$line"
                done
            done
        done
        for direction in up down; do
            for streams in 1 4; do
                local what="upload"
                [[ $direction == down ]] && what="download"
                record throughput "$what, $streams stream$([[ $streams == 1 ]] || echo s)" "$rtt" "Mbit/s" higher \
                    "${samples[openssh-$direction-$streams]:-}" \
                    "${samples[ours-$direction-$streams]:-}" "ratio>=1.0"
            done
        done
        for impl in openssh ours; do [[ -z ${pid_of[$impl]:-} ]] || stop_pid "${pid_of[$impl]}"; done
        unset lport_of pid_of samples
    done
}

# ---------------------------------------------------------------- latency
# wrk_run LPORT SECONDS -> "p50_ms p99_ms requests_per_s errors"
wrk_run() {
    local out
    out=$(timeout $(($2 + 30)) wrk -t1 -c32 -d"$2"s --latency --timeout 10s "http://127.0.0.1:$1/small" 2>&1) || true
    printf '%s\n' "$out" >> "$logs/wrk.log"
    "$python" -c '
import re, sys
text = sys.stdin.read()
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]
p = {}
for pct, v, unit in re.findall(r"^\s+(50|99)(?:\.0+)?%\s+([0-9.]+)(us|ms|s|m)\s*$", text, re.M):
    p[pct] = ms(v, unit)
rps = re.search(r"Requests/sec:\s+([0-9.]+)", text)
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) ([0-9]+)", text))
errors += sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: ([0-9]+)", text))
if "50" in p and "99" in p and rps:
    print("%.3f %.3f %.0f %d" % (p["50"], p["99"], float(rps.group(1)), errors))
else:
    print("fail fail fail 0")' <<< "$out"
}

section_latency() {
    log "Latency: wrk, 32 connections, small GETs (1 KiB), ${wrk_seconds}s per run"
    local rtt impl round lport
    for rtt in "${latency_rtts[@]}"; do
        declare -A lport_of=() pid_of=() p50=() p99=() rps=()
        for impl in openssh ours; do
            lport=$(free_port)
            start_forward "$impl" "$rtt" "$lport" "$http_port" "lat-$impl-$rtt" \
                || { note "$(impl_label "$impl") forward failed at $rtt ms"; continue; }
            lport_of[$impl]=$lport
            pid_of[$impl]=$forward_pid
            wrk_run "$lport" 1 > /dev/null # warm-up: opens the 32 channels once
        done
        for ((round = 1; round <= rounds; round++)); do
            local order=(openssh ours)
            ((round % 2 == 0)) && order=(ours openssh)
            for impl in "${order[@]}"; do
                [[ -n ${lport_of[$impl]:-} ]] || { p50[$impl]+="fail "; p99[$impl]+="fail "; rps[$impl]+="fail "; continue; }
                read -r a b c errors <<< "$(wrk_run "${lport_of[$impl]}" "$wrk_seconds")"
                p50[$impl]+="$a "; p99[$impl]+="$b "; rps[$impl]+="$c "
                note "  $rtt ms round $round $(impl_label "$impl"): p50 $a ms, p99 $b ms, $c requests/s$( ((errors == 0)) || echo ", $errors errors")"
                ((errors == 0)) || notes+=("wrk reported $errors socket errors or non-2xx answers through $(impl_label "$impl") at $rtt ms.")
            done
        done
        record latency "small GET p50, 32 connections" "$rtt" ms lower "${p50[openssh]:-}" "${p50[ours]:-}" "ratio<=1.1"
        record latency "small GET p99, 32 connections" "$rtt" ms lower "${p99[openssh]:-}" "${p99[ours]:-}" "-"
        record latency "small GETs per second, 32 connections" "$rtt" "req/s" higher "${rps[openssh]:-}" "${rps[ours]:-}" "-"
        for impl in openssh ours; do [[ -z ${pid_of[$impl]:-} ]] || stop_pid "${pid_of[$impl]}"; done
        unset lport_of pid_of p50 p99 rps
    done
}

# ---------------------------------------------------------------- connect time
# connect_once IMPL RTT -> ms from starting the forwarder to the first HTTP 200 through it
connect_once() {
    local lport
    lport=$(free_port)
    forward_command "$1" "$2" "$lport" "$http_port"
    "$probe" ready --port "$lport" --path /small --timeout-ms 30000 -- "${forward_argv[@]}" 2>> "$logs/connect.log" || true
}

section_connect() {
    log "Connect time: forwarder start to first forwarded HTTP answer, median of $connect_reps"
    local rtt impl rep value
    for rtt in "${connect_rtts[@]}"; do
        declare -A samples=()
        # Warm-up (not counted): host keys get written, binaries get paged in.
        for impl in openssh ours; do connect_once "$impl" "$rtt" > /dev/null; done
        for ((rep = 1; rep <= connect_reps; rep++)); do
            local order=(openssh ours)
            ((rep % 2 == 0)) && order=(ours openssh)
            for impl in "${order[@]}"; do
                value=$(connect_once "$impl" "$rtt")
                samples[$impl]+="${value:-fail} "
            done
        done
        note "  $rtt ms: OpenSSH ${samples[openssh]:-}ms; $ours_label ${samples[ours]:-}ms"
        record connect "connect to first forwarded byte" "$rtt" ms lower \
            "${samples[openssh]:-}" "${samples[ours]:-}" "-"
        unset samples
    done
}

# ---------------------------------------------------------------- idle CPU
# CPU time of a process and all its threads: in µs (schedstat, ns precision)
# and as the brief asks (utime+stime of /proc/PID/stat, clock ticks).
cpu_us() {
    local pid=$1 total=0 ns _
    for task in /proc/"$pid"/task/*; do
        read -r ns _ < "$task/schedstat" 2>/dev/null || continue
        total=$((total + ns))
    done
    echo $((total / 1000))
}
cpu_ticks() {
    local stat
    stat=$(< "/proc/$1/stat")
    stat=${stat##*) }
    read -r -a fields <<< "$stat"
    # Fields after "(comm) ": state is [0], utime is [11], stime is [12].
    echo $((fields[11] + fields[12]))
}

section_idle() {
    log "Idle CPU: forwarder with one open, idle forward, over ${idle_seconds}s"
    local impl lport hold_pids=() hz
    hz=$(getconf CLK_TCK)
    declare -A pid_of=() us0=() ticks0=()
    for impl in openssh ours; do
        lport=$(free_port)
        start_forward "$impl" 0 "$lport" "$http_port" "idle-$impl" || { note "$(impl_label "$impl") forward failed"; continue; }
        pid_of[$impl]=$forward_pid
        # One forwarded connection that has carried a request and then stays open.
        spawn "idle-hold-$impl" "$probe" rtt --port "$lport" --count 1 --path /small --hold-ms $(((idle_seconds + 3) * 1000))
        hold_pids+=("$spawned")
    done
    sleep 1.5 # let connection set-up settle
    for impl in "${!pid_of[@]}"; do
        us0[$impl]=$(cpu_us "${pid_of[$impl]}")
        ticks0[$impl]=$(cpu_ticks "${pid_of[$impl]}")
    done
    sleep "$idle_seconds"
    declare -A value=()
    for impl in "${!pid_of[@]}"; do
        local us ticks
        us=$(($(cpu_us "${pid_of[$impl]}") - us0[$impl]))
        ticks=$(($(cpu_ticks "${pid_of[$impl]}") - ticks0[$impl]))
        # Per cent of one core.
        value[$impl]=$("$python" -c "print('%.3f' % ($us / 1000.0 / ($idle_seconds * 1000.0) * 100))")
        note "  $(impl_label "$impl"): $(awk "BEGIN{printf \"%.2f\", $us/1000}") ms CPU in ${idle_seconds}s (utime+stime: $ticks ticks of $((1000 / hz)) ms) = ${value[$impl]}% of a core"
    done
    record idle "idle CPU, one open forward, ${idle_seconds}s" 0 "% core" lower "${value[openssh]:-}" "${value[ours]:-}" "ours<=0.2"
    for pid in "${hold_pids[@]}"; do stop_pid "$pid"; done
    for impl in "${!pid_of[@]}"; do stop_pid "${pid_of[$impl]}"; done
    unset pid_of us0 ticks0 value
}

# ---------------------------------------------------------------- issue 5: up
# HOOK (issue 5). Time from `raydeck-cli up NAME` to the dashboard answering
# through its tunnel, warm (container and Ray head running) and cold
# (container missing, no head), against the same steps done with ssh and
# ssh -L in a script (one ssh per step, as a user's script would). Runs when
# `raydeck-cli up --help` works and the simulated host's docker/ray stand-ins
# exist; the ssh script side runs whenever the stand-ins exist.
up_container=raydeck-bench
up_image=verlai/verl:latest
sim() { RAYDECK_SIM_STATE=$sim_state PATH="$simhost_dir/bin:$PATH" "$@"; }
up_reset_cold() {
    sim docker rm -f "$up_container" > /dev/null 2>&1 || true
    sim ray stop --force > /dev/null 2>&1 || true
}

# The ssh script: what a user would type, step by step.
write_up_script() {
    cat > "$work/up-by-ssh.sh" <<'SCRIPT'
#!/usr/bin/env bash
# up-by-ssh.sh DASHBOARD_PORT LOCAL_PORT CONTAINER IMAGE SSH_OPTIONS... -- TARGET
set -euo pipefail
dashboard_port=$1 local_port=$2 container=$3 image=$4; shift 4
options=()
while [[ $1 != -- ]]; do options+=("$1"); shift; done
shift
target=("$@")
ssh "${options[@]}" "${target[@]}" docker version --format '{{.Server.Version}}' > /dev/null
state=$(ssh "${options[@]}" "${target[@]}" docker inspect -f '{{.State.Status}}' "$container" 2>/dev/null || echo missing)
case $state in
    running) ;;
    missing) ssh "${options[@]}" "${target[@]}" docker run -d --name "$container" --gpus all --network=host \
                 --ulimit memlock=-1 --ulimit stack=67108864 "$image" sleep infinity > /dev/null ;;
    *) ssh "${options[@]}" "${target[@]}" docker start "$container" > /dev/null ;;
esac
if ! ssh "${options[@]}" "${target[@]}" docker exec "$container" ray status > /dev/null 2>&1; then
    ssh "${options[@]}" "${target[@]}" docker exec "$container" ray start --head --dashboard-host=127.0.0.1 \
        "--dashboard-port=$dashboard_port" > /dev/null
fi
# Which address the dashboard listens on (RayDeck warns about 0.0.0.0).
ssh "${options[@]}" "${target[@]}" ss -tln > /dev/null
exec ssh -N "${options[@]}" -L "$local_port:127.0.0.1:$dashboard_port" "${target[@]}"
SCRIPT
    chmod +x "$work/up-by-ssh.sh"
}

section_up() {
    log "Connect to dashboard (issue 5): raydeck-cli up vs the same steps with ssh"
    if [[ ! -x $simhost_dir/bin/docker || ! -x $simhost_dir/bin/ray ]]; then
        note "pending: the simulated host's docker/ray stand-ins are not in $simhost_dir/bin"
        record up "connect to dashboard, warm" 0 ms lower "" "" "ours<1500&ratio<=1.0"
        record up "connect to dashboard, cold" 0 ms lower "" "" "ratio<=1.0"
        return 0
    fi
    local have_up=0 dashboard_port kind rep value
    if [[ $ours_mode == raydeck ]] && timeout 10 "$cli" up --help > /dev/null 2>&1; then
        have_up=1
        dashboard_port=$(free_port)
        "${rd_env[@]}" "$cli" profiles add bench-up --host 127.0.0.1 --port "$sshd_port" --user "$ssh_user" \
            --auth key --identity "$userkey" --container "$up_container" --image "$up_image" \
            --dashboard-port "$dashboard_port" > "$logs/profile-bench-up.log" 2>&1 < /dev/null \
            || { note "profiles add bench-up failed: $(cat "$logs/profile-bench-up.log")"; have_up=0; }
    else
        note "pending for RayDeck: \`raydeck-cli up --help\` does not work in this build; timing the ssh script only"
        dashboard_port=$(free_port)
    fi
    write_up_script
    up_have_raydeck=$have_up
    up_dashboard_port=$dashboard_port
    declare -A samples=()
    for kind in warm cold; do
        local reps=$up_warm_reps
        [[ $kind == cold ]] && reps=$up_cold_reps
        # Warm-up: create the container and head once (and accept the host key).
        up_reset_cold
        [[ $kind == warm ]] && { up_by_ssh > /dev/null; up_by_raydeck > /dev/null; }
        for ((rep = 1; rep <= reps; rep++)); do
            local order=(openssh ours)
            ((rep % 2 == 0)) && order=(ours openssh)
            for impl in "${order[@]}"; do
                [[ $kind == cold ]] && up_reset_cold
                if [[ $impl == openssh ]]; then value=$(up_by_ssh); else value=$(up_by_raydeck); fi
                samples[$kind-$impl]+="${value:-fail} "
            done
        done
        note "  $kind: ssh script ${samples[$kind-openssh]:-}ms; RayDeck $( ((have_up)) && echo "${samples[$kind-ours]:-}ms" || echo pending)"
    done
    local ours_warm="" ours_cold=""
    if ((have_up)); then
        ours_warm=${samples[warm-ours]:-}
        ours_cold=${samples[cold-ours]:-}
    fi
    record up "connect to dashboard, warm (vs ssh script)" 0 ms lower "${samples[warm-openssh]:-}" "$ours_warm" "ours<1500&ratio<=1.0"
    record up "connect to dashboard, cold (vs ssh script)" 0 ms lower "${samples[cold-openssh]:-}" "$ours_cold" "ratio<=1.0"
    up_reset_cold
    unset samples
}
up_have_raydeck=0
up_dashboard_port=""
# One timed run of the ssh script / of raydeck-cli up: prints ms or nothing.
up_by_ssh() {
    local lport
    lport=$(free_port)
    "$probe" ready --port "$lport" --path / --timeout-ms 60000 -- \
        "$work/up-by-ssh.sh" "$up_dashboard_port" "$lport" "$up_container" "$up_image" \
        "${ssh_options[@]}" -p "$sshd_port" -- "$ssh_user@127.0.0.1" 2>> "$logs/up.log" || true
}
up_by_raydeck() {
    ((up_have_raydeck)) || return 0
    "$probe" ready --port-from-stdout --path / --timeout-ms 60000 -- \
        "${rd_env[@]}" "$cli" up bench-up --accept-new-host-key 2>> "$logs/up.log" || true
}

# ---------------------------------------------------------------- issue 6: dashboard page load
# Page load through our tunnel vs ssh -L, in headless Chromium (Qt WebEngine):
# a synthetic dashboard-like page (HTML, 12 scripts of 2.5 MiB in all, a
# stylesheet, 6 API calls) and, when the simulated host is available, its Ray
# dashboard page. HOOK for issue 6: once the app's dashboard view lands, a GUI
# variant can be added here.
pageload_bin=""
build_pageload() {
    local dir=$tools_dir/pageload
    if [[ ! -x $dir/pageload || $here/pageload/pageload.cpp -nt $dir/pageload || $here/pageload/CMakeLists.txt -nt $dir/pageload ]]; then
        log "Building the headless page loader"
        cmake -S "$here/pageload" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release > "$logs/pageload-build.log" 2>&1 \
            && cmake --build "$dir" -j 2 >> "$logs/pageload-build.log" 2>&1 \
            || { note "cannot build the page loader (Qt WebEngine dev files?): $(tail -3 "$logs/pageload-build.log")"; return 1; }
    fi
    pageload_bin=$dir/pageload
}

# pageload_pair RTT RPORT PATH TITLE LABEL
pageload_pair() {
    local rtt=$1 rport=$2 path=$3 title=$4 label=$5 impl
    declare -A lport_of=() pid_of=()
    for impl in openssh ours; do
        lport_of[$impl]=$(free_port)
        start_forward "$impl" "$rtt" "${lport_of[$impl]}" "$rport" "page-$impl-$rtt" || { note "$(impl_label "$impl") forward failed"; }
        pid_of[$impl]=$forward_pid
    done
    local title_args=()
    [[ -n $title ]] && title_args=(--title "$title")
    local out
    out=$(QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-extensions" \
        timeout 600 "$pageload_bin" --count "$page_rounds" "${title_args[@]}" --timeout-ms 30000 \
        "http://127.0.0.1:${lport_of[openssh]}$path" "http://127.0.0.1:${lport_of[ours]}$path" 2>> "$logs/pageload.log") || true
    local a b
    a=$(awk '$1 == 0 {print $2}' <<< "$out")
    b=$(awk '$1 == 1 {print $2}' <<< "$out")
    note "  $label, $rtt ms: OpenSSH $(tr '\n' ' ' <<< "$a")ms; $ours_label $(tr '\n' ' ' <<< "$b")ms"
    record dashboard "$label" "$rtt" ms lower "$a" "$b" "-"
    for impl in openssh ours; do stop_pid "${pid_of[$impl]}"; done
}

section_dashboard() {
    log "Dashboard page load (issue 6): headless Chromium through each tunnel, median of $page_rounds"
    if [[ $(id -u) == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    if ! build_pageload; then
        record dashboard "dashboard-like page load" 0 ms lower "" "" "-"
        return 0
    fi
    local rtt
    for rtt in "${page_rtts[@]}"; do
        pageload_pair "$rtt" "$http_port" /page/ loaded "dashboard-like page load (2.6 MiB, 20 requests)"
    done
    if [[ -x $simhost_dir/bin/ray ]]; then
        # The simulated Ray head serves its dashboard page; started here directly.
        local dport
        dport=$(free_port)
        if sim ray start --head --dashboard-host=127.0.0.1 --dashboard-port="$dport" > "$logs/sim-ray-start.log" 2>&1 \
            && wait_until 20 "$probe" get --port "$dport" --path /; then
            pageload_pair 0 "$dport" / "" "simulated Ray dashboard page load"
        else
            note "the simulated Ray head did not start: $(tail -3 "$logs/sim-ray-start.log")"
        fi
        sim ray stop --force > /dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------- issue 8: startup
# HOOK (issue 8). Cold start (a new process; the file cache stays warm) to the
# main window mapped on a private Xvfb, and the app's memory (PSS of the app and
# its QtWebEngineProcess children) once idle. "With dashboard" needs
# `raydeck --connect NAME` (issue 6) and the simulated host: it runs when both are there.
xvfb_display=""
start_xvfb() {
    command -v Xvfb > /dev/null && command -v xwininfo > /dev/null || return 1
    spawn xvfb sh -c 'exec Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$1"' sh "$work/xvfb-display"
    wait_until 10 test -s "$work/xvfb-display" || return 1
    xvfb_display=:$(< "$work/xvfb-display")
}
window_shown() { # PID: a viewable top-level window titled RayDeck exists
    local id
    for id in $(DISPLAY=$xvfb_display xwininfo -root -tree 2>/dev/null | awk '/"RayDeck"/ {print $1}'); do
        DISPLAY=$xvfb_display xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" && return 0
    done
    return 1
}
tree_pss_kib() { # PID -> PSS of the process and its descendants
    local pid=$1 total=0 kids child value
    value=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=${value:-0}
    kids=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
    for child in $kids; do total=$((total + $(tree_pss_kib "$child"))); done
    echo "$total"
}

section_startup() {
    log "App start (issue 8): process start to window shown, and memory"
    if [[ ! -x $app ]]; then
        note "pending: $app is not built"
        record startup "app start to window shown" 0 ms lower "-" "" "-"
        return 0
    fi
    if ! start_xvfb; then
        note "pending: needs Xvfb and xwininfo (Debian packages xvfb, x11-utils)"
        record startup "app start to window shown" 0 ms lower "-" "" "-"
        return 0
    fi
    if [[ $(id -u) == 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    local rep start_ns end_ns times="" memory="" pid i
    # Round 0 is a warm-up (not counted): it pages the app and Qt in, so every
    # counted start sees the same warm file cache.
    for ((rep = 0; rep <= startup_reps; rep++)); do
        start_ns=$(date +%s%N)
        spawn "app-$rep" "${rd_env[@]}" DISPLAY="$xvfb_display" QT_QPA_PLATFORM=xcb "$app"
        pid=$spawned
        end_ns=""
        for ((i = 0; i < 3000; i++)); do # 30 s
            if window_shown; then end_ns=$(date +%s%N); break; fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.01
        done
        if ((rep == 0)); then
            [[ -n $end_ns ]] || note "the window did not show: $(tail -3 "$logs/app-$rep.log")"
        elif [[ -n $end_ns ]]; then
            times+="$(((end_ns - start_ns) / 1000000)) "
            sleep 2 # settle before reading memory
            memory+="$(($(tree_pss_kib "$pid") / 1024)) "
        else
            times+="fail "
            note "the window did not show: $(tail -3 "$logs/app-$rep.log")"
        fi
        stop_pid "$pid"
    done
    note "  start to window shown: ${times}ms; PSS: ${memory}MiB (xwininfo polling, ~10-20 ms resolution)"
    record startup "app start to window shown (no profile)" 0 ms lower "-" "$times" "-"
    record startup "app memory, no dashboard (PSS)" 0 MiB lower "-" "$memory" "-"
    # With a dashboard open: needs `raydeck --connect` and the simulated host.
    if [[ $ours_mode == raydeck && -x $simhost_dir/bin/ray ]] && "${rd_env[@]}" QT_QPA_PLATFORM=offscreen timeout 20 "$app" --help 2>/dev/null | grep -q -- --connect; then
        section_startup_with_dashboard
    else
        note "pending: memory with a dashboard open needs \`raydeck --connect NAME\` (issue 6) and the simulated host"
        record startup "app memory, dashboard open (PSS)" 0 MiB lower "-" "" "-"
    fi
}

# True once the simulated Ray head's request log shows a browser fetching "/".
browser_loaded_dashboard() {
    [[ -s $1 ]] || return 1
    "$python" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    headers = {k.lower(): v for k, v in entry.get("headers", {}).items()}
    if entry.get("path") == "/" and "Mozilla" in headers.get("user-agent", "") and entry.get("status") == 200:
        sys.exit(0)
sys.exit(1)' "$1"
}

section_startup_with_dashboard() {
    local dport pid requests=$sim_state/ray-requests.log i loaded=0
    dport=$(free_port)
    "${rd_env[@]}" "$cli" profiles add bench-gui --host 127.0.0.1 --port "$sshd_port" --user "$ssh_user" \
        --auth key --identity "$userkey" --container "$up_container" --image "$up_image" \
        --dashboard-port "$dport" > "$logs/profile-bench-gui.log" 2>&1 < /dev/null || true
    up_reset_cold
    : > "$requests" 2>/dev/null || true
    spawn app-dashboard "${rd_env[@]}" DISPLAY="$xvfb_display" QT_QPA_PLATFORM=xcb "$app" --connect bench-gui --accept-new-host-key
    pid=$spawned
    # The dashboard has loaded once the simulated head served its page to a browser.
    for ((i = 0; i < 600; i++)); do # 60 s
        if browser_loaded_dashboard "$requests"; then loaded=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    local value=""
    if ((loaded)); then
        sleep 3
        value=$(($(tree_pss_kib "$pid") / 1024))
    else
        note "the dashboard did not load in the app: $(tail -3 "$logs/app-dashboard.log")"
    fi
    record startup "app memory, dashboard open (PSS)" 0 MiB lower "-" "$value" "-"
    stop_pid "$pid"
    up_reset_cold
}

# ---------------------------------------------------------------- issue 11: metrics
section_metrics() {
    log "Metrics parser on a 1-million-line log (issue 11): tst_metricslogmillion"
    local test_bin rep out seconds=() rate=() rss=() estimate=()
    test_bin=$(find "$build_dir/tests" -name tst_metricslogmillion -type f -perm -u+x 2>/dev/null | head -1)
    if [[ -z $test_bin ]]; then
        note "pending: tst_metricslogmillion is not built (cmake --build $build_dir --target tst_metricslogmillion)"
        record metrics "1M-line log: parse time" 0 s lower "-" "" "-"
        return 0
    fi
    local all_seconds="" all_rate="" all_rss="" all_estimate=""
    for ((rep = 1; rep <= metrics_reps; rep++)); do
        if ! out=$(QT_QPA_PLATFORM=offscreen timeout 600 "$test_bin" 2>&1); then
            note "tst_metricslogmillion failed: $(tail -5 <<< "$out")"
            continue
        fi
        printf '%s\n' "$out" >> "$logs/metrics.log"
        read -r s r m e <<< "$("$python" -c '
import re, sys
t = sys.stdin.read()
a = re.search(r"parse time, ([0-9.]+) MiB/s", t); s = re.search(r": ([0-9.]+) s parse time", t)
rss = re.search(r"peak RSS ([0-9]+) KiB", t); est = re.search(r"memory estimate ([0-9.]+) MiB", t)
print(s.group(1) if s else "fail", a.group(1) if a else "fail", "%.1f" % (int(rss.group(1)) / 1024) if rss else "fail", est.group(1) if est else "fail")' <<< "$out")"
        all_seconds+="$s "; all_rate+="$r "; all_rss+="$m "; all_estimate+="$e "
    done
    note "  parse time ${all_seconds}s; ${all_rate}MiB/s; peak RSS ${all_rss}MiB; series ${all_estimate}MiB"
    record metrics "1M-line log: parse time" 0 s lower "-" "$all_seconds" "-"
    record metrics "1M-line log: parse rate" 0 "MiB/s" higher "-" "$all_rate" "-"
    record metrics "1M-line log: series memory (estimate)" 0 MiB lower "-" "$all_estimate" "-"
    record metrics "1M-line log: test process peak RSS" 0 MiB lower "-" "$all_rss" "-"
}

# ---------------------------------------------------------------- run
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
log "Benchmarks: $([[ $quick == 1 ]] && echo quick || echo full), $rounds round(s); tunnel under test: $ours_label; sections: ${selected[*]}"
for section in "${all_sections[@]}"; do
    wants "$section" || continue
    "section_$section"
done
elapsed=$(($(date +%s) - started))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- table
rtt_notes=""
for rtt in $all_rtts; do
    ((rtt > 0)) && rtt_notes+="${rtt} ms (measured ${measured_rtt[$rtt]:-?} ms), "
done
openssh_version=$(ssh -V 2>&1)
# The cipher decides much of the CPU cost per byte (the ~0 ms rows are CPU-bound).
openssh_cipher=$(timeout 20 ssh -v "${ssh_options[@]}" -p "$sshd_port" "$ssh_user@127.0.0.1" true 2>&1 \
    | sed -n 's/.*kex: server->client cipher: \([^ ]*\).*/\1/p' | head -1)
libssh_version=$(dpkg-query -W -f '${Version}' libssh-4 2>/dev/null || echo unknown)
{
    printf '%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC'): $([[ $quick == 1 ]] && echo quick || echo full) run, $rounds round(s), ${elapsed}s;" \
        "$(nproc) cores, load average $load_before at start, $load_after at end;" \
        "$openssh_version (cipher ${openssh_cipher:-unknown}); libssh $libssh_version; tunnel under test: $ours_label." \
        "Delay relay RTTs: ${rtt_notes%, }; ~0 ms rows connect to sshd directly."
    ((quick == 0)) || printf '%s\n' "Quick run: one back-to-back pair per cell, so a verdict here is only a hint; use the full run to judge."
    for n in "${notes[@]}"; do printf '%s\n' "$n"; done
} > "$work/header.txt"

"$python" - "$results" "$work/header.txt" "$build_dir/bench-results.md" "$ours_mode" <<'PY'
import re
import statistics
import sys

results, header_file, out_file, ours_mode = sys.argv[1:5]
# Sections whose "RayDeck" side is the tunnel; without raydeck-cli tunnel it is ssh -L.
STAND_IN_SECTIONS = {"throughput", "latency", "connect", "idle", "dashboard"}
rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]

def number(text):
    try:
        return float(text)
    except ValueError:
        return None

def samples(text):
    return [number(x) for x in text.split()]

def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None

def show(value, unit):
    if value is None:
        return "n/a"
    if unit in ("Mbit/s", "req/s", "MiB/s") or value >= 100:
        return "%.0f" % value
    if unit == "% core" or value < 10:
        return "%.2f" % value
    return "%.1f" % value

CLAUSE = re.compile(r"^(ratio|ours)(>=|<=|<|>)([0-9.]+)$")

def verdict(target, ratio, ratios, ours):
    """ok: the median meets the target. MISS: clearly not (more than 5% off, and no
    back-to-back pair meets it either). ~: in between, i.e. inside this run's noise.
    Blank when not measured."""
    if target == "-":
        return ""
    checks = []
    for clause in target.split("&"):
        subject, op, limit = CLAUSE.match(clause).groups()
        limit = float(limit)
        if subject == "ratio":
            value, best = ratio, (max(ratios) if op.startswith(">") else min(ratios)) if ratios else None
        else:
            value, best = ours, ours
        if value is None:
            return ""
        if op.startswith(">"):
            meets, near, best_meets = value >= limit, value >= limit * 0.95, best >= limit
        else:
            meets, near, best_meets = value <= limit, value <= limit * 1.05, best <= limit
        checks.append("ok" if meets else "~" if near or best_meets else "MISS")
    return "MISS" if "MISS" in checks else "~" if "~" in checks else "ok"

def target_text(target):
    if target == "-":
        return ""
    parts = []
    for clause in target.split("&"):
        subject, op, limit = CLAUSE.match(clause).groups()
        op = {">=": "≥", "<=": "≤"}.get(op, op)
        parts.append(("ratio %s %s" if subject == "ratio" else "%s %s (absolute)") % (op, limit))
    return ", ".join(parts)

table = [["Section", "Measure", "RTT", "Unit", "OpenSSH / baseline", "RayDeck", "Ratio ours/base", "Better", "Target", "Verdict"]]
for section, label, rtt, unit, base_text, ours_text, better, target in [
        (r[0], r[1], r[2], r[3], r[5], r[6], r[4], r[7]) for r in rows]:
    base, ours = samples(base_text), samples(ours_text)
    base_median, ours_median = median(base), median(ours)
    # The i-th samples of both sides ran back to back under the same machine
    # load: the median of their ratios is steadier than a ratio of medians.
    ratios = [o / b for b, o in zip(base, ours) if b and o is not None and b > 0]
    ratio = median(ratios)
    ratio_text = ""
    if ratio is not None:
        ratio_text = "%.2fx" % ratio
        if len(ratios) > 1:
            ratio_text += " (%.2f-%.2f)" % (min(ratios), max(ratios))
    rtt_text = "~0 ms" if rtt == "0" else rtt + " ms"
    if section in ("up", "startup", "metrics"):
        rtt_text = "loopback"
    ours_cell = "pending" if not ours_text.strip() else show(ours_median, unit)
    if ours_mode == "ssh" and section in STAND_IN_SECTIONS and ours_text.strip():
        ours_cell += " †"
    base_cell = "—" if base_text == "-" else show(base_median, unit)
    table.append([section, label, rtt_text, unit, base_cell, ours_cell, ratio_text,
                  better, target_text(target), verdict(target, ratio, ratios, ours_median)])

widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
def line(row):
    return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"
lines = [line(table[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in table[1:]]
header = open(header_file).read().strip().splitlines()
legend = ("Values are medians over the rounds. Ratio = ours / baseline: the median of the ratios of "
          "back-to-back pairs, with their range in brackets when there are several rounds. "
          "Throughput: higher is better; times, memory and CPU: lower is better. "
          "Verdict: ok = the median meets the target; ~ = not clearly either way (within 5% of the target, "
          "or some back-to-back pairs meet it: run-to-run noise); MISS = more than 5% off and no pair meets it.")
text = "\n".join(["# RayDeck benchmark results", ""] + [h + "  " for h in header] + ["", legend, ""] + lines) + "\n"
open(out_file, "w").write(text)
print(text)
PY
log "Written to $build_dir/bench-results.md"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Launches RayDeck against a SIMULATED GPU server on this machine.
#
#   demo.sh BUILD_DIR [arguments for raydeck...]
#
# Starts an OpenSSH sshd on 127.0.0.1 whose docker, ray, sudo and nvidia-smi are
# the stand-ins of tests/simhost (no container, Ray or GPU is real; jobs only
# pretend to train), creates the profile "Local demo (simulated)" for it in a
# private configuration under a temporary directory (the user's own config,
# keys and known_hosts are never touched), runs RayDeck, and stops the sshd and
# the simulated Ray daemons when RayDeck exits.
set -euo pipefail

if (($# < 1)); then
    echo "usage: demo.sh BUILD_DIR [raydeck arguments...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
app=$build_dir/app/raydeck
cli=$build_dir/app/cli/raydeck-cli
for binary in "$app" "$cli"; do
    if [[ ! -x $binary ]]; then
        echo "demo.sh: $binary is missing; build RayDeck first (./packaging/dev.sh build)." >&2
        exit 1
    fi
done
if [[ ! -x /usr/bin/python3 ]]; then
    echo "demo.sh: the simulated server needs /usr/bin/python3 (Debian package python3)." >&2
    exit 1
fi

demo=$(mktemp -d "${TMPDIR:-/tmp}/raydeck-demo.XXXXXX")
server=$demo/server
state=$server/remote-state
sshd_pid=""

cleanup() {
    # The simulated Ray head and workers are daemons; stop them first, then sshd.
    if [[ -d $state ]]; then
        RAYDECK_SIM_STATE=$state PATH="$here/bin:$PATH" ray stop >/dev/null 2>&1 || true
    fi
    if [[ -n $sshd_pid ]]; then
        kill "$sshd_pid" 2>/dev/null || true
        wait "$sshd_pid" 2>/dev/null || true
    fi
    # Removing the state directory also ends any daemon that missed `ray stop`.
    rm -rf "$demo"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

mkdir -p "$server"
"$here/start-sshd.sh" "$server" 2> "$demo/sshd.log" &
sshd_pid=$!
for _ in $(seq 150); do
    grep -q "Server listening" "$demo/sshd.log" 2>/dev/null && break
    if ! kill -0 "$sshd_pid" 2>/dev/null; then
        echo "demo.sh: the simulated server did not start:" >&2
        cat "$demo/sshd.log" >&2
        exit 1
    fi
    sleep 0.1
done
if ! grep -q "Server listening" "$demo/sshd.log"; then
    echo "demo.sh: the simulated server did not start listening within 15 s:" >&2
    cat "$demo/sshd.log" >&2
    exit 1
fi
# shellcheck source=/dev/null
port=$(. "$server/sshd.env" && echo "$PORT")
user=$(. "$server/sshd.env" && echo "$USER")

# A pace a person can watch: a training step every 2 s, a pull that takes a few seconds.
mkdir -p "$state"
echo 2 > "$state/step-seconds"
echo 6 > "$state/pull-seconds"

# Private configuration for RayDeck: profile store, known_hosts, WebEngine storage.
export XAUTHORITY=${XAUTHORITY:-$HOME/.Xauthority}
export HOME=$demo/home
export XDG_CONFIG_HOME=$demo/config
export XDG_DATA_HOME=$demo/data
export XDG_CACHE_HOME=$demo/cache
mkdir -p "$HOME/.ssh" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
chmod 700 "$HOME/.ssh"
printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$server/hostkey.pub")" > "$HOME/.ssh/known_hosts"

profile="Local demo (simulated)"
dashboard_port=$(free_port)
local_port=$(free_port)
if ! "$cli" profiles add "$profile" --host 127.0.0.1 --port "$port" --user "$user" --auth key \
        --identity "$server/userkey" --container raydeck-demo --image verlai/verl:latest \
        --dashboard-port "$dashboard_port" --local-port "$local_port"; then
    echo "demo.sh: could not create the demo profile with raydeck-cli." >&2
    exit 1
fi

cat <<BANNER
==============================================================================
 RayDeck demo. The server "$profile" is SIMULATED.
 It is an sshd on 127.0.0.1:$port whose docker, ray, sudo and nvidia-smi are
 stand-ins (tests/simhost): no real container, Ray cluster or GPU exists, and
 submitted jobs only pretend to train (their logs and metrics are made up).
 Nothing is written to your own configuration; everything lives in
 $demo and is removed when RayDeck exits.
==============================================================================
BANNER

status=0
"$app" "$@" || status=$?
exit "$status"

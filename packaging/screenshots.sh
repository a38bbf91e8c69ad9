#!/usr/bin/env bash
# Screenshots of the real app for the README: runs the desktop flow test (real
# sshd, simulated GPU host) in a real X server (Xvfb) and saves the window at
# key moments into resources/screenshots/.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$repo/build/default}
out=$repo/resources/screenshots
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "screenshots.sh: install xvfb (apt-get install xvfb xauth)" >&2; exit 1; }
[[ $(id -u) == 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1
export RAYDECK_SCREENSHOT_DIR=$out RAYDECK_SIMHOST_DIR=$repo/tests/simhost RAYDECK_CLI=$build_dir/app/cli/raydeck-cli
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x960x24" "$build_dir/tests/gui/tst_guiconnectflow"
ls -1 "$out"

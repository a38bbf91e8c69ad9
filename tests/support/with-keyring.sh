#!/usr/bin/env bash
# Runs "$@" with a private D-Bus session, a private HOME and an unlocked
# gnome-keyring (Secret Service), so QtKeychain is exercised for real and no
# test can touch the developer's own keyring or config.
set -euo pipefail
test_home=$(mktemp -d -t raydeck-test-home.XXXXXX)
cleanup() { rm -rf "$test_home"; }
trap cleanup EXIT
export HOME=$test_home
export XDG_CONFIG_HOME=$test_home/.config
export XDG_DATA_HOME=$test_home/.local/share
export XDG_CACHE_HOME=$test_home/.cache
export XDG_RUNTIME_DIR=$test_home/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password on stdin creates and unlocks the "login" collection;
# without it every write fails with "Object does not exist". The daemon leaves
# with the private bus when the test ends.
dbus-run-session -- bash -c '
    printf %s raydeck-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring-session "$@"

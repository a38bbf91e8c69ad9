#!/usr/bin/env bash
# Runs a GUI test. Chromium (Qt WebEngine) refuses to start as root with its
# sandbox, so only when the tests run as root is the sandbox turned off;
# the shipped app always keeps it.
if [[ $(id -u) == 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$@"

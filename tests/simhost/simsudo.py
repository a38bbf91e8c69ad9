# SPDX-License-Identifier: GPL-3.0-or-later
"""Stand-in for sudo on the simulated GPU host.

$RAYDECK_SIM_STATE/sudo-mode selects the policy:
  (absent) or "nopasswd"  run the command (like a NOPASSWD sudoers rule)
  "needs-password"        -n: "sudo: a password is required", exit 1;
                          -S: read one line from stdin and compare it with the
                          file sudo-password; otherwise fail at once as sudo does
                          without a terminal. Never waits for a terminal.
  "not-in-sudoers"        "<user> is not in the sudoers file.  This incident will be reported."
The command runs with the caller's environment plus RAYDECK_SIM_SUDO=1 (the
docker stand-in then skips its permission-denied mode, as root would).
"""

import getpass
import os
import shutil
import sys

import simcommon
from simcommon import err

VALUE_SHORT = set("ugpCDUrtTh")
VALUE_LONG = {"--user", "--group", "--prompt", "--chdir", "--close-from", "--host", "--other-user",
              "--role", "--type", "--command-timeout"}


def parse(args):
    """Returns (flags set, command list)."""
    flags = set()
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return flags, args[i + 1:]
        if not arg.startswith("-") or arg == "-":
            return flags, args[i:]
        if arg.startswith("--"):
            name = arg.split("=", 1)[0]
            if name in VALUE_LONG and "=" not in arg:
                i += 1
            flags.add({"--non-interactive": "n", "--stdin": "S", "--preserve-env": "E",
                       "--login": "i", "--shell": "s", "--version": "V"}.get(name, name))
            i += 1
            continue
        j = 1
        while j < len(arg):
            letter = arg[j]
            flags.add(letter)
            if letter in VALUE_SHORT:
                if j + 1 == len(arg):
                    i += 1
                break
            j += 1
        i += 1
    return flags, []


def main(argv):
    args = list(argv[1:])
    simcommon.record_argv("sudo", args)
    flags, command = parse(args)
    if "V" in flags:
        print("Sudo version 1.9.13p3")
        return 0
    if not command:
        err("usage: sudo -h | -K | -k | -V")
        err("usage: sudo [-AbEHknPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] "
            "[-T timeout] [-u user] [VAR=value] [-i | -s] [command [arg ...]]")
        return 1
    user = getpass.getuser()
    mode = simcommon.read_setting("sudo-mode", "nopasswd")
    if mode == "not-in-sudoers":
        err("%s is not in the sudoers file.  This incident will be reported." % user)
        return 1
    if mode == "needs-password":
        if "n" in flags:
            err("sudo: a password is required")
            return 1
        if "S" not in flags:
            err("sudo: a terminal is required to read the password; either use the -S option to read from "
                "standard input or configure an askpass helper")
            err("sudo: a password is required")
            return 1
        sys.stderr.write("[sudo] password for %s: " % user)
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            err("")
            err("sudo: no password was provided")
            err("sudo: a password is required")
            return 1
        expected = simcommon.read_setting("sudo-password", "")
        if not expected or line.rstrip("\n") != expected:
            err("")
            err("Sorry, try again.")
            err("sudo: 1 incorrect password attempt")
            return 1
        err("")
    # Leading VAR=value words set variables for the command, as sudo allows.
    env = dict(os.environ)
    while command and "=" in command[0] and not command[0].startswith("="):
        key, _, value = command[0].partition("=")
        env[key] = value
        command = command[1:]
    if not command:
        err("sudo: no command specified")
        return 1
    env["RAYDECK_SIM_SUDO"] = "1"
    if shutil.which(command[0], path=env.get("PATH")) is None and "/" not in command[0]:
        err("sudo: %s: command not found" % command[0])
        return 1
    sys.stdout.flush()
    os.execvpe(command[0], command, env)
    return 1

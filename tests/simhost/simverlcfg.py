# SPDX-License-Identifier: GPL-3.0-or-later
"""`python3 -m verl.trainer.main_ppo --cfg job [overrides...]` inside the simulated container.

verl's entry point is a Hydra app; with `--cfg job` Hydra composes the config,
applies the command line overrides and prints the result as YAML instead of
training. This stand-in does the same from a table of verl's PPO config keys
(data/verl-ppo-config-keys.tsv) with Hydra's override semantics:

    key=value    change an existing key (an unknown key fails: "Could not override ...")
    +key=value   add a key (fails when the key already has a value)
    ++key=value  add or change
    ~key[=value] delete a key (optionally only when it has that value)

Errors are printed the way Hydra prints them without HYDRA_FULL_ERROR (message,
cause, then the HYDRA_FULL_ERROR hint) and exit with status 1. The installed
"verl version" can be varied through state files (see README.md):
`verl-extra-keys` (keys a newer verl has), `verl-removed-keys` (keys it dropped)
and `verl-installed` (`no`: the module is missing).
"""

import math
import os
import re
import sys

import simcommon

MODULE = "verl.trainer.main_ppo"
FULL_ERROR_HINT = "\nSet the environment variable HYDRA_FULL_ERROR=1 for a complete stack trace."
MISSING = "???"


class HydraError(Exception):
    """A composition error: the lines Hydra prints, in order."""


class SyntaxProblem(Exception):
    pass


# ---------------------------------------------------------------- override values

INT_RE = re.compile(r"^[+-]?(0|[1-9](_?[0-9])*)$")
FLOAT_RE = re.compile(r"^[+-]?((([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*|[0-9](_?[0-9])*\.)([eE][+-]?[0-9](_?[0-9])*)?"
                      r"|[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*|inf|nan)$", re.IGNORECASE)
ESCAPABLE = "\\()[]{}:=, \t"


class ValueParser:
    """A recursive reader for the value part of Hydra's override grammar (no sweeps, no functions)."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self):
        while self.peek() in (" ", "\t") and self.peek():
            self.pos += 1

    def parse(self):
        self.skip_ws()
        value = self.element(top=True)
        self.skip_ws()
        if self.pos != len(self.text):
            raise SyntaxProblem("mismatched input '%s' expecting <EOF>" % self.text[self.pos:])
        return value

    def element(self, top=False):
        self.skip_ws()
        char = self.peek()
        if char == "[":
            return self.sequence()
        if char == "{":
            return self.mapping()
        if char in ("'", '"'):
            value = self.quoted()
            self.skip_ws()
            return value
        return self.primitive(stops="" if top else ",]}")

    def sequence(self):
        self.pos += 1
        items = []
        self.skip_ws()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.element())
            self.skip_ws()
            char = self.peek()
            self.pos += 1
            if char == "]":
                return items
            if char != ",":
                raise SyntaxProblem("no viable alternative at input '%s'" % self.text)

    def mapping(self):
        self.pos += 1
        items = {}
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return items
        while True:
            key = self.primitive(stops=":,]}")
            if self.peek() != ":" or not isinstance(key, str) or not key:
                raise SyntaxProblem("no viable alternative at input '%s'" % self.text)
            self.pos += 1
            items[key] = self.element()
            self.skip_ws()
            char = self.peek()
            self.pos += 1
            if char == "}":
                return items
            if char != ",":
                raise SyntaxProblem("no viable alternative at input '%s'" % self.text)

    def quoted(self):
        quote = self.peek()
        self.pos += 1
        out = []
        while True:
            char = self.peek()
            if not char:
                raise SyntaxProblem("token recognition error at: '%s'" % self.text)
            self.pos += 1
            if char == "\\" and self.peek() in (quote, "\\"):
                out.append(self.peek())
                self.pos += 1
            elif char == quote:
                return "".join(out)
            else:
                out.append(char)

    def primitive(self, stops):
        out = []
        interpolation = False
        escaped_any = False
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "$" and self.text.startswith("${", self.pos):
                end = self.text.find("}", self.pos)
                if end < 0:
                    raise SyntaxProblem("token recognition error at: '%s'" % self.text[self.pos:])
                out.append(self.text[self.pos:end + 1])
                self.pos = end + 1
                interpolation = True
                continue
            if char == "\\" and self.pos + 1 < len(self.text) and self.text[self.pos + 1] in ESCAPABLE:
                out.append(self.text[self.pos + 1])
                self.pos += 2
                escaped_any = True
                continue
            if char in stops or char in "[{'\"" or (char in "]}" and not stops):
                break
            out.append(char)
            self.pos += 1
        text = "".join(out).strip(" \t")
        if interpolation or escaped_any:
            return text
        lowered = text.lower()
        if lowered == "null":
            return None
        if lowered in ("true", "false"):
            return lowered == "true"
        if INT_RE.match(text):
            return int(text)
        if FLOAT_RE.match(text):
            return float(text)
        return text


def sweep_comma(value):
    """A comma outside brackets, quotes and ${...}: Hydra reads a sweep."""
    depth = 0
    quote = None
    index = 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            if char == quote:
                quote = None
        elif value.startswith("${", index):
            end = value.find("}", index)
            index = end + 1 if end >= 0 else len(value)
            continue
        elif char in "'\"":
            quote = char
        elif char in "[{(":
            depth += 1
        elif char in "]})":
            depth -= 1
        elif char == "," and depth == 0:
            return True
        index += 1
    return False


def parse_value(text):
    return ValueParser(text).parse()


def python_text(value):
    """How OmegaConf shows a value in an error message (str() of the Python value)."""
    return str(value)


# ---------------------------------------------------------------- the config

def table_path():
    return os.path.join(simcommon.simhost_dir(), "data", "verl-ppo-config-keys.tsv")


def load_config():
    """verl's composed PPO config as nested dicts, in the table's order, varied by the state files."""
    config = {}
    removed = set(simcommon.read_lines_setting("verl-removed-keys", [])) if os.path.exists(
        simcommon.state_path("verl-removed-keys")) else set()
    with open(table_path(), encoding="utf-8") as table:
        for line in table.read().splitlines():
            if not line or line.startswith("#") or line.startswith("key\t"):
                continue
            key, _type, default = (line.split("\t") + ["", ""])[:3]
            if key in removed:
                continue
            set_path(config, key.split("."), table_value(default))
    # A newer verl: extra keys written as Hydra overrides (key=value), one per line.
    extra_path = simcommon.state_path("verl-extra-keys")
    if os.path.exists(extra_path):
        with open(extra_path, encoding="utf-8") as handle:
            for line in handle.read().splitlines():
                line = line.strip()
                if not line or line.startswith("#") or "=" not in line:
                    continue
                key, _, value = line.partition("=")
                set_path(config, key.strip().lstrip("+").split("."), table_value(value))
    return config


def table_value(text):
    if text == MISSING:
        return MISSING
    try:
        return parse_value(text)
    except SyntaxProblem:
        return text


def set_path(config, parts, value):
    node = config
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def select(config, key):
    """OmegaConf.select(..., throw_on_missing=False): None for absent, null and '???'."""
    node = config
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return None if node == MISSING else node


def missing_part(config, key):
    node = config
    parts = key.split(".")
    for index, part in enumerate(parts):
        if not isinstance(node, dict) or part not in node:
            return part, ".".join(parts[:index + 1])
        node = node[part]
    return None


def merge(target, value):
    """OmegaConf.update(merge=True): dicts merge into dicts, anything else replaces."""
    if isinstance(target, dict) and isinstance(value, dict):
        for key, item in value.items():
            if key in target:
                target[key] = merge(target[key], item)
            else:
                target[key] = item
        return target
    return value


def struct_merge_check(existing, value, prefix):
    """Struct mode: merging a dict may not bring new keys."""
    if isinstance(existing, dict) and isinstance(value, dict):
        for key, item in value.items():
            if key not in existing:
                return key, prefix + "." + key
            problem = struct_merge_check(existing[key], item, prefix + "." + key)
            if problem:
                return problem
    return None


def update(config, key, value):
    parts = key.split(".")
    node = config
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = merge(node.get(parts[-1]), value) if parts[-1] in node else value


def struct_error(part, full_key):
    return ["Key '%s' is not in struct" % part, "    full_key: %s" % full_key, "    object_type=dict"]


def apply_override(config, raw):
    prefix = ""
    body = raw
    if body.startswith("++"):
        prefix, body = "++", body[2:]
    elif body.startswith("+"):
        prefix, body = "+", body[1:]
    elif body.startswith("~"):
        prefix, body = "~", body[1:]
    key, has_value, text = body.partition("=")
    key = key.strip()
    if not re.match(r"^[A-Za-z0-9_$\-.@/]*$", key) or (not has_value and prefix != "~"):
        raise HydraError(["Error parsing override '%s'" % raw,
                          "missing EQUAL at '<EOF>'" if not has_value else
                          "token recognition error at: '%s'" % key,
                          "See https://hydra.cc/docs/1.2/advanced/override_grammar/basic for details"])
    if has_value and sweep_comma(text):
        raise HydraError(["Ambiguous value for argument '%s'" % raw,
                          "1. To use it as a list, use key=[value1,value2]",
                          "2. To use it as string, quote the value: key=\\'value1,value2\\'",
                          "3. To sweep over it, add --multirun to your command line"])
    try:
        value = parse_value(text) if has_value else None
    except SyntaxProblem as problem:
        raise HydraError(["Error parsing override '%s'" % raw, str(problem),
                          "See https://hydra.cc/docs/1.2/advanced/override_grammar/basic for details"])
    if key.startswith("hydra.") or key == "hydra":
        return  # Hydra's own settings are not part of the job config.
    if "/" in key or "@" in key:
        raise HydraError(["Could not override '%s'. No match in the defaults list." % key])

    if prefix == "~":
        current = select(config, key)
        if current is None:
            raise HydraError(["Could not delete from config. '%s' does not exist." % key])
        if has_value and value != current:
            raise HydraError(["Could not delete from config. The value of '%s' is %s and not %s."
                              % (key, python_text(current), python_text(value))])
        parts = key.split(".")
        node = config
        for part in parts[:-1]:
            node = node[part]
        del node[parts[-1]]
        return
    if prefix == "+":
        if select(config, key) is not None:
            raise HydraError(["Could not append to config. An item is already at '%s'." % key])
        update(config, key, value)
        return
    if prefix == "++":
        update(config, key, value)
        return
    problem = missing_part(config, key)
    if problem is None:
        parts = key.split(".")
        node = config
        for part in parts[:-1]:
            node = node[part]
        problem = struct_merge_check(node[parts[-1]], value, key)
    if problem is not None:
        part, full_key = problem
        raise HydraError(["Could not override '%s'." % key, "To append to your config use +%s" % raw]
                         + struct_error(part, full_key))
    update(config, key, value)


# ---------------------------------------------------------------- YAML as OmegaConf.to_yaml writes it

YAML_BOOL = re.compile(r"^(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N)$")
YAML_NULL = re.compile(r"^(~|null|Null|NULL)$")
YAML_INT = re.compile(r"^[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$")
YAML_FLOAT = re.compile(r"^([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*"
                        r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+)$")
YAML_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")


def yaml_string(text):
    """A scalar string: plain when PyYAML would write it plain, else single-quoted."""
    if "\n" in text or any(ord(c) < 32 and c != "\t" for c in text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    plain = bool(text) and text == text.strip() and not (
        YAML_BOOL.match(text) or YAML_NULL.match(text) or YAML_INT.match(text) or YAML_FLOAT.match(text)
        or YAML_TIMESTAMP.match(text)
        or text[0] in "#,[]{}&*!|>'\"%@`"
        or (text[0] in "-?:" and (len(text) == 1 or text[1] in " \t"))
        or ": " in text or " #" in text or text.endswith(":") or "\t" in text)
    return text if plain else "'" + text.replace("'", "''") + "'"


def yaml_scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value).lower()
        if "." not in text and "e" in text:
            text = text.replace("e", ".0e", 1)
        return text
    return yaml_string(str(value))


def yaml_lines(value, indent):
    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict) and item:
                lines.append("%s%s:" % (pad, yaml_string(str(key))))
                lines += yaml_lines(item, indent + 2)
            elif isinstance(item, list) and item:
                lines.append("%s%s:" % (pad, yaml_string(str(key))))
                lines += yaml_lines(item, indent)  # PyYAML does not indent a sequence under its key
            else:
                lines.append("%s%s: %s" % (pad, yaml_string(str(key)), inline(item)))
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                nested = yaml_lines(item, indent + 2)
                lines.append("%s- %s" % (pad, nested[0].lstrip()))
                lines += nested[1:]
            else:
                lines.append("%s- %s" % (pad, inline(item)))
    return lines


def inline(value):
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return yaml_scalar(value)


# ---------------------------------------------------------------- entry point

def main(argv):
    """argv: sys.argv of `python3 -m verl.trainer.main_ppo ...`."""
    args = argv[3:]
    if simcommon.read_setting("verl-installed", "yes").lower() in ("no", "false", "0"):
        sys.stderr.write("/usr/bin/python3: Error while finding module specification for '%s' "
                         "(ModuleNotFoundError: No module named 'verl')\n" % MODULE)
        return 1
    cfg = None
    overrides = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in ("--cfg", "-c"):
            if index + 1 >= len(args):
                sys.stderr.write("main_ppo.py: error: argument --cfg/-c: expected one argument\n")
                return 2
            cfg = args[index + 1]
            index += 2
            continue
        if arg.startswith("--cfg="):
            cfg = arg.partition("=")[2]
        elif arg.startswith("-"):
            pass  # other Hydra flags (--resolve, --package ...) change nothing here
        else:
            overrides.append(arg)
        index += 1
    if cfg is None:
        sys.stderr.write("simulated host: verl trains only as a Ray job here (submit it); "
                         "`--cfg job` prints the composed config\n")
        return 2
    if cfg not in ("job", "hydra", "all"):
        sys.stderr.write("main_ppo.py: error: argument --cfg/-c: invalid choice: '%s' (choose from 'job', "
                         "'hydra', 'all')\n" % cfg)
        return 2
    config = load_config()
    try:
        for raw in overrides:
            apply_override(config, raw)
    except HydraError as error:
        sys.stderr.write("\n".join(error.args[0]) + "\n" + FULL_ERROR_HINT + "\n")
        return 1
    sys.stdout.write("\n".join(yaml_lines(config, 0)) + "\n\n")
    return 0

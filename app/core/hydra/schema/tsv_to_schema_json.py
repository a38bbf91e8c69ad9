#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the verl PPO config key table (TSV: key, type, default, note) into the
JSON resource RayDeck ships as its built-in schema.

    python3 tsv_to_schema_json.py verl-ppo-config-keys.tsv > verl-ppo-schema.json

Defaults are kept as written (they are valid Hydra override text). The group of
each key follows ConfigGroup.cpp's prefix rules; a unit test checks both agree.
"""
import json
import re
import sys

# Keys whose table type is narrower than what verl accepts in practice: the
# data files may be one path or a list of them, and the quickstart passes the
# logger as a plain string (trainer.logger=console).
WIDER_TYPES = {
    "data.train_files": "str|list",
    "data.val_files": "str|list",
    "trainer.logger": "list|str",
}

GROUP_PREFIXES = [
    ("data.", "data"),
    ("actor_rollout_ref.model.", "model"),
    ("actor_rollout_ref.actor.", "actor"),
    ("actor_rollout_ref.rollout.", "rollout"),
    ("actor_rollout_ref.ref.", "reference"),
    ("critic.", "critic"),
    ("algorithm.", "algorithm"),
    ("trainer.", "trainer"),
]


def group_of(key):
    for prefix, group in GROUP_PREFIXES:
        if key.startswith(prefix):
            return group
    return "other"


def main(path):
    source = ""
    entries = []
    with open(path, encoding="utf-8") as table:
        for number, line in enumerate(table.read().splitlines()):
            if line.startswith("#"):
                found = re.search(r"(verl/\S+) at commit (\w{12})\w*, (\d{4}-\d{2}-\d{2})", line)
                if number == 0 and found:
                    source = "%s at %s (%s)" % found.groups()
                continue
            fields = line.split("\t")
            if fields[0] == "key":
                continue
            key, type_name, default, note = (fields + ["", "", "", ""])[:4]
            entries.append({
                "key": key,
                "type": WIDER_TYPES.get(key, type_name),
                "default": default,
                "group": group_of(key),
                "note": note,
            })
    out = sys.stdout
    out.write('{\n  "format": 1,\n')
    out.write('  "source": %s,\n' % json.dumps(source, ensure_ascii=False))
    out.write('  "entries": [\n')
    out.write(",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries))
    out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main(sys.argv[1])

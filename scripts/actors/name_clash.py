#!/usr/bin/env python3
"""Names (and aliases) of one people file that are also names or aliases of a different person in
the other people files. A person named again in a later file replaces the earlier terms (see
crates/actors/src/dict.rs), so a clash either means the same person (their other terms must be
carried over) or two people sharing a name (the later file silently wins unless one of them has
a qualifier, see dictionaries/actors/README.md, "Homonyms").

Usage: scripts/actors/name_clash.py [FILE]   (default people_offices_defence.tsv; from the repo root)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from coverage import FILES, name_key, rows  # noqa: E402  (the files in load order, one name rule)

D = "dictionaries/actors/"


def people(f):
    out = {}
    for r in rows(D + f):
        names = out.setdefault(r["person"], set())
        names.add(name_key(r["person"]))
        names.update(name_key(a) for a in r.get("aliases", "").split("|") if a.strip())
    return out


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "people_offices_defence.tsv"
    mine = people(target)
    for f in FILES:
        if f == target:
            continue
        for other, names in people(f).items():
            for me, my_names in mine.items():
                common = my_names & names
                if common:
                    print(f"{me!r} ~ {other!r} in {f}: {sorted(common)}")


if __name__ == "__main__":
    main()

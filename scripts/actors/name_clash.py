#!/usr/bin/env python3
"""Names (and aliases) of one people file that are also names or aliases of a different person in
the other people files. A person named again in a later file replaces the earlier terms (see
crates/actors/src/dict.rs), so a clash either means the same person (their other terms must be
carried over) or two people sharing a name (the later file silently wins).

Usage: scripts/actors/name_clash.py [FILE]   (default people_offices_defence.tsv; from the repo root)
"""
import sys
import unicodedata

D = "dictionaries/actors/"
FILES = ["people_phoenix.tsv", "people_offices_west.tsv", "people_offices_rest.tsv",
         "people_offices_defence.tsv", "people.tsv", "people_igo.tsv"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().replace("-", " ").replace(".", " ").split())


def people(f):
    out = {}
    header = None
    for line in open(D + f, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if header is None:
            header = cols
            continue
        names = out.setdefault(cols[0], set())
        names.add(norm(cols[0]))
        if len(cols) > 1:
            names.update(norm(a) for a in cols[1].split("|") if a.strip())
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

#!/usr/bin/env python3
"""Derives dictionaries/actors/people_phoenix.tsv from the Phoenix country-actor dictionary.

Input: Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT License, Copyright (c) 2014
Open Event Data Alliance), read from ../shared/cameo/ (never copied into the repository).
Output: person rows (name, aliases, code, start, end, role) for people with dated terms that
reach 2005 or later. Codes are cut to country + first agent (IDNGOVMIL → IDNGOV). Aliases that
are a single common word or shorter than four letters are left out. Terms after 2014 are not
in this source: people.tsv (written by hand) adds them and overrides a person named there.

Usage: python3 scripts/actors/phoenix_people.py ../shared/cameo/Phoenix.Countries.actors.txt \
           > dictionaries/actors/people_phoenix.tsv
"""
import re
import sys

ROLEWORDS = set("""PRESIDENT PRESIDENT-ELECT MINISTER PRIME MR MR. MRS MRS. MS SENATOR ADMINISTRATION
GENERAL GEN. KING QUEEN PRINCE SECRETARY CHAIRMAN LEADER THE AMBASSADOR GOVERNOR MAYOR
CHANCELLOR PREMIER FOREIGN DEFENSE DEFENCE DR. DR SHEIKH SHEIK EMIR SULTAN AYATOLLAH COLONEL""".split())

STOP = set("""may may's march june april august will rice brown white black green king
bush young long little rich gray grey wood hill bell rose price power major land hope
gold north south east west park law wing case cole ford moon hunt bishop star prince""".split())

CODE = re.compile(r"\[([A-Z-]{3,})\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\]")


def date(s):
    if not s:
        return ""
    s = s.lstrip("<>")
    if len(s) == 8:
        y, m, d = s[:4], s[4:6], s[6:]
    else:
        yy = int(s[:2])
        y = str(2000 + yy if yy <= 20 else 1900 + yy)
        m, d = s[2:4], s[4:6]
    m = m if m != "00" else "01"
    d = d if d != "00" else "01"
    return f"{y}-{m}-{d}"


def title(name):
    words = []
    for w in name.replace("_", " ").split():
        if "." in w and len(w) <= 3:
            words.append(w.upper())
        else:
            words.append("-".join(p.capitalize() for p in w.lower().split("-")))
    s = " ".join(words)
    return re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), s)


def cut(code):
    groups = ("IGO", "NGO", "IMG", "MNC")
    if code.startswith(groups):
        return code
    return code[:6]


def main(path):
    entries = []
    cur = None
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line[0].isspace() and not line.startswith("+") and not line.startswith("["):
            name = line.split("[", 1)[0].strip().rstrip("_").strip()
            cur = {"name": name, "aliases": [], "codes": []}
            entries.append(cur)
            line = line[len(line.split("[", 1)[0]):]
        elif line.startswith("+") and cur is not None:
            cur["aliases"].append(line[1:].split("[", 1)[0].strip().rstrip("_").strip())
            line = line[len(line.split("[", 1)[0]):]
        if cur is None:
            continue
        for m in CODE.finditer(line):
            code, a, b = m.group(1), m.group(2) or "", m.group(3) or ""
            start = end = ""
            if a.startswith("<"):
                end = date(a)
            else:
                start = date(a)
                end = date(b)
            cur["codes"].append((cut(code), start, end))
    print("# DERIVED by scripts/actors/phoenix_people.py from Phoenix.Countries.actors.txt")
    print("# (openeventdata/petrarch2, MIT License, Copyright (c) 2014 Open Event Data Alliance).")
    print("# People with an office (not ELI) reaching 2005 or later; codes cut to country + first agent.")
    print("# Do not edit: correct or extend a person in people.tsv, which overrides these rows.")
    print("person\taliases\tcode\tstart\tend\trole")
    n = 0
    for e in entries:
        name = e["name"]
        words = name.split("_")
        if len(words) < 2 or not e["codes"]:
            continue
        # Former office holders are coded country + ELI by warta's resolution rules, so the
        # source's ELI rows add nothing; keep people with an office reaching 2005 or later.
        # A bare country code is a country or region listed among the actors (`BOSNIA_AND_
        # HERZEGOVINA`), not a person: countries come from countries.tsv.
        dated = [c for c in e["codes"] if (c[1] or c[2]) and not c[0].endswith("ELI") and len(c[0]) > 3]
        if not dated:
            continue
        if not any((c[2] or "9999") >= "2005" for c in dated):
            continue
        if not re.fullmatch(r"[A-Z][A-Z.'\-_]+", name) or name.startswith("THE_"):
            continue
        aliases = []
        for a in e["aliases"]:
            if not re.fullmatch(r"[A-Z][A-Z.'\-_]+", a):
                continue
            aw = a.split("_")
            if any(w in ROLEWORDS for w in aw):
                continue
            if len(aw) == 1 and (len(a) < 4 or a.lower() in STOP):
                continue
            t = title(a)
            if t not in aliases and t != title(name):
                aliases.append(t)
        # Only the surname alone when the source gives it as an alias.
        seen = set()
        first = True
        for code, start, end in e["codes"]:
            if code.endswith("ELI") or len(code) <= 3 or (code, start, end) in seen:
                continue
            seen.add((code, start, end))
            if start and not end:
                # The source is of January 2014: an open term is not known to last beyond
                # 2014 (people.tsv extends the terms of those who stayed in office).
                end = "2014-12-31" if start <= "2014-12-31" else ""
            if start and end and end < start:
                continue
            print(f"{title(name)}\t{'|'.join(aliases) if first else ''}\t{code}\t{start}\t{end}\t")
            first = False
            n += 1
    print(f"# {n} rows", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/cameo/Phoenix.Countries.actors.txt")

#!/usr/bin/env python3
"""Who holds each office of some states at a date, as the loader keeps the rows.

Usage: scripts/actors/current.py [--date YYYY-MM-DD] CODE ...   (a state, or a whole IGO code)   (run from the repository root)

Per state and office (head of state, head of government, foreign, defence, interior minister),
prints the terms covering the date (a person's rows from the last file naming them, as
coverage.py takes them), marking open-ended ones `open`, and `-` where none does.
"""
import datetime
import sys

import coverage


def main():
    args = sys.argv[1:]
    day = datetime.date.today()
    if args[:1] == ["--date"]:
        day = datetime.date.fromisoformat(args[1])
        args = args[2:]
    d = "dictionaries/actors/"
    active = {}
    for f, r in coverage.effective_rows(d):
        code = r.get("code", "")
        # An IGO is indexed by its whole code and any office key (secretary_general, …).
        igo = code.startswith("IGO")
        group = r.get("role", "") if igo else coverage.office_group(r.get("role", ""), code)
        if not group or not (r.get("start") or r.get("end")):
            continue
        a = coverage.parse_day(r["start"], False) if r.get("start") else datetime.date(1900, 1, 1)
        b = coverage.parse_day(r["end"], True) if r.get("end") else None
        if a <= day and (b is None or day <= b):
            end = r["end"] or "open"
            active.setdefault((code if igo else code[:3], group), []).append(f"{r['person']} {r['start']}..{end} [{f}]")
    for code in args:
        offices = sorted({o for c, o in active if c == code}) if code.startswith("IGO") else coverage.GAP_OFFICES
        for office in offices:
            held = active.get((code, office), ["-"])
            print(f"{code} {office:18} " + "; ".join(held))


if __name__ == "__main__":
    main()

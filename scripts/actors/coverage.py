#!/usr/bin/env python3
"""Which states have holders of each office in the built-in people files.

Usage: scripts/actors/coverage.py [--missing]   (run from the repository root)

Counts person-terms and, for the offices the issue names (heads of state and government,
foreign, defence and interior ministers), the sovereign states with at least one holder.
States are the UN members and observers among countries.tsv's codes (plus Kosovo and Taiwan).
"""
import collections
import sys

FILES = ["people_phoenix.tsv", "people_offices_west.tsv", "people_offices_rest.tsv", "people_offices_defence.tsv", "people.tsv", "people_igo.tsv"]
# "head" is any head of state or government: a president, prime minister, monarch, chancellor…
HEADS = {"president", "prime_minister", "king", "queen", "emir", "sultan", "chancellor", "supreme_leader", "pope"}
OFFICES = ["head", "foreign_minister", "defence_minister", "interior_minister"]
# Territories and dependencies among ISO 3166-1 codes: no government of their own to code.
NOT_STATES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM "
    "HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA "
    "TKL UMI VGB VIR WLF".split()
)


def rows(path):
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if header is None:
            header = cols
            continue
        yield dict(zip(header, cols))


def main():
    d = "dictionaries/actors/"
    states = [r["country_code"] for r in rows(d + "countries.tsv") if r["country_code"] not in NOT_STATES]
    held = collections.defaultdict(set)
    terms = 0
    for f in FILES:
        for r in rows(d + f):
            if r.get("start") or r.get("end"):
                terms += 1
            role = r.get("role", "")
            held["head" if role in HEADS else role].add(r.get("code", "")[:3])
    print(f"person-terms (rows with dates): {terms}")
    print(f"sovereign states: {len(states)}")
    for office in OFFICES:
        missing = [s for s in states if s not in held[office]]
        print(f"{office:18} {len(states) - len(missing):4} states with holders, {len(missing):3} without")
        if "--missing" in sys.argv:
            print("    " + " ".join(missing))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores warta on the GigaWord gold set twice: against the gold as shipped, and with the readings
of eval/gigaword/adjudication.tsv put in place of the gold's events for the records listed there.

The gold was derived from PETRARCH-2's output; the adjudication file says, record by record, where
that output departs from the CAMEO codebook and why. The gold column of every row must equal the
shipped gold's events, so a changed gold set is noticed rather than silently re-read.

Usage: scripts/eval/adjudicated.py BINARY [GOLD_JSONL]     (from the repository root)
"""
import json
import os
import subprocess
import sys
import tempfile

ADJ = "eval/gigaword/adjudication.tsv"
GOLD = "../shared/eval/petrarch2_gigaword_gsr.jsonl"
SCORE = "../shared/eval/score.py"


def code_of(x):
    return x.get("code") if isinstance(x, dict) else x


def parse_events(field, where):
    if field.strip() == "-":
        return []
    out = []
    for ev in field.split(";"):
        parts = ev.split()
        if len(parts) != 3:
            sys.exit(f"{where}: an event must be `SOURCE TARGET CODE`, got {ev!r}")
        out.append(tuple(parts))
    return out


def load_adjudication(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            if len(cols) != len(header):
                sys.exit(f"{path}:{n}: {len(cols)} columns, the header has {len(header)}")
            row = dict(zip(header, cols))
            where = f"{path}:{n}"
            rows[row["id"]] = {
                "gold": parse_events(row["gold"], where + ": gold"),
                "reading": parse_events(row["reading"], where + ": reading"),
                "verdict": row["verdict"],
                "line": n,
            }
    return rows


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    gold_path = sys.argv[2] if len(sys.argv) > 2 else GOLD
    if not os.path.exists(gold_path):
        sys.exit(f"{gold_path} is absent: this script needs ../shared/eval")
    adj = load_adjudication(ADJ)
    docs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    seen = set()
    for d in docs:
        row = adj.get(d["id"])
        if row is None:
            continue
        seen.add(d["id"])
        shipped = sorted((code_of(e["source"]), code_of(e["target"]), e["code"]) for e in d.get("events", []))
        if shipped != sorted(row["gold"]):
            sys.exit(f"{ADJ}:{row['line']}: {d['id']}: the gold column says {row['gold']}, the gold set has {shipped}")
        d["events"] = [{"source": s, "target": t, "code": c} for s, t, c in row["reading"]]
    missing = set(adj) - seen
    if missing:
        sys.exit(f"{ADJ}: ids not in the gold set: {', '.join(sorted(missing))}")
    verdicts = {}
    for row in adj.values():
        verdicts[row["verdict"]] = verdicts.get(row["verdict"], 0) + 1
    with tempfile.TemporaryDirectory() as tmp:
        fixed = os.path.join(tmp, "gold.jsonl")
        with open(fixed, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        pred = os.path.join(tmp, "pred.jsonl")
        with open(pred, "w", encoding="utf-8") as f:
            subprocess.run([binary, "code", "--lang", "en", gold_path], stdout=f, stderr=subprocess.DEVNULL, check=True)
        for name, g in (("gold as shipped", gold_path), ("gold with the adjudicated readings", fixed)):
            out = subprocess.run(
                [sys.executable, SCORE, "--gold", g, "--pred", pred], capture_output=True, text=True, check=True
            ).stdout
            last = [l for l in out.splitlines() if l.startswith("root F1=")]
            print(f"{name}: {last[-1] if last else out.strip()}")
    print("rows by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))


if __name__ == "__main__":
    main()

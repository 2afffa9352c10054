#!/usr/bin/env python3
"""Scores warta on the GigaWord gold set twice: against the gold as shipped, and with the readings
of eval/gigaword/adjudication.tsv put in place of the gold's events for the records listed there.

The gold was derived from PETRARCH-2's output; the adjudication file says, record by record, where
that output departs from the CAMEO codebook and why. The gold column of every row must equal the
shipped gold's events, so a changed gold set is noticed rather than silently re-read.

Usage: scripts/eval/adjudicated.py BINARY [GOLD_JSONL] [--min-root F] [--min-exact F]
(from the repository root). With --min-*, exits 1 when the adjudicated score is below the bound.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ADJ = "eval/gigaword/adjudication.tsv"
GOLD = "../shared/eval/petrarch2_gigaword_gsr.jsonl"


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
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("gold", nargs="?", default=GOLD)
    ap.add_argument("--min-root", type=float, default=0.0)
    ap.add_argument("--min-exact", type=float, default=0.0)
    args = ap.parse_args()
    binary, gold_path = args.binary, args.gold
    score_path = os.path.join(os.path.dirname(gold_path), "score.py")
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
                [sys.executable, score_path, "--gold", g, "--pred", pred, "--json"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            # --json prints one object, then the usual summary line
            ev = json.JSONDecoder().raw_decode(out)[0]
            root, exact = ev["events.root.f1"], ev["events.exact.f1"]
            print(f"{name}: root F1={root:.3f} exact F1={exact:.3f}")
    print("rows by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    if root < args.min_root or exact < args.min_exact:
        sys.exit(f"adjudicated score below the bounds (root {args.min_root}, exact {args.min_exact})")


if __name__ == "__main__":
    main()

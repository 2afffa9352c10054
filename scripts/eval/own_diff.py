#!/usr/bin/env python3
"""Codes the team's own sentences (eval/own/{en,id}.txt, `DATE|TEXT` lines) with two warta
binaries and prints every event that differs, with its sentence, so that a rule change can be
read event by event on text no gold covers.

Usage: scripts/eval/own_diff.py OLD_BINARY NEW_BINARY      (from the repository root)
       scripts/eval/own_diff.py BINARY                      (print every event)
"""
import json
import subprocess
import sys
import tempfile

HERE = "eval/own"


def docs(lang):
    out = []
    with open(f"{HERE}/{lang}.txt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            date, _, text = line.partition("|")
            out.append({"id": f"{lang}-{n}", "date": date, "text": text})
    return out


def code_of(x):
    return x.get("code") if isinstance(x, dict) else x


def run(binary, lang, items):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in items)
        path = f.name
    res = subprocess.run([binary, "code", "--lang", lang, path], capture_output=True, text=True, check=True)
    events = {}
    for line in res.stdout.splitlines():
        d = json.loads(line)
        events[d["id"]] = [
            (code_of(e["source"]), e["code"], code_of(e["target"]), e.get("date"),
             (e.get("location") or {}).get("name") if isinstance(e.get("location"), dict) else e.get("location"))
            for e in d.get("events", [])
        ]
    return events


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    changed = 0
    for lang in ("en", "id"):
        items = docs(lang)
        text = {d["id"]: d["text"] for d in items}
        new = run(sys.argv[-1], lang, items)
        old = run(sys.argv[1], lang, items) if len(sys.argv) == 3 else {}
        for k in text:
            a, b = old.get(k, []), new.get(k, [])
            if len(sys.argv) == 2:
                print(k, text[k])
                for e in b:
                    print("    ", *e)
                continue
            if a == b:
                continue
            print(k, text[k])
            for e in a:
                if e not in b:
                    print("   -", *e)
                    changed += 1
            for e in b:
                if e not in a:
                    print("   +", *e)
                    changed += 1
    if len(sys.argv) == 3:
        print(f"{changed} events changed")


if __name__ == "__main__":
    main()

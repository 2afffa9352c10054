#!/usr/bin/env python3
"""Development check: agreement of warta-morph roots with PySastrawi's stemmer (test oracle only).

    pip install sastrawi   # PyPI `sastrawi`; its bundled root list is CC BY-NC-SA: used here only
                           # to compare, never shipped or copied into warta.
    python3 scripts/morph/compare_sastrawi.py [WORDLIST] [--show N]

WORDLIST: one word a line. Without it, the distinct lower-case words of the Indonesian documents
under $WARTA_SHARED/eval (default <repo>/../shared/eval: dev/input.jsonl and seed/*.jsonl) are used.
warta's side is the `analyze` example (release build), so no Python is ever called by warta.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def shared_words():
    shared = os.environ.get("WARTA_SHARED", os.path.join(ROOT, "..", "shared"))
    files = glob.glob(os.path.join(shared, "eval", "dev", "input.jsonl")) + glob.glob(
        os.path.join(shared, "eval", "seed", "*.jsonl")
    )
    counts = collections.Counter()
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if doc.get("lang", "id") != "id":
                    continue
                for w in WORD.findall(doc.get("text", "")):
                    if w.islower():
                        counts[w] += 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wordlist", nargs="?")
    ap.add_argument("--show", type=int, default=40, help="print this many disagreements")
    ap.add_argument("--bin", help="a built `analyze` example to use instead of `cargo run`")
    args = ap.parse_args()
    if args.wordlist:
        with open(args.wordlist, encoding="utf-8") as fh:
            # First column of each line (so the heldout TSV works as a word list too).
            counts = collections.Counter(
                w.split()[0].lower() for w in fh if w.strip() and not w.startswith("#")
            )
    else:
        counts = shared_words()
    if not counts:
        print("no words to compare (no word list given and no shared eval documents found)")
        return 0
    words = sorted(counts)
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", "/work/target-morph")
    cmd = [args.bin] if args.bin else ["cargo", "run", "-q", "--release", "-p", "warta-morph", "--example", "analyze"]
    out = subprocess.run(
        cmd,
        input="\n".join(words) + "\n", capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    ).stdout.splitlines()
    warta = {}
    for line in out:
        f = line.split("\t")
        warta[f[0]] = f[1]
    stem = StemmerFactory().create_stemmer().stem
    agree = agree_tok = total_tok = 0
    diffs = []
    for w in words:
        s = stem(w)
        if warta.get(w) == s:
            agree += 1
            agree_tok += counts[w]
        else:
            diffs.append((counts[w], w, warta.get(w), s))
        total_tok += counts[w]
    print(f"types:  {agree}/{len(words)} agree ({100 * agree / len(words):.1f}%)")
    print(f"tokens: {agree_tok}/{total_tok} agree ({100 * agree_tok / total_tok:.1f}%)")
    print(f"most frequent disagreements (count, word, warta, sastrawi):")
    for c, w, a, s in sorted(diffs, reverse=True)[: args.show]:
        print(f"  {c}\t{w}\t{a}\t{s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs `dateparser` and warta-time over the same expression list with the same reference dates
and prints how many each normalizes correctly.

Usage: python3 scripts/time/compare_dateparser.py [crates/time/tests/expressions.tsv] [--verbose]
       python3 scripts/time/compare_dateparser.py --gold GOLD.jsonl [--timeml]   (the gold spans of a gold set)

The list is tests/expressions.tsv (lang, reference date, text, expected TIMEX3 value, style; an
empty expected value means the text holds no time expression).
warta runs through `cargo run --release -p warta-time --example normalize` (set CARGO_TARGET_DIR
as usual); an expression counts as right when one of the values warta finds in the text equals
the expected value. dateparser (pip install dateparser) parses the whole text with
RELATIVE_BASE = the reference date and the row's language; its datetime counts as right when,
written at the expected value's granularity (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM), it
equals the expected value. dateparser has no notion of durations, weeks, decades or PRESENT_REF,
so those rows count against it; the script also prints the score on day/month/year rows only.
"""
import datetime as dt
import os
import re
import subprocess
import sys

import dateparser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../.."))


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or line.startswith("lang\t"):
            continue
        f = line.split("\t")
        rows.append((f[0], f[1], f[2], f[3], f[4] if len(f) > 4 else ""))
    return rows


def dp_value(d, expected):
    if d is None:
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", expected):
        return d.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"\d{4}-\d\d-\d\d", expected):
        return d.strftime("%Y-%m-%d")
    if re.fullmatch(r"\d{4}-\d\d", expected):
        return d.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", expected):
        return d.strftime("%Y")
    return d.isoformat()


def is_calendar(v):
    return bool(re.fullmatch(r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?)?", v))


def load_gold(path):
    """Gold time expressions of a JSONL gold set, each on its own with its document's date; only
    calendar values (what dateparser can express); the text is the gold span out of context."""
    import json
    rows = []
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    lang_of = {}
    inp = os.path.join(os.path.dirname(path), "input.jsonl")
    if os.path.exists(inp):
        for l in open(inp, encoding="utf-8"):
            d = json.loads(l)
            lang_of[d["id"]] = (d.get("lang"), d.get("published"))
    for d in docs:
        lang, pub = d.get("lang"), d.get("published")
        if d["id"] in lang_of:
            lang, pub = lang_of[d["id"]]
        for t in d.get("times") or []:
            if pub and is_calendar(str(t.get("value"))):
                rows.append((lang or "id", pub[:10], t["text"], t["value"], ""))
    return rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    gold = "--gold" in sys.argv
    path = args[0] if args else os.path.join(ROOT, "crates/time/tests/expressions.tsv")
    rows = load_gold(path) if gold else load(path)
    if "--timeml" in sys.argv:  # TimeML values (IndoTimex, TempEval): a day with a clock time is a TIME
        rows = [(l, r, t, e, "timeml") for l, r, t, e, _ in rows]
    feed = "".join(f"{l}\t{r}\t{t}\t{s}\n" for l, r, t, _, s in rows)
    # WARTA_TIME_NORMALIZE: a prebuilt normalize binary (else cargo builds the example)
    cmd = [os.environ["WARTA_TIME_NORMALIZE"]] if os.environ.get("WARTA_TIME_NORMALIZE") else [
        "cargo", "run", "-q", "--release", "-p", "warta-time", "--example", "normalize"]
    out = subprocess.run(cmd, input=feed, capture_output=True, text=True, cwd=ROOT, check=True).stdout.split("\n")
    w_ok = d_ok = w_cal = d_cal = n_cal = 0
    for (lang, ref, text, exp, _), wline in zip(rows, out):
        base = dt.datetime.fromisoformat(ref + "T12:00:00")
        try:
            d = dateparser.parse(text, languages=[lang], settings={"RELATIVE_BASE": base})
        except Exception:  # dateparser raises on some inputs
            d = None
        wv = wline.split("|") if wline else []
        if exp == "":  # no time expression in the text
            dv = None if d is None else d.isoformat()
            wo, do = not wv, d is None
        else:
            dv = dp_value(d, exp)
            wo, do = exp in wv, dv == exp
        w_ok += wo
        d_ok += do
        if is_calendar(exp):
            n_cal += 1
            w_cal += wo
            d_cal += do
        if verbose and not (wo and do):
            print(f"{lang} {ref} {text!r:45} want {exp:18} warta {'ok' if wo else wline!r:20} dateparser {'ok' if do else dv}")
    n = len(rows)
    print(f"expressions: {n} ({n_cal} calendar values)")
    print(f"warta-time : {w_ok}/{n} correct ({w_ok / n:.1%}); calendar values {w_cal}/{n_cal}")
    print(f"dateparser : {d_ok}/{n} correct ({d_ok / n:.1%}); calendar values {d_cal}/{n_cal} (dateparser {dateparser.__version__})")


if __name__ == "__main__":
    main()

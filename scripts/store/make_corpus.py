#!/usr/bin/env python3
"""Builds the store benchmark corpus at run time from the real articles in shared/eval.

    make_corpus.py SHARED OUTDIR N [--seed S] [--parts P] [--bin WARTA]

Each generated article recombines paragraphs (Indonesian: dev set and IndoTimex articles;
English: TempEval-3 articles and Gigaword sentences of the PETRARCH gold set) of one language:
a lead paragraph and 5-11 others drawn at random. Every article gets its own id, a publication
day drawn over 2000-2025, a source (host) and URL. Four-digit years in the text move with the
publication year (a paragraph first published in 2015 that says "2015" says "2019" in an article
published in 2019), so dated events spread over the years like the publication days do.

Half of the articles also swap country names (one random permutation of a list of countries per
article, e.g. every "Malaysia" becomes "Vietnam"): the same paragraph then tells of other actors,
as news of other countries would, instead of the same happening again (which the store would
rightly merge into one event).

With --bin, every paragraph of the pool is first coded on its own by that `warta` and the body
paragraphs are drawn from those that give at least one event (news text without events is
cheap to store; the benchmark needs events to query).

Nothing of the text is kept in the repository: the corpus is written to OUTDIR (JSONL, P parts)
and deleted with it.
"""
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ID_SOURCES = ["antaranews.com", "kompas.com", "tempo.co", "detik.com", "republika.co.id", "cnnindonesia.com",
              "liputan6.com", "okezone.com", "tribunnews.com", "merdeka.com", "suara.com", "jpnn.com",
              "mediaindonesia.com", "sindonews.com", "bisnis.com", "kumparan.com", "viva.co.id", "idntimes.com"]
EN_SOURCES = ["reuters.com", "apnews.com", "afp.com", "bbc.co.uk", "theguardian.com", "nytimes.com",
              "thejakartapost.com", "straitstimes.com", "aljazeera.com", "washingtonpost.com", "abc.net.au",
              "channelnewsasia.com"]
COUNTRIES = {
    "id": ["Indonesia", "Malaysia", "Singapura", "Filipina", "Thailand", "Vietnam", "Australia", "Jepang",
           "Tiongkok", "India", "Rusia", "Prancis", "Inggris", "Jerman", "Iran", "Irak", "Suriah", "Mesir",
           "Turki", "Pakistan", "Korea Utara", "Korea Selatan", "Amerika Serikat", "Arab Saudi", "Ukraina"],
    "en": ["Indonesia", "Malaysia", "Singapore", "Philippines", "Thailand", "Vietnam", "Australia", "Japan",
           "China", "India", "Russia", "France", "Britain", "Germany", "Iran", "Iraq", "Syria", "Egypt",
           "Turkey", "Pakistan", "North Korea", "South Korea", "United States", "Saudi Arabia", "Ukraine"],
}
COUNTRY_RE = {lang: re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
              for lang, names in COUNTRIES.items()}
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def year_of(d):
    p = d.get("published") or d.get("date") or ""
    return int(p[:4]) if p[:4].isdigit() else None


def paragraphs(doc):
    """(text, original publication year) of each paragraph of at least 60 characters."""
    y = year_of(doc)
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", doc["text"])]
    return [(p, y) for p in parts if len(p) >= 60]


def with_events(warta, pool, lang):
    """The paragraphs of `pool` that `warta code` finds at least one event in."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, (text, y) in enumerate(pool):
            doc = {"id": str(i), "text": text, "lang": lang}
            if y:
                doc["published"] = f"{y}-06-15"
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run([warta, "code", name], check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL).stdout
    finally:
        os.unlink(name)
    keep = {int(d["id"]) for d in map(json.loads, out.splitlines()) if d.get("events")}
    return [p for i, p in enumerate(pool) if i in keep]


def main():
    args = sys.argv[1:]
    seed, parts = 7, 10
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    warta = None
    if "--bin" in args:
        i = args.index("--bin")
        warta = args[i + 1]
        del args[i:i + 2]
    if "--parts" in args:
        i = args.index("--parts")
        parts = int(args[i + 1])
        del args[i:i + 2]
    shared, out, n = args[0], args[1], int(args[2])
    ev = os.path.join(shared, "eval")
    id_docs = load(os.path.join(ev, "dev/input.jsonl")) + load(os.path.join(ev, "time/indotimex.jsonl"))
    en_docs = load(os.path.join(ev, "time/tempeval3_platinum.jsonl"))
    pools = {"id": [], "en": []}
    leads = {"id": [], "en": []}
    for d in id_docs:
        ps = paragraphs(d)
        if ps:
            leads["id"].append(ps[0])
            pools["id"].extend(ps[1:])
    for d in en_docs:
        ps = paragraphs(d)
        if ps:
            leads["en"].append(ps[0])
            pools["en"].extend(ps[1:])
    for d in load(os.path.join(ev, "petrarch2_gigaword_gsr.jsonl")):
        t = d["text"].strip()
        if len(t) >= 60:
            leads["en"].append((t, year_of(d)))
            pools["en"].append((t, year_of(d)))
    if warta:
        for lang in pools:
            pools[lang] = with_events(warta, pools[lang], lang)
            print(f"make_corpus: {len(pools[lang])} {lang} paragraphs with events", file=sys.stderr)
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    files = [open(os.path.join(out, f"part-{i:03d}.jsonl"), "w", encoding="utf-8") for i in range(parts)]
    base = datetime.date(2000, 1, 1)
    span = (datetime.date(2025, 12, 31) - base).days
    for k in range(n):
        # Two Indonesian articles for one English one, as in the news warta is for.
        lang = "en" if k % 3 == 2 else "id"
        day = base + datetime.timedelta(days=rng.randrange(span))
        chosen = [rng.choice(leads[lang])] + rng.sample(pools[lang], rng.randint(5, 11))

        def shift(p):
            text, y = p
            if y is None:
                return text
            return YEAR.sub(lambda m: str(int(m.group(1)) + day.year - y), text)

        body = "\n".join(shift(p) for p in chosen)
        if rng.random() < 0.5:
            names = COUNTRIES[lang]
            swap = dict(zip(names, rng.sample(names, len(names))))
            body = COUNTRY_RE[lang].sub(lambda m: swap[m.group(1)], body)
        title_words = chosen[1][0].split()[:8]
        host = rng.choice(ID_SOURCES if lang == "id" else EN_SOURCES)
        doc = {
            "id": f"bench-{k:07d}",
            "title": " ".join(title_words),
            "text": body,
            "published": day.isoformat(),
            "lang": lang,
            "source": host,
            "url": f"https://www.{host}/{day.year}/{day.month:02d}/{k:07d}",
        }
        files[k % parts].write(json.dumps(doc, ensure_ascii=False) + "\n")
    for f in files:
        f.close()


if __name__ == "__main__":
    main()

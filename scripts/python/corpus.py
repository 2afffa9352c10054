"""Builds a test/benchmark corpus of news articles from the real ones in ../shared/eval.

The articles stay in shared/: this module only reads them and writes a corpus to a temporary
place (JSONL or Parquet) for a test or a benchmark; nothing it makes is committed.

Articles: the dev set's Indonesian articles and the seed article as they are, and English
articles made of 3–6 consecutive sentences of the PETRARCH validation and Gigaword sets. Each
copy gets its own id and a publication date spread over 2015–2018 (so the job's date partitions
vary and relative dates resolve differently), a few without a date, lang or source.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Iterator


def shared_dir(repo: Path | None = None) -> Path:
    """`WARTA_SHARED`, else `<repo>/../shared`."""
    env = os.environ.get("WARTA_SHARED")
    if env:
        return Path(env)
    repo = repo or Path(__file__).resolve().parents[2]
    return repo.parent / "shared"


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def base_articles(shared: Path) -> list[dict]:
    """The distinct real articles the corpus is made of."""
    ev = shared / "eval"
    out: list[dict] = []
    for rec in _jsonl(ev / "dev" / "input.jsonl") + _jsonl(ev / "seed" / "antara-2015-11-18.jsonl"):
        out.append({k: rec.get(k) for k in ("id", "text", "published", "lang", "source", "url")})
    for name in ("petrarch2_validation.jsonl", "petrarch2_gigaword_gsr.jsonl"):
        sents = [r for r in _jsonl(ev / name) if isinstance(r.get("text"), str) and r["text"].strip()]
        i, k = 0, 0
        while i < len(sents):
            n = 3 + k % 4
            chunk = sents[i : i + n]
            out.append(
                {
                    "id": f"{name.split('.')[0]}-{k}",
                    "text": " ".join(s["text"].strip() for s in chunk),
                    "published": chunk[0].get("published") or chunk[0].get("date"),
                    "lang": "en",
                    "source": "AFP" if "gigaword" in name else None,
                    "url": None,
                }
            )
            i += n
            k += 1
    return out


def articles(shared: Path, n: int) -> Iterator[dict]:
    """`n` articles: copies of the base articles, each with its own id and date."""
    base = base_articles(shared)
    start = _dt.date(2015, 1, 1)
    for i in range(n):
        b = dict(base[i % len(base)])
        b["id"] = f"{b['id']}~{i}"
        if i % 17 == 5:
            b["published"] = None  # no date: relative dates stay unresolved
        else:
            b["published"] = (start + _dt.timedelta(days=(i * 37) % 1400)).isoformat()
        if i % 11 == 3:
            b["lang"] = None  # detected
        yield b


def write_jsonl(docs, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({k: v for k, v in d.items() if v is not None}, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(docs, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs = list(docs)
    cols = ["id", "text", "published", "lang", "source", "url"]
    table = pa.table({c: pa.array([d.get(c) for d in docs], type=pa.string()) for c in cols})
    pq.write_table(table, path)
    return len(docs)

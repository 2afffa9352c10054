#!/usr/bin/env python3
"""Codes news articles into CAMEO events with warta on Apache Spark.

Reads articles (Parquet, or JSONL as `warta code` reads it: `id`, `text`, `published` or `date`,
`lang`, `title`, `url`, `source`), codes them with ``mapInPandas`` — one ``warta.Coder`` per
executor process, built once — and writes one row per event (the columns of
``warta.to_pandas``: GDELT-like names, then the article and sentence) as Parquet partitioned by
date: ``OUT/date=2015-11-17/part-….parquet``, ``date=unknown`` when neither the text nor the
article gives a day.

Articles are independent, so the job is embarrassingly parallel; deduplication of the same
happening told by several articles runs afterwards, over the Parquet (see docs/readme/python.md).

    pip install pyspark pandas pyarrow  (and warta: pip install crates/python)
    python examples/spark_code.py articles.parquet events/ --master 'local[*]'
    spark-submit examples/spark_code.py s3://bucket/news/*.parquet s3://bucket/events/
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any, Iterator

import warta

#: Input columns the coder reads (others are ignored).
INPUT_COLUMNS = ["id", "text", "published", "date", "lang", "title", "url", "source"]
_SPARK_TYPES = {"int": "long", "real": "double", "text": "string", "bool": "boolean"}


def event_schema() -> str:
    """The Spark schema (DDL) of the event rows: warta's columns, then the partition `date`."""
    cols = [f"`{name}` {_SPARK_TYPES[t]}" for name, t in warta.event_columns()]
    return ", ".join(cols + ["`date` string"])


def code_batches(batches: Iterator[Any], options: dict[str, Any]) -> Iterator[Any]:
    """mapInPandas body: articles in, event rows out. The coder is the process's shared one."""
    coder = warta.shared_coder(**options)
    for pdf in batches:
        # NaN/None for missing values are both read as "absent" by code_batch.
        docs = pdf.to_dict("records")
        lines = coder.code_batch(docs, as_json=True)
        ev = warta.to_pandas(lines)
        ev["date"] = ev["EventDate"].fillna("unknown").astype("string")
        yield ev


def read_articles(spark: Any, path: str, fmt: str | None = None) -> Any:
    """Articles as a DataFrame with every column of INPUT_COLUMNS (absent ones null)."""
    from pyspark.sql import functions as F

    fmt = fmt or ("parquet" if path.rstrip("/").endswith(".parquet") else "json")
    if fmt == "parquet":
        df = spark.read.parquet(path)
    else:
        # An explicit schema: ids that are numbers become their text, as in `warta code`.
        ddl = ", ".join(f"`{c}` string" for c in INPUT_COLUMNS)
        df = spark.read.schema(ddl).json(path)
    for c in INPUT_COLUMNS:
        if c not in df.columns:
            df = df.withColumn(c, F.lit(None).cast("string"))
        elif c in ("published", "date"):
            df = df.withColumn(c, F.col(c).cast("string"))
    return df.select(*INPUT_COLUMNS)


def run(spark: Any, input_path: str, output_path: str, *, partitions: int | None = None,
        fmt: str | None = None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Reads, codes and writes; returns counts and seconds."""
    options = dict(options or {})
    options.setdefault("threads", 1)  # one task per core already: no pool inside a task
    t0 = time.perf_counter()
    articles = read_articles(spark, input_path, fmt)
    n = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
    articles = articles.repartition(n)
    events = articles.mapInPandas(lambda it: code_batches(it, options), schema=event_schema())
    # All events of a day to one task: one file per day instead of one per day and task.
    events = events.repartition(n, "date")
    events.write.mode("overwrite").partitionBy("date").parquet(output_path)
    seconds = time.perf_counter() - t0
    n_articles = articles.count()
    return {"articles": n_articles, "seconds": seconds, "articles_per_s": n_articles / seconds}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="articles: a Parquet file/folder, or JSONL")
    ap.add_argument("output", help="folder for events Parquet, partitioned by date")
    ap.add_argument("--format", choices=["parquet", "json"], help="input format (default: by extension)")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    ap.add_argument("--partitions", type=int, help="tasks to split the articles into")
    ap.add_argument("--published", help="date for articles without one (warta code --published)")
    ap.add_argument("--lang", choices=["id", "en"], help="language instead of detecting it")
    ap.add_argument("--dict", action="append", default=[], dest="dicts", help="user actor dictionary (repeatable)")
    ap.add_argument("--keep-negated", action="store_true")
    ap.add_argument("--time-style", choices=["warta", "timeml"], default="warta")
    ap.add_argument("--petrarch-dicts", help="a folder of TABARI/PETRARCH dictionaries")
    a = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("warta-code")
    if a.master:
        b = b.master(a.master)
    # Arrow batches of a few hundred articles keep each code_batch call busy and memory small.
    b = b.config("spark.sql.execution.arrow.maxRecordsPerBatch", "512")
    spark = b.getOrCreate()
    opts: dict[str, Any] = {"time_style": a.time_style, "keep_negated": a.keep_negated}
    if a.published:
        opts["published"] = a.published
    if a.lang:
        opts["lang"] = a.lang
    if a.dicts:
        opts["dicts"] = a.dicts
    if a.petrarch_dicts:
        opts["petrarch_dicts"] = a.petrarch_dicts
    report = run(spark, a.input, a.output, partitions=a.partitions, fmt=a.format, options=opts)
    print(json.dumps(report))
    spark.stop()


if __name__ == "__main__":
    main()

"""warta: codes Indonesian and English news into CAMEO political event data.

The same Rust coder as the ``warta`` command line, in Python::

    import warta
    c = warta.Coder()
    doc = c.code(text, published="2015-11-18", lang="id")   # a dict, FORMAT.md's shape
    docs = c.code_batch([{"id": "a1", "text": text, "published": "2015-11-18"}, ...])
    events = warta.to_pandas(docs)                           # one row per event, GDELT-like columns

``Coder.code_batch`` releases the GIL and codes on all cores; its documents are the ones
``warta code`` writes for the same JSONL input, in input order.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable, Mapping

from ._warta import Coder, WartaError, __version__, event_columns, event_table

__all__ = ["Coder", "WartaError", "EVENT_COLUMNS", "event_columns", "event_table", "to_pandas", "shared_coder", "__version__"]

#: Column names of :func:`to_pandas`, in order: ``warta export --format csv``'s event columns
#: (GDELT 2.0 names), then the mention columns that say which article and sentence.
EVENT_COLUMNS: list[str] = [name for name, _ in event_columns()]

_PANDAS_TYPES = {"int": "Int64", "real": "float64", "text": "string", "bool": "bool"}


def to_pandas(docs: Iterable[Mapping[str, Any] | str]) -> "pandas.DataFrame":  # noqa: F821
    """Events of coded documents as a pandas DataFrame, one row per event of each document.

    ``docs`` are output documents: dicts from :meth:`Coder.code` / :meth:`Coder.code_batch`, or
    their JSON strings (``as_json=True``, or lines of ``warta code`` output). Columns are
    :data:`EVENT_COLUMNS`: GDELT-like names (``SQLDATE``, ``Actor1Code``, ``EventCode``,
    ``QuadClass``, ``GoldsteinScale``, ``ActionGeo_*``…), then ``DocumentID``, ``SentenceID``,
    ``Actor1Text``, ``Actor2Text``, ``Evidence``, ``Negated``, ``Modality``, ``MentionTimeDate``,
    ``MentionSourceName``. ``SQLDATE``/``EventDate`` are the event's day when the text gives one
    (``DateFromText``), else the publication day. ``GLOBALEVENTID`` is a stable hash of the
    document id and the event's position, so the same input gives the same ids on any machine.
    Nothing is deduplicated: the same happening told by two articles is two rows.
    """
    import pandas as pd

    if isinstance(docs, (str, bytes, dict)):
        raise TypeError("docs must be a list of output documents (dicts or JSON strings), not a single " + type(docs).__name__)
    cols = event_table(list(docs))
    return pd.DataFrame({name: pd.array(cols[name], dtype=_PANDAS_TYPES[t]) for name, t in event_columns()})


_SHARED: dict[tuple, Coder] = {}
_SHARED_LOCK = threading.Lock()


def shared_coder(**options: Any) -> Coder:
    """One :class:`Coder` per process for each set of options, built on first use.

    For distributed jobs (Spark's ``mapInPandas``, Dask, Ray): functions shipped to workers are
    unpickled anew for every task, so a ``Coder`` cached in them would be rebuilt per task; this
    cache lives in the imported module, which a worker process keeps between tasks.
    """
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))
    with _SHARED_LOCK:
        c = _SHARED.get(key)
        if c is None:
            c = _SHARED[key] = Coder(**options)
        return c

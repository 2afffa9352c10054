"""Type stubs of warta's Rust extension module (see crates/python/src/lib.rs)."""

from os import PathLike
from typing import Any, Iterable, Literal, Mapping, overload

__version__: str

class WartaError(RuntimeError):
    """A failure inside warta's Rust code (a bug): the document it was coding is named."""

class Coder:
    """Codes news text into CAMEO events with the options of ``warta code``.

    Build one and reuse it (loading dictionaries is the slow part). Keyword arguments mirror the
    CLI flags: ``lang`` (``--lang``: ``"id"`` or ``"en"``, else detected), ``published``
    (``--published``: date for documents without one), ``dicts`` (``--dict``: your actor
    dictionaries, TSV), ``keep_negated``, ``max_doc_bytes`` / ``max_sentences`` /
    ``max_events`` / ``max_sentence_bytes`` / ``max_tokens`` (``--max-*`` caps: longer
    documents and sentences are coded up to the cap, with a warning),
    ``petrarch_dicts`` (``--petrarch-dicts``: a folder of TABARI/PETRARCH dictionaries),
    ``verbs`` (``--verbs``: your Indonesian verb files, ``id.tsv`` format), ``en_verbs``
    (``--en-verbs``: your English verb files, PETRARCH verb format),
    ``time_style`` (``"warta"`` or ``"timeml"``), ``threads`` (``--threads``: a pool of that many
    threads for :meth:`code_batch`; default all cores).

    Raises ``ValueError`` for a bad option (unknown language, date not ``YYYY-MM-DD``, a
    dictionary file that does not parse or does not exist).
    """

    def __init__(
        self,
        *,
        lang: Literal["id", "en"] | None = None,
        published: str | None = None,
        dicts: Iterable[str | PathLike[str]] | None = None,
        keep_negated: bool = False,
        max_doc_bytes: int = 2097152,
        max_sentences: int = 5000,
        max_events: int = 2000,
        max_sentence_bytes: int = 8192,
        max_tokens: int = 500,
        petrarch_dicts: str | PathLike[str] | None = None,
        time_style: Literal["warta", "timeml"] = "warta",
        threads: int | None = None,
        verbs: Iterable[str | PathLike[str]] | None = None,
        en_verbs: Iterable[str | PathLike[str]] | None = None,
    ) -> None: ...
    @overload
    def code(
        self,
        text: str,
        *,
        published: str | Any | None = None,
        lang: Literal["id", "en"] | None = None,
        id: str = "",
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        as_json: Literal[False] = False,
    ) -> dict[str, Any]: ...
    @overload
    def code(
        self,
        text: str,
        *,
        published: str | Any | None = None,
        lang: Literal["id", "en"] | None = None,
        id: str = "",
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        as_json: Literal[True],
    ) -> str: ...
    def code(self, text: str, **kwargs: Any) -> dict[str, Any] | str:  # type: ignore[misc]
        """Codes one text; returns the output document (``id``, ``lang``, ``published``,
        ``sentences``, ``events``, ``times``, ``entities``, ``meta``, ``warnings``) as a dict, or
        its JSON line with ``as_json=True``. ``published`` may be a ``datetime.date``.

        ``TypeError`` when ``text`` is not a ``str`` (``None``, ``bytes``: decode first);
        ``ValueError`` for a bad ``published``/``lang`` or a string with lone surrogates;
        ``WartaError`` if the Rust code fails (never an interpreter crash). The GIL is released
        while coding.
        """
    @overload
    def code_batch(
        self, docs: Iterable[Mapping[str, Any] | str], *, as_json: Literal[False] = False
    ) -> list[dict[str, Any]]: ...
    @overload
    def code_batch(self, docs: Iterable[Mapping[str, Any] | str], *, as_json: Literal[True]) -> list[str]: ...
    def code_batch(self, docs: Iterable[Mapping[str, Any] | str], *, as_json: bool = False) -> list[Any]:  # type: ignore[misc]
        """Codes many documents on all cores with the GIL released; results in input order.

        Each element is a dict with the JSONL input fields (``text`` required; ``id`` a str or
        int, default its index; ``published`` or ``date``; ``lang``, ``title``, ``url``,
        ``source``), or a bare ``str``. The results equal ``warta code``'s output lines for the
        same JSONL input (``as_json=True`` returns exactly those lines).
        """

def event_columns() -> list[tuple[str, str]]:
    """Columns of :func:`event_table` with their types (``int``, ``real``, ``text``, ``bool``)."""

def event_table(docs: Iterable[Mapping[str, Any] | str]) -> dict[str, list[Any]]:
    """Events of output documents (dicts or JSON strings) as ``{column: values}``."""

def _panic_in_pool(message: str) -> None: ...

"""Reading articles from files, directories and stdin.

``iter_inputs(paths)`` yields, in input order, a :class:`~rasd.doc.Document` for every article or an
:class:`InputFailure` for every article (or file) that could not be read; one bad article never stops a batch.

Formats, chosen by extension (``.gz`` is removed first) and otherwise sniffed from the content:
- ``.txt`` (and anything else that is text): one article per file;
- ``.jsonl`` / ``.ndjson``: one JSON object per line; ``.json``: an object or a list of objects. Fields ``id``,
  ``text`` or ``content``, ``title``, ``date`` or ``date_extracted``, ``source``, ``url``; every other field is
  kept in ``meta``;
- ``.csv`` / ``.tsv``: a header row and a ``text`` or ``content`` column (or the one named by ``text_column``);
  other columns as for JSON;
- ``.html`` / ``.htm``: the main text, extracted with trafilatura (title from the page metadata).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from rasd.api import make_document
from rasd.doc import Document
from rasd.errors import FormatError, InputError, InputTooLargeError, NotTextError, RasdError
from rasd.io.decode import decode_bytes, looks_utf16

__all__ = ["MAX_FILE_BYTES", "InputFailure", "iter_inputs", "iter_paths", "read_records", "record_to_document"]

MAX_FILE_BYTES = 2 * 1024**3  # refuse to read (or gunzip to) more than 2 GiB from one file
_TEXT_KEYS = ("text", "content", "body", "article")
_DATE_KEYS = ("date", "date_extracted", "published", "date_published")


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An article or file that could not be read: where, the stable error code, and the message."""

    source: str
    code: str
    message: str

    @classmethod
    def from_error(cls, source: str, exc: RasdError) -> InputFailure:
        return cls(source, exc.code, exc.message)


def _iso_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    s = str(value).strip()
    for cand in (s[:10], s):
        try:
            return dt.date.fromisoformat(cand).isoformat()
        except ValueError:
            continue
    return None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _clean(value: Any, depth: int = 0) -> Any:
    """Replace lone surrogates (legal in JSON escapes, unencodable in UTF-8) by U+FFFD, one for one."""
    if isinstance(value, str):
        return _SURROGATE_RE.sub("\ufffd", value)
    if depth < 20 and isinstance(value, dict):
        return {_clean(k, depth + 1): _clean(v, depth + 1) for k, v in value.items()}
    if depth < 20 and isinstance(value, list):
        return [_clean(v, depth + 1) for v in value]
    return value


def record_to_document(rec: dict[str, Any], source: str, text_column: str | None = None) -> Document:
    """Map one JSON/CSV record to a Document (raises FormatError when it has no usable text)."""
    rec = _clean(rec)
    keys = (text_column,) if text_column else _TEXT_KEYS
    text_key = next((k for k in keys if k in rec), None)
    if text_key is None:
        raise FormatError(f"{source}: no text field (looked for {', '.join(keys)})", source=source)
    text = rec[text_key]
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise FormatError(f"{source}: field {text_key!r} is not a string", source=source)
    extra = {k: v for k, v in rec.items() if k not in (text_key, "id", "title", "source", "url")}
    date_key = next((k for k in _DATE_KEYS if k in rec), None)
    date = None
    if date_key is not None:
        extra.pop(date_key, None)
        date = _iso_date(rec[date_key])
        if date is None and rec[date_key] not in (None, ""):
            extra[date_key] = rec[date_key]  # keep what we could not read
        elif date_key != "date":
            extra[date_key] = rec[date_key]
    rid = rec.get("id")

    def opt(k: str) -> str | None:
        v = rec.get(k)
        return None if v is None else str(v)

    return make_document(
        text, id=None if rid in (None, "") else str(rid), date=date, title=opt("title"), source=opt("source"),
        url=opt("url"), extra=extra,
    )


def _read_limited(stream: BinaryIO, source: str) -> bytes:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputTooLargeError(f"{source}: larger than {MAX_FILE_BYTES // 1024**2} MiB", source=source)
    return data


def _sniff(text: str) -> str:
    head = text.lstrip()[:200]
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    low = head.lower()
    if low.startswith(("<!doctype html", "<html")) or (low.startswith("<") and "<body" in text[:5000].lower()):
        return "html"
    return "txt"


def _kind(name: str) -> tuple[str | None, bool]:
    low = name.lower()
    gz = low.endswith(".gz")
    if gz:
        low = low[:-3]
    ext = os.path.splitext(low)[1]
    kind = {
        ".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
        ".tsv": "tsv", ".html": "html", ".htm": "html", ".xhtml": "html",
    }.get(ext)
    return kind, gz


def _json_records(text: str, source: str, text_column: str | None) -> Iterator[Document | InputFailure]:
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        # Perhaps it is JSON Lines after all.
        if "\n" in text.strip():
            yield from _jsonl_records(text, source, text_column)
            return
        yield InputFailure.from_error(source, FormatError(f"{source}: not valid JSON: {_short(exc)}", source=source))
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(items):
        where = f"{source}#{i}" if isinstance(obj, list) else source
        yield _one(rec, where, text_column)


def _short(exc: BaseException) -> str:
    msg = str(exc) or type(exc).__name__
    return msg if len(msg) <= 200 else msg[:200] + "…"


def _one(rec: Any, where: str, text_column: str | None) -> Document | InputFailure:
    if not isinstance(rec, dict):
        return InputFailure.from_error(where, FormatError(f"{where}: a record must be a JSON object", source=where))
    try:
        return record_to_document(rec, where, text_column)
    except RasdError as exc:
        return InputFailure.from_error(where, exc)


def _jsonl_records(text: str, source: str, text_column: str | None,
                   first_line: int | None = None) -> Iterator[Document | InputFailure]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = source if first_line is not None else f"{source}:{n}"
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            yield InputFailure.from_error(where, FormatError(f"{where}: malformed JSON line: {_short(exc)}", source=where))
            continue
        yield _one(rec, where, text_column)


def _jsonl_lines_bytes(data: bytes, source: str, text_column: str | None) -> Iterator[Document | InputFailure]:
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{source}:{n}"
        try:
            line, _enc = decode_bytes(raw, where)
        except InputError as exc:
            yield InputFailure.from_error(where, exc)
            continue
        yield from _jsonl_records(line, where, text_column, first_line=n)


def _csv_records(text: str, source: str, text_column: str | None, delimiter: str) -> Iterator[Document | InputFailure]:
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        fields = reader.fieldnames or []
    except csv.Error as exc:
        yield InputFailure.from_error(source, FormatError(f"{source}: not valid CSV: {exc}", source=source))
        return
    keys = (text_column,) if text_column else _TEXT_KEYS
    if not any(k in fields for k in keys):
        yield InputFailure.from_error(source, FormatError(
            f"{source}: no text column (looked for {', '.join(keys)}; columns: {', '.join(fields[:20])})",
            source=source))
        return
    n = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputFailure.from_error(f"{source}:{n + 1}", FormatError(f"{source}:{n + 1}: {exc}", source=source))
            return
        n += 1
        rec = {k: v for k, v in row.items() if k is not None}
        yield _one(rec, f"{source}:{reader.line_num}", text_column)


def _html_document(text: str, source: str) -> Document:
    import trafilatura

    body: str | None = None
    title: str | None = None
    date: str | None = None
    try:
        body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(text)
        if meta is not None:
            title = meta.title
            date = _iso_date(meta.date)
    except Exception:  # noqa: BLE001 - trafilatura on hostile markup: fall back to a plain tag strip below
        body = None
    if not body:
        import lxml.html

        try:
            tree = lxml.html.fromstring(text)
            for bad in tree.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            body = " ".join(tree.text_content().split())
        except Exception:  # noqa: BLE001 - lxml on hostile markup too: fall back to an empty body
            body = ""
    return make_document(body, date=date, title=title, extra={"file": source})


def read_records(data: bytes, source: str, kind: str | None = None,
                 text_column: str | None = None) -> Iterator[Document | InputFailure]:
    """Articles in the bytes of one file (already gunzipped)."""
    if kind in ("jsonl", None) and data.lstrip()[:1] == b"{" and looks_utf16(data) is None:
        try:
            clean = b"\x00" not in data and bool(data.decode("utf-8"))
        except UnicodeDecodeError:
            clean = False
        if not clean:
            # JSON Lines with a bad article: decode line by line, so one bad line costs one article.
            yield from _jsonl_lines_bytes(data, source, text_column)
            return
    try:
        text, _encoding = decode_bytes(data, source)
    except InputError as exc:
        yield InputFailure.from_error(source, exc)
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _jsonl_records(text, source, text_column)
    elif kind == "json":
        yield from _json_records(text, source, text_column)
    elif kind in ("csv", "tsv"):
        yield from _csv_records(text, source, text_column, "\t" if kind == "tsv" else ",")
    elif kind == "html":
        try:
            yield _html_document(text, source)
        except RasdError as exc:
            yield InputFailure.from_error(source, exc)
    else:
        yield make_document(text, extra={"file": source} if source != "<stdin>" else None)


def _gunzip(data: bytes, source: str) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, MAX_FILE_BYTES + 1)
        if len(out) > MAX_FILE_BYTES:
            raise InputTooLargeError(f"{source}: decompresses to more than {MAX_FILE_BYTES // 1024**2} MiB",
                                     source=source)
        return out
    except zlib.error as exc:
        raise NotTextError(f"{source}: not valid gzip data: {exc}", source=source) from exc


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Input paths with directories expanded recursively (sorted, hidden entries skipped); ``-`` kept."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def iter_inputs(paths: Iterable[str], *, text_column: str | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Document | InputFailure]:
    """Every article in ``paths`` (files, directories, ``-`` for stdin), in order, or a failure for each one
    that could not be read."""
    for path in iter_paths(paths):
        source = "<stdin>" if path == "-" else path
        try:
            if path == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = _read_limited(stream, source)
                kind, gz = None, data[:2] == b"\x1f\x8b"
            else:
                kind, gz = _kind(path)
                with open(path, "rb") as f:
                    data = _read_limited(f, source)
            if gz or data[:2] == b"\x1f\x8b":
                data = _gunzip(data, source)
        except RasdError as exc:
            yield InputFailure.from_error(source, exc)
            continue
        except OSError as exc:
            yield InputFailure(source, "rasd.input", f"{source}: cannot read: {exc.strerror or exc}")
            continue
        yield from read_records(data, source, kind, text_column)


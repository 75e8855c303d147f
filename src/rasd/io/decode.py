"""Bytes to text: encoding detection for Arabic archives, and a clear error when a file is not text.

Order of decisions:
1. Known binary signatures (PDF, ZIP/Office, PNG, JPEG, GIF, ELF, SQLite …) → :class:`NotTextError`.
2. A byte-order mark: UTF-8-SIG, UTF-16 LE/BE, UTF-32 → that encoding.
3. Strict UTF-8.
4. UTF-16 without a BOM, recognised by the NUL bytes at alternating positions.
5. Valid UTF-8 that is mostly control characters, a NUL byte or a high share of control bytes left → not text.
6. Single-byte Arabic code pages: Windows-1256 and ISO-8859-6, chosen by which yields more Arabic letters
   (charset-normalizer breaks ties and covers anything else it can name with confidence).
"""

from __future__ import annotations

import codecs
import re

from rasd.errors import DecodeError, NotTextError

__all__ = ["SIGNATURES", "decode_bytes"]

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "gzip data (name it .gz)"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"PAR1", "a Parquet file"),
)


def _arabic_share(text: str) -> float:
    if not text:
        return 0.0
    ar = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    letters = sum(1 for ch in text if ch.isalpha())
    return ar / max(1, letters)


def looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    # Arabic in UTF-16 has 0x06 high bytes rather than NULs; count both.
    even_hi = even + sample[0::2].count(6)
    odd_hi = odd + sample[1::2].count(6)
    if odd_hi > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even_hi > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # what _control_share counts


def _control_share(text: str) -> float:
    if not text or not _CONTROL_RE.search(text):  # the common case, found at C speed
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(text)


def decode_bytes(data: bytes, source: str = "<input>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise NotTextError / DecodeError naming ``source``."""
    for sig, what in SIGNATURES:
        if data.startswith(sig):
            raise NotTextError(f"{source}: not text: looks like {what}", source=source)
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + "-bom"
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{source}: has a {enc} byte-order mark but is not valid {enc}: {exc.reason} "
                                  f"at byte {exc.start + len(bom)}", source=source) from exc
    utf8_ok = False
    try:
        text = data.decode("utf-8")
        utf8_ok = True
        if "\x00" not in text and _control_share(text) < 0.05:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    enc16 = looks_utf16(data)
    if enc16:
        try:
            text = data.decode(enc16)
            if _control_share(text) < 0.05:
                return text, enc16
        except UnicodeDecodeError:
            pass
    if utf8_ok:
        raise NotTextError(f"{source}: not text: valid UTF-8 but full of control characters", source=source)
    if b"\x00" in data:
        raise NotTextError(f"{source}: not text: contains NUL bytes", source=source)
    best: tuple[float, str, str] | None = None
    for enc in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_share(text) >= 0.05:
            continue
        score = _arabic_share(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None and best[0] >= 0.5:
        return best[1], best[2]
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - charset-normalizer is a heuristic; never let it crash a batch
        match = None
    if match is not None and match.encoding:
        try:
            text = data.decode(match.encoding)
            if _control_share(text) < 0.05:
                return text, match.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    if best is not None:
        return best[1], best[2]
    if _control_share(data.decode("latin-1")) >= 0.05:
        raise NotTextError(f"{source}: not text: too many control bytes", source=source)
    raise DecodeError(f"{source}: cannot tell its text encoding", source=source)

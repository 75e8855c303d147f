from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import DecodeError, NotTextError
from rasd.io.decode import decode_bytes

ARTICLE = "بدأ الجيش العربي السوري بتطويق مدينة البوكمال، آخر معقل رئيسي لتنظيم داعش في سورية."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-bom"),
        (ARTICLE.encode("utf-16"), "utf-16-le-bom"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16-be-bom"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    text, enc = decode_bytes(data, "a.txt")
    assert text == ARTICLE
    assert enc == encoding


def test_iso_8859_6() -> None:
    text = "قال المتحدث إن الحكومة سترد"  # letters ISO-8859-6 can encode
    out, enc = decode_bytes(text.encode("iso8859_6"), "b.txt")
    assert out == text
    assert enc in ("iso8859_6", "cp1256")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\x7fELF\x02\x01\x01\x00",
        bytes(range(256)) * 4,
        b"abc\x00\x01\x02\x03def" * 10,
    ],
)
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotTextError) as info:
        decode_bytes(data, "x.bin")
    assert "x.bin" in str(info.value)


def test_truncated_utf8_decodes_or_fails_clearly() -> None:
    data = ARTICLE.encode("utf-8")[:-1]
    try:
        text, _ = decode_bytes(data, "t.txt")
    except (NotTextError, DecodeError) as exc:
        assert "t.txt" in str(exc)
    else:
        assert isinstance(text, str) and len(text) > 10


@given(st.binary(max_size=400))
@settings(max_examples=300)
def test_any_bytes_decode_or_raise_a_rasd_error(data: bytes) -> None:
    try:
        text, enc = decode_bytes(data, "fuzz")
    except (NotTextError, DecodeError):
        return
    assert isinstance(text, str) and isinstance(enc, str)


@given(st.text(max_size=200))
@settings(max_examples=200)
def test_utf8_text_round_trips(text: str) -> None:
    try:
        out, _ = decode_bytes(text.encode("utf-8"), "u")
    except NotTextError:
        # NULs or control-heavy strings are refused as not text; that is the documented rule
        return
    text = text.removeprefix("\ufeff")
    assert out == text

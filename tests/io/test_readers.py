from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from rasd.doc import Document
from rasd.io import InputFailure, iter_inputs

AR = "اشتبكت قوات سوريا الديمقراطية مع عناصر تنظيم داعش في ريف دير الزور."


def _docs(items: list[object]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def test_txt_and_empty(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    items = list(iter_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    assert [d.text for d in _docs(items)] == [AR, ""]


def test_jsonl_fields_and_meta(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": 7, "content": AR, "title": "عنوان", "date_extracted": "2015-07-21 02:51:32",
                             "source": "aawsat", "url": "http://x", "author": "فلان"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    (d,) = _docs(list(iter_inputs([str(p)])))
    assert d.id == "7" and d.text == AR and d.meta.date == "2015-07-21"
    assert d.meta.source == "aawsat" and d.meta.title == "عنوان" and d.meta.url == "http://x"
    extra = dict(d.meta.extra)
    assert extra["author"] == "فلان" and extra["date_extracted"] == "2015-07-21 02:51:32"


def test_one_bad_article_in_a_thousand(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"{AR} {i}"}, ensure_ascii=False).encode() for i in range(1000)]
    lines[500] = b'{"id": "bad", "text": "\x00\xff\xfe\x00\x81binary\x00"}'
    p = tmp_path / "batch.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_inputs([str(p)]))
    docs = _docs(items)
    fails = [i for i in items if isinstance(i, InputFailure)]
    assert len(docs) == 999 and len(fails) == 1
    assert fails[0].source.endswith(":501")
    assert [d.id for d in docs][:3] == ["n0", "n1", "n2"]


def test_malformed_json_lines_are_failures(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text('{"text": "نص أول"}\n{"text": \n[1, 2]\n{"title": "بلا نص"}\n{"text": "نص أخير"}\n', encoding="utf-8")
    items = list(iter_inputs([str(p)]))
    assert [d.text for d in _docs(items)] == ["نص أول", "نص أخير"]
    codes = [i.code for i in items if isinstance(i, InputFailure)]
    assert codes == ["rasd.input.format"] * 3


def test_json_list_csv_html_gz_and_dirs(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "l.json").write_text(json.dumps([{"text": "واحد"}, {"content": "اثنان"}], ensure_ascii=False),
                                           encoding="utf-8")
    (tmp_path / "d" / "t.csv").write_text('id,text,source\nc1,"ثلاثة، وأربعة",x\n', encoding="utf-8")
    html = f"<html><head><title>خبر</title><script>alert(1)</script></head><body><article><p>{AR}</p>" \
           f"<p>{AR}</p></article></body></html>"
    (tmp_path / "d" / "p.html").write_text(html, encoding="utf-8")
    with gzip.open(tmp_path / "d" / "z.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": "خمسة"}, ensure_ascii=False) + "\n")
    docs = _docs(list(iter_inputs([str(tmp_path / "d")])))
    texts = [d.text for d in docs]
    assert texts[:2] == ["واحد", "اثنان"]
    assert AR in texts[2] and "alert" not in texts[2]
    assert texts[3] == "ثلاثة، وأربعة" and docs[3].id == "c1" and docs[3].meta.source == "x"
    assert texts[4] == "خمسة"


def test_csv_without_text_column(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    (fail,) = list(iter_inputs([str(p)]))
    assert isinstance(fail, InputFailure) and "no text column" in fail.message


def test_stdin_and_missing_file(tmp_path: Path) -> None:
    items = list(iter_inputs(["-", str(tmp_path / "nope.txt")], stdin=io.BytesIO(AR.encode("cp1256"))))
    assert isinstance(items[0], Document) and items[0].text == AR
    assert isinstance(items[1], InputFailure) and "nope.txt" in items[1].message


def test_deeply_nested_and_huge_numbers(tmp_path: Path) -> None:
    p = tmp_path / "n.json"
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (fail,) = list(iter_inputs([str(p)]))
    assert isinstance(fail, InputFailure)
    q = tmp_path / "h.jsonl"
    q.write_text('{"text": "نص", "n": ' + "9" * 50_000 + "}\n" + '{"text": "نص", "n": 1e999999}\n', encoding="utf-8")
    items = list(iter_inputs([str(q)]))
    assert len(items) == 2  # each either a document or a clear failure, never an exception

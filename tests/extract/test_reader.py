import os

import pytest

from diplograph.extract.metadata import publication_date, title_of
from diplograph.extract.reader import ReadError, Source, discover, read_document


def read(path):
    return read_document(Source(path, path.name))


def test_text_markdown_and_html(tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Hanoi\n\nHanoi, May 4, 2016\nViet Nam hosted the talks.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Maritime [ASEAN](http://x.org) policy\n\n* **Japan** joined.\n", encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(
        "<html><head><title>Drill ends</title><meta name='date' content='2017-05-18'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Drill ends</h1>"
        "<p>Thailand hosted the Fourth Mekong Disaster Relief Exercise, which ended on Friday after five days "
        "of joint search and rescue drills with teams from Laos, Myanmar and Cambodia.</p>"
        "<p>Officials said the exercise improved coordination between the armed forces of the region.</p>"
        "</article><footer>Copyright 2017</footer></body></html>", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    sources, problems = discover([tmp_path])
    assert [s.name for s in sources] == ["a.txt", "sub/b.md", "sub/c.html"]
    assert problems == []
    a, b, c = (read_document(s) for s in sources)
    assert a.title == "Talks in Hanoi" and a.date == "2016-05-04"
    assert "#" not in b.text and "http" not in b.text and "**" not in b.text
    assert b.text.index("Japan") == b.text.replace("Japan", "JAPAN").index("JAPAN")
    assert "Fourth Mekong Disaster Relief Exercise" in c.text and "Home" not in c.text
    assert c.date == "2017-05-18" and c.title == "Drill ends"


def test_document_id_is_stable_and_content_sensitive(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("China and India signed the accord.", encoding="utf-8")
    first, again = read(path), read(path)
    assert first.id == again.id and first.id.startswith("x-")
    path.write_text("China and India signed the new accord.", encoding="utf-8")
    assert read(path).id != first.id


def test_legacy_encoding_is_detected(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Communiqué de la réunion de Genève entre la France et la Côte d'Ivoire, signé à Genève.".encode("cp1252"))
    record = read(path)
    assert "Genève" in record.text and record.encoding != "utf-8"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary\x00" * 10, "binary content"),
])
def test_bad_files_raise_with_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=reason):
        read(path)


def test_missing_and_broken_links_are_reported(tmp_path):
    link = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "nowhere.txt", link)
    sources, problems = discover([tmp_path, tmp_path / "missing.txt"])
    assert sources == []
    reasons = sorted(p.reason for p in problems)
    assert reasons == ["broken symbolic link", "no such file or folder"]


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Japan " * 1000, encoding="utf-8")
    with pytest.raises(ReadError, match="above the limit"):
        read_document(Source(path, "big.txt"), max_bytes=1000)


def test_dates_and_titles():
    assert publication_date("Xinhua, Jan. 11, 2017\nText") == "2017-01-11"
    assert publication_date("Updated: 20 January 2017") == "2017-01-20"
    assert publication_date("Posted 2016-03-14 09:00") == "2016-03-14"
    assert publication_date("No date here at all.") is None
    assert title_of("\n\n   \nMinisters meet in Bali\nbody", "fallback") == "Ministers meet in Bali"

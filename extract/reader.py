"""Find documents on disk and read them into DocumentRecords.

Plain text and Markdown are read as they are (Markdown markup masked with spaces);
HTML goes through trafilatura for its main text, title and date.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from diplograph.extract.clean import clean_text
from diplograph.extract.metadata import publication_date, title_of
from diplograph.model import DocumentRecord, FileProblem

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
HTML_SUFFIXES = {".html": "text/html", ".htm": "text/html"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024      # --max-doc-mb 20; see docs/limits.md
MB = 1024 * 1024                           # the unit of --max-doc-mb and of the messages
HTML_DEPTH_LIMIT = 255                     # libxml2 (under trafilatura) drops elements nested deeper


class ReadError(Exception):
    """A file that cannot be used as a document; the message says why."""


@dataclass(frozen=True)
class Source:
    path: Path
    name: str       # path relative to the input it was found under: part of the document id


def discover(inputs: list[str | Path]) -> tuple[list[Source], list[FileProblem]]:
    """Files to read from files and folders (recursively), in a stable order."""
    sources: list[Source] = []
    problems: list[FileProblem] = []
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.suffix.lower() not in SUFFIXES or path.is_dir():
                    continue
                if path.is_symlink() and not path.exists():
                    problems.append(FileProblem(str(path), "broken symbolic link"))
                    continue
                sources.append(Source(path, path.relative_to(root).as_posix()))
        elif root.is_symlink() and not root.exists():
            problems.append(FileProblem(str(root), "broken symbolic link"))
        elif not root.exists():
            problems.append(FileProblem(str(root), "no such file or folder"))
        elif root.suffix.lower() not in SUFFIXES:
            problems.append(FileProblem(str(root), f"unsupported file type: {root.suffix or '(none)'}; expected one of {', '.join(sorted(SUFFIXES))}"))
        else:
            sources.append(Source(root, root.name))
    return sources, problems


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")     # below U+0020 but tab, LF, FF, CR


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with; binary data raises ReadError."""
    if not data.strip():
        raise ReadError("empty file")
    if b"\x00" in data[:8192]:
        raise ReadError("binary content: NUL bytes, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise ReadError("undecodable bytes: no text encoding fits") from None
        text, encoding = str(best), best.encoding
    control = len(CONTROL_CHARACTERS.findall(text))
    if control > len(text) / 100:
        raise ReadError(f"binary content: {control} control characters when read as {encoding}")
    return text, encoding


def mask_markdown(text: str) -> str:
    """Blank Markdown markup (heading marks, emphasis, link targets) keeping offsets."""
    def blank(match: re.Match) -> str:
        return " " * len(match.group(0))

    text = re.sub(r"(?m)^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)(?=\s)", blank, text)
    text = re.sub(r"\]\([^)\n]*\)", blank, text)        # link targets
    text = re.sub(r"!?\[(?=[^\]\n]*\])", blank, text)     # link brackets
    text = re.sub(r"(\*\*|__|`+)", blank, text)
    return text


def html_main_text(html: str, path: Path) -> tuple[str, str | None, str | None]:
    """Main text, title and date of an HTML page, by trafilatura."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, with_metadata=True)
    except RecursionError:
        raise ReadError(f"unparsable HTML: {_nesting_note(html)}") from None
    except Exception as error:      # a parser bug on hostile markup must not stop the batch
        raise ReadError(f"unparsable HTML: {type(error).__name__}: {str(error)[:200]}") from None
    data = (extracted.as_dict() if hasattr(extracted, "as_dict") else extracted) if extracted is not None else {}
    text = data.get("text") or ""
    if not text.strip():
        depth = html_depth(html)
        if depth > HTML_DEPTH_LIMIT:
            raise ReadError(f"no main text found in the HTML page: {_nesting_note(html, depth)}")
        raise ReadError("no main text found in the HTML page")
    return text, data.get("title"), data.get("date")


def html_depth(html: str) -> int:
    """How deeply the elements of ``html`` nest (a streaming count, no tree, no recursion)."""
    from html.parser import HTMLParser

    void = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    class Depth(HTMLParser):
        depth = deepest = 0

        def handle_starttag(self, tag, attrs):
            if tag not in void:
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)

        def handle_endtag(self, tag):
            if tag not in void:
                self.depth = max(0, self.depth - 1)

    parser = Depth()
    parser.feed(html)
    return parser.deepest


def _nesting_note(html: str, depth: int | None = None) -> str:
    depth = html_depth(html) if depth is None else depth
    return f"elements nested {depth} levels deep, above the HTML parser's limit of {HTML_DEPTH_LIMIT}"


def document_id(name: str, content: bytes) -> str:
    """Stable id: the file's name made safe, plus a hash of its path and content."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", Path(name).stem).strip("-").lower()[:40] or "doc"
    digest = hashlib.sha256(name.encode("utf-8") + b"\x00" + content).hexdigest()[:12]
    return f"{stem}-{digest}"


def read_document(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentRecord:
    """Read, decode and clean one file; raises ReadError with the reason."""
    path = source.path
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"too large: {size / MB:.1f} MB, above the limit of {max_bytes / MB:.1f} MB "
                            f"(raise it with --max-doc-mb)")
        data = path.read_bytes()
    except PermissionError:
        raise ReadError("permission denied: cannot open the file for reading") from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file") from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    text, encoding = decode(data)
    suffix = path.suffix.lower()
    title = date = None
    if suffix in HTML_SUFFIXES:
        text, title, date = html_main_text(text, path)
        # each line of extracted HTML is a block (heading, paragraph): keep them apart as paragraphs
        text = re.sub(r"\n+", "\n\n", text)
    elif SUFFIXES.get(suffix) == "text/markdown":
        text = mask_markdown(text)
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    return DocumentRecord(
        id=document_id(source.name, data),
        path=str(path),
        title=title or title_of(text, fallback=path.stem),
        date=date or publication_date(text),
        text=text,
        content_hash=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        media_type=SUFFIXES[suffix],
    )

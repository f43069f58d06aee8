"""Document formats: what a file is, by its content, and its text.

Real policy documents come as PDF and Word files as often as web pages. A file is
told by its first bytes (magic), not by its suffix: ``%PDF-`` is a PDF, a zip with
``word/document.xml`` is a Word document (.docx), the OLE header ``D0 CF 11 E0``
is an old Word or WPS file, a zip with ``OFD.xml`` is an OFD file, and PNG/JPEG/
GIF/TIFF headers are images. Everything else is text (or HTML) for
:func:`policykg.loaders.reading.text.decode`.

PDF text comes from pdfminer.six. It and pypdf read the same characters from the
PDFs Chromium prints of the seed texts, but pdfminer keeps Chinese runs whole where
pypdf puts spaces between CJK and ASCII runs and around punctuation (``2024—2027 年 )``,
``发表时间 :``), which breaks names and dates; pdfminer's layout analysis also keeps
the reading order of one-column pages. Lines a page wraps are joined again, and
Kangxi-radical look-alikes that PDF fonts map to (``⾏`` U+2F8F) are folded to the
ordinary characters (NFKC).

>>> sniff(b"%PDF-1.7 ..."), sniff(b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1"), sniff("未来产业".encode())
('pdf', 'legacy-office', 'text')
>>> unwrap("未来产业是重大前沿科技\\n创新成果产业化后形成的产业。\\n一、总体要求\\n", width=11)
'未来产业是重大前沿科技创新成果产业化后形成的产业。\\n一、总体要求'
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from policykg.errors import InputError

_IMAGES = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
           (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"BM", None))

#: what to say of a file that is a document of a kind that cannot be read here
UNSUPPORTED = {
    "legacy-office": "an old Word/WPS file (.doc/.wps), which is not supported: save it as .docx or PDF and try again",
    "ofd": "an OFD file, which is not supported: export it as PDF (or copy its text) and try again",
    "image": "an image, not a document: run OCR on it and pass the text",
    "zip": "a zip archive, not a document: unpack it and pass the files inside",
}


def sniff(data: bytes) -> str:
    """The kind of a file from its first bytes: ``pdf``, ``docx``, ``legacy-office``, ``ofd``,
    ``image``, ``zip`` or ``text``."""
    head = data[:16]
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "legacy-office"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "OFD.xml" in names or any(n.lower().endswith("ofd.xml") for n in names):
            return "ofd"
        return "zip"
    if any(head.startswith(magic) for magic, label in _IMAGES if label):
        return "image"
    return "text"


def pdf_text(data: bytes, name: str) -> str:
    """The text of a PDF's text layer, or :class:`InputError` (damaged file, or a scan without text)."""
    import logging

    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not the user's business
    try:
        text = extract_text(io.BytesIO(data), laparams=LAParams())
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__}): the file may be damaged or cut short") \
            from None
    text = fold_radicals(text.replace("\x0c", "\n"))
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", text)) < 20:
        raise InputError(f"{name}: a PDF without a text layer (a scan?): run OCR on it and pass the text")
    return unwrap(text)


#: CJK Radicals Supplement forms PDF fonts use for ordinary characters (NFKC leaves them as they are)
_RADICALS = dict(zip("⺟⺠⺩⺝⻁⻄⻅⻆⻉⻊⻋⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻨⻩⻬⻮⻰⻳",
                     "母民王月虎西见角贝足车长门雨青韦页风飞食马骨鬼鱼鸟麦黄齐齿龙龟", strict=True))
_FOLD = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")


def fold_radicals(text: str) -> str:
    """Kangxi radicals and compatibility ideographs as the ordinary characters (``⾏`` → ``行``,
    ``⻄`` → ``西``), and nothing else: NFKC on the whole text would also turn ``…`` into ``...``.

    >>> fold_radicals("重庆市未来产业集群培育⾏动计划……上海市人⺠政府⻄岸")
    '重庆市未来产业集群培育行动计划……上海市人民政府西岸'
    """
    return _FOLD.sub(lambda m: _RADICALS.get(m.group(0)) or unicodedata.normalize("NFKC", m.group(0)), text)


def docx_text(data: bytes, name: str) -> str:
    """The paragraphs (and table cells) of a .docx file, one per line."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a damaged file
        raise InputError(f"{name}: not a readable Word document ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"{name}: a Word document without text")
    return text


_ENDS = re.compile(r"[。；;：:！？!?”」』)）]$")
_OPENS = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[章条节])")


def unwrap(text: str, width: int | None = None) -> str:
    """Join the lines a page wrapped: a line as wide as the page that does not end a sentence
    goes on in the next line, unless that one opens a numbered heading."""
    lines = [ln.strip() for ln in text.split("\n")]
    filled = [len(ln) for ln in lines if ln]
    if not filled:
        return ""
    if width is None:  # the page width: the commonest length of the longer lines (full lines all reach it)
        long = [n for n in filled if n >= 10] or filled
        width = max(set(long), key=lambda n: (long.count(n), n))
    out: list[str] = []
    last = 0  # the width of the last line as printed
    for ln in lines:
        if not ln:
            continue  # pdfminer puts blank lines between its text boxes, inside paragraphs too
        if out and last >= 0.9 * width and not _ENDS.search(out[-1]) and not _OPENS.match(ln):
            out[-1] += ln
        else:
            out.append(ln)
        last = len(ln)
    return "\n".join(out)

"""HTML pages → plain text (the article, without scripts, styles and navigation).

>>> html_to_text("<html><nav>首页</nav><p>未来产业</p><script>alert(1)</script><table><tr><td>A</td><td>B</td></tr></table></html>")
'未来产业\\nA B'
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "iframe", "svg", "button",
         "select", "form", "template", "head", "aside"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "table", "ul", "ol", "dd", "dt", "blockquote", "pre", "title"}
_CELL = {"td", "th"}


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page rather than plain text."""
    head = text[:2000].lower()
    return ("<html" in head or "<!doctype html" in head or "<body" in head
            or len(re.findall(r"</?(?:p|div|span|br|table|td|li)\b", head)) >= 3)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Extract the visible text of an HTML page, one block per line."""
    parser = _Extractor()
    try:
        parser.feed(page)
        parser.close()
    except Exception:  # malformed markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]+>", "\n", page))
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u3000]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)

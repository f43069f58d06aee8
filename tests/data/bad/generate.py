"""Write the small bad inputs of ``tests/test_bad_inputs.py`` into this folder.

Run from the repository root: ``.venv/bin/python tests/data/bad/generate.py``.
The large inputs (a 30 MB document, 10,000 list items, a 1 MB line) are made
by the tests in a temporary folder and never committed.
"""

from __future__ import annotations

import codecs
import html
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "corpus"
SOURCE = "shanghai-2022-action-plan"
#: characters outside GBK (CJK extension A and B): GB18030 needs its 4-byte codes for them
RARE = "\n\n附：生僻字䶮、𠮷的编码测试。\n"

META_TITLE = "上海市<script>alert(1)</script>'})\"\\$x未来产业行动方案"
METACHARS = f"""关于印发《{META_TITLE}》的通知
上海市人民政府
2024年1月1日

一、总体要求
到2030年，建设15个未来产业先导区。

二、保障措施
（一）加强<img src=x onerror=alert(1)>支持
对符合条件的项目，给予最高2000万元支持。
（二）强化'}})MATCH(n)DETACH_DELETE_n//"}}\\保障
按照规定给予最高1亿元支持。
（三）完善"}} ; DROP ALL ; #机制
加强统筹协调。
"""

NO_HEADINGS = """上海市推进未来产业发展的若干意见

上海市人民政府

为加快培育未来产业，上海市将聚焦脑机接口、量子计算、合成生物等前沿领域，推动创新成果转化。

到2030年，全市未来产业产值力争达到5000亿元左右，培育15个左右未来产业先导区。

各区要结合实际，抓好贯彻落实。
"""

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>上海市政府网站</title>
<script>var nav = "<p>假的段落</p>"; document.write("<p>脚本文字</p>");</script>
<style>p {{ line-height: 2 }}</style></head>
<body>
<header><div class="logo">上海市人民政府</div></header>
<nav><a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; <a>政策文件</a></nav>
<div class="article">
{body}
<table><tr><th>指标</th><th>目标</th></tr><tr><td>产值</td><td>5000亿元</td></tr></table>
</div>
<aside>相关阅读</aside>
<footer>版权所有 © 上海市人民政府 沪ICP备12345678号 <script>trackPage();</script></footer>
</body></html>
"""
TABLE_TEXT = "\n\n主要指标\n\n指标 目标\n产值 5000亿元\n"


def source_text() -> str:
    """The corpus document every encoding variant is made from."""
    return (CORPUS / f"{SOURCE}.txt").read_text(encoding="utf-8")


def page(text: str) -> str:
    """``text`` as a web page: paragraphs, scripts, navigation, a table, a footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return PAGE.format(body=body + "\n<p>主要指标</p>")


def small_inputs() -> dict[str, bytes]:
    """File name → bytes of every committed bad input."""
    import opencc

    text = source_text()
    rare = text + RARE
    return {
        "empty.txt": b"",
        "whitespace.txt": " \n\t\r\n\u3000 \n\n".encode(),
        "binary.txt": bytes(range(256)) * 16,
        "english.txt": b"This page has no Chinese text at all.\n" * 20,
        "scripts-only.html": ("<html><head><script>var s = '未来产业';</script></head>"
                              "<body><nav>首页</nav><script>alert('未来产业')</script></body></html>").encode(),
        "utf8.txt": rare.encode(),
        "gb18030.txt": rare.encode("gb18030"),
        "utf16be-bom.txt": codecs.BOM_UTF16_BE + rare.encode("utf-16-be"),
        "utf16le.txt": rare.encode("utf-16-le"),
        "gbk.txt": text.encode("gbk"),
        "traditional.txt": opencc.OpenCC("s2t").convert(text).encode(),
        "page.html": page(text).encode(),
        "page-text.txt": (text.rstrip("\n") + TABLE_TEXT).encode(),
        "no-headings.txt": NO_HEADINGS.encode(),
        "metachars.txt": METACHARS.encode(),
    }


def main() -> None:
    for name, data in small_inputs().items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()

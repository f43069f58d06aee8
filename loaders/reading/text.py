"""Reading and normalizing documents: bytes → clean simplified-Chinese text.

Every evidence span of a digest is a character offset into the text this
module returns, so nothing later needs the raw bytes.

>>> normalize("到 ２０３０ 年，建成十五个先导区")
'到2030年，建成15个先导区'
>>> normalize("經濟資訊化委員會發佈《行動計劃》")
'经济资讯化委员会发布《行动计划》'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from policykg.errors import InputError
from policykg.loaders.reading import formats
from policykg.loaders.reading.html_text import html_to_text, looks_like_html
from policykg.loaders.words.lexicon import numeral_places

#: Inputs larger than this are refused (a policy document is a few hundred KB).
MAX_BYTES = 20 * 1024 * 1024

_HAN = re.compile(r"[\u4e00-\u9fff]")


# -- decoding ---------------------------------------------------------------
def read_document(path) -> str:
    """Read a file and return its normalized text, or raise :class:`InputError`."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a document")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{p}: too large ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    kind = formats.sniff(data)
    if kind == "pdf":
        return normalize(formats.pdf_text(data, str(p)))
    if kind == "docx":
        return normalize(formats.docx_text(data, str(p)))
    if kind in formats.UNSUPPORTED:
        raise InputError(f"{p}: {formats.UNSUPPORTED[kind]}")
    return normalize(decode(data, name=str(p)))


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes of unknown encoding (UTF-8 ± BOM, UTF-16, GB18030/GBK …).

    >>> decode("未来产业".encode("gb18030"))
    '未来产业'
    >>> decode(codecs.BOM_UTF16_LE + "未来".encode("utf-16-le"))
    '未来'
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            if enc == "utf-32":  # FF FE 00 00 also opens UTF-16 text whose first character is NUL
                try:
                    return _checked(data.decode(enc), name)
                except UnicodeDecodeError:
                    continue
            return _checked(data.decode(enc, errors="replace"), name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            return _checked(data.decode(guess, errors="replace"), name)
        raise InputError(f"{name}: binary file, not text")
    for enc in ("gb18030",):
        try:
            return _checked(data.decode(enc), name)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: binary file or unknown encoding")
    return _checked(str(best), name)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is mostly NUL or CJK-like."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = len(_HAN.findall(text))
        if han > len(text) * 0.3 or max(zeros_even, zeros_odd) > 0.3:
            if "\x00" not in text:
                return enc
    return None


# replacement characters and control characters other than tab, line feed, form feed, carriage return
_BAD_CHAR = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")


def _checked(text: str, name: str) -> str:
    bad = len(_BAD_CHAR.findall(text, 0, 20000))
    if bad > max(8, len(text[:20000]) * 0.02):
        raise InputError(f"{name}: binary file, not text")
    if not text.strip():
        raise InputError(f"{name}: empty file (whitespace only)")
    return text


# -- normalization ------------------------------------------------------------
def normalize(text: str) -> str:
    """Clean text for extraction: HTML → text, simplified Chinese, half-width
    digits/letters, Arabic numerals, no web boilerplate, tidy whitespace."""
    if looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    text = re.sub(r"[\t\f\v]", " ", text)
    text = text.translate(_WIDTH_TABLE) if _needs_width(text) else text
    text = _ZERO_WIDTH.sub("", text)
    text = _drop_pinyin(text)
    text = _ASCII_QUOTED.sub(lambda m: f"“{m.group(1)}”" if _HAN_CHAR.search(m.group(1)) else m.group(0), text)
    text = to_simplified(text)
    text = _CJK_ASCII_GAP.sub("", re.sub(r"[ \t\f\v]+", " ", text))  # one space first: 第一章\t\t1.5
    text = strip_boilerplate(text)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{2,}", "\n\n", text)
    text = _ascii_punctuation(_numerals_outside_titles(text.strip()))
    return _CJK_ASCII_GAP.sub("", text)  # 零 零年 → 零 0年 → 零0年: a numeral made a digit beside the gap (idempotent)


#: ASCII commas and full stops written with a space between Chinese words (某学会, 某联盟承办. 支持单位为…)
_ASCII_COMMA = re.compile(r"(?<=[\u4e00-\u9fff”）)]), +(?=[\u4e00-\u9fff“（(])")
_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）)])\. +(?=[\u4e00-\u9fff“（(])")


def _ascii_punctuation(text: str) -> str:
    """A text that writes Chinese prose with ASCII punctuation and a space after it (three commas or more)
    gets the Chinese marks, so its sentences and lists end where they do.

    >>> _ascii_punctuation("大会由甲学会, 乙联盟, 丙委员会承办. 支持单位为丁协会, 戊学会.")
    '大会由甲学会，乙联盟，丙委员会承办。支持单位为丁协会，戊学会.'
    >>> _ascii_punctuation("甲, 乙")
    '甲, 乙'
    """
    if len(_ASCII_COMMA.findall(text, 0, 20000)) < 3:
        return text
    return _ASCII_STOP.sub("。", _ASCII_COMMA.sub("，", text))


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: a quotation in ASCII double quotes on one line ("低空+物流运输"), as copied pages write it: the Chinese quotes
_ASCII_QUOTED = re.compile(r'"([^"\n]{1,40})"')
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: a reading in pinyin after a character (加快(kuai)推动), as some sites insert for their readers
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])+")


def _drop_pinyin(text: str) -> str:
    """Drop readings in pinyin inserted after characters, when a text has several (three or more):
    one ``(a)`` after a character may be an item's letter.

    >>> _drop_pinyin("加快(kuai)推动低空产(chan)业(ye)发展(a)，数量突(zheng)(zheng)破")
    '加快推动低空产业发展，数量突破'
    >>> _drop_pinyin("见附件(a)")
    '见附件(a)'
    """
    found = _PINYIN.findall(text, 0, 20000)
    return _PINYIN.sub("", text) if len(found) >= 3 else text
# full-width ASCII letters, digits and a few symbols → half-width
_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_WIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_WIDTH.update({"\u2015": "\u2014"})  # ― (horizontal bar) is written for — (em dash): (2025―2028年)
_WIDTH.update({"％": "%", "＋": "+", "／": "/", "．": ".", "＝": "=", "＆": "&", "＜": "<", "＞": ">",
               "﹪": "%", "＂": "\"", "＇": "'", "＿": "_", "＠": "@", "＃": "#"})


_WIDTH_TABLE = str.maketrans(_WIDTH)
_WIDE = re.compile("[" + "".join(re.escape(ch) for ch in _WIDTH) + "]")


def _needs_width(text: str) -> bool:
    return _WIDE.search(text) is not None


# a space between a CJK character and an ASCII letter/digit is layout, not text
_CJK_ASCII_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t](?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])[ \t](?=[\u4e00-\u9fff])")


#: variant characters OpenCC leaves as they are, in the names of places: 陜西 is 陕西
_VARIANTS = str.maketrans({"陜": "陕", "矽": "硅"})  # 碳化矽: the Taiwan and Hong Kong form of silicon


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC) when the text is mostly traditional.

    Already-simplified text is left untouched, so OpenCC's rare phrase
    rewrites cannot change a simplified document. A converted text's corner
    quotes become the quotes simplified texts write.

    >>> to_simplified("遼寧全力實施「人工智能+」行動，推動產業發展")
    '辽宁全力实施“人工智能+”行动，推动产业发展'
    """
    text = text.translate(_VARIANTS)
    sample = text[:5000]
    han = _HAN.findall(sample)
    if not han:
        return text
    converted = _t2s().convert(sample)
    if converted == sample:
        return text
    changed = sum(a != b for a, b in zip(sample, converted, strict=False))
    if changed < max(3, len(han) * 0.02):
        return text
    return _t2s().convert(text).translate(_CORNER_QUOTES)


#: the corner quotes of traditional-character copies, as simplified texts write them (「人工智能+」行动 → “人工智能+”行动)
_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUM = f"[{_CN_DIGITS}十百千万亿]"
_DIGIT = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "八": "8", "九": "9"}
_UNITS = ("个|家|项|件|座|所|条|台|套|辆|名|人|支|批次|种|款|次|倍|万元|亿元|千亿|万亿|元|亿|万|"
          "平方公里|公里|千瓦|兆瓦|吉瓦|GW|MW|%|年|月|日")
_CN_QUANTITY = re.compile(rf"(?<![{_CN_DIGITS}十百千万亿第\d.])([{_CN_DIGITS}十百千]+(?:[万亿][{_CN_DIGITS}十百千]+)*)(?=(?:{_UNITS})|左右[{_UNITS[0]}])")
_CN_BIG = re.compile(r"(?<![一二三四五六七八九十百千万亿第])([二三四五六七八九十])(?=大[\u4e00-\u9fff])")
_CN_BARE = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿第数几上])([百千万])(?=[家个项所件台套])")
_CN_YEAR = re.compile(rf"([{_CN_DIGITS}]{{4}})(?=年)")
_CN_DATE = re.compile(r"(?<=\d年)([一二三四五六七八九十]{1,3})(?=月)|(?<=\d月)([一二三四五六七八九十]{1,3})(?=日)")


def chinese_numerals_to_arabic(text: str) -> str:
    """Rewrite numerals that count or date things (``十五个`` → ``15个``,
    ``二〇三〇年`` → ``2030年``); ordinals, outline markers and idioms stay.

    >>> chinese_numerals_to_arabic("到二〇三〇年，培育十五个左右创新中心，推出一批产品，第一批，百家企业")
    '到2030年，培育15个左右创新中心，推出一批产品，第一批，100家企业'
    >>> chinese_numerals_to_arabic("印发《三年行动计划》，实施三年，打造千亿级产业集群，实施“氢进万家”工程")
    '印发《三年行动计划》，实施3年，打造千亿级产业集群，实施“氢进万家”工程'
    >>> chinese_numerals_to_arabic("开展各类零件、组件制造，一百零五个项目")
    '开展各类零件、组件制造，105个项目'
    """
    if not any("\u3007" <= ch <= "\u9fff" and ch in _CN_DIGITS + "十百千" for ch in text):
        return text
    text = _CN_YEAR.sub(lambda m: m.group(0) if _inside_name(m) else "".join(_DIGIT[c] for c in m.group(1)), text)
    text = _CN_DATE.sub(lambda m: str(cn_number(m.group(0)) or m.group(0)), text)
    text = _CN_BARE.sub(lambda m: m.group(1) if _inside_name(m) else str(cn_number(m.group(1))), text)
    return _CN_QUANTITY.sub(_quantity, text)


#: a line that names a document (its title or headline): no sentence stop, and either the
#: text's first line or a line ending in a genre word (``…三年行动计划(2024-2026)``)
_TITLE_GENRE = re.compile(r"(?:计划|方案|意见|措施|政策|规划|纲要|办法|细则|规定|通知|举措|答复|复函|建议|公告|决定|条例|要点)(?:\s*[(（][^)）]{4,20}[)）])?$")


def _numerals_outside_titles(text: str) -> str:
    r""":func:`chinese_numerals_to_arabic` everywhere but in the lines that name the document,
    which keep the numerals as written (``杭州市…三年行动计划``, ``目标千亿规模!…``).

    >>> _numerals_outside_titles("南昌发布三年行动计划\n到二〇三〇年，培育十五个左右创新中心。")
    '南昌发布三年行动计划\n到2030年，培育15个左右创新中心。'
    """
    lines = text.split("\n")
    kept, first = [], len(lines) > 1  # a text of one line is no title
    for i, line in enumerate(lines[:40]):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 80 and not re.search(r"[。；;]", s) and (first or _TITLE_GENRE.search(s)):
            kept.append(i)
        first = False
    if not kept:
        return chinese_numerals_to_arabic(text)
    out, start = [], 0
    for i in kept:
        out.append(chinese_numerals_to_arabic("\n".join(lines[start:i])) if i > start else None)
        out.append(lines[i])
        start = i + 1
    out.append(chinese_numerals_to_arabic("\n".join(lines[start:])) if start < len(lines) else None)
    return "\n".join(x for x in out if x is not None)


#: idioms whose numerals count nothing (走进千家万户, 三番五次, 百年大计): written as they are
_IDIOM = re.compile(r"千家万户|三番五次|百年大计|百家争鸣|千秋万代|百年老店|千年古城|百万雄师|千村万户|千企万户|千行百业")


def _inside_name(m: re.Match) -> bool:
    """Inside a title or a quoted name (《…三年行动计划》, “氢进万家”) or an idiom (千家万户): written as it is."""
    if any(i.start() <= m.start() < i.end() for i in _IDIOM.finditer(m.string, max(0, m.start() - 3), m.end() + 3)):
        return True
    before = m.string[max(0, m.start() - 80):m.start()]
    return before.rfind("《") > before.rfind("》") or (
        before.rfind("“") > before.rfind("”") and "”" in m.string[m.end():m.end() + 20])


def _quantity(m: re.Match) -> str:
    s = m.group(1)
    if _inside_name(m):
        return s  # inside a title (《…3年行动计划》 is written 三年) or a quoted name: as written
    if m.string[m.start() - 1:m.start()] == "届":
        return s  # 十四届四次会议: an ordinal
    if any(m.string.startswith(name, m.start()) for name in numeral_places().get(s[0], ())):
        return s  # 五家渠市: a place's name, not a count
    if re.match(r"(?:亿|万亿|万)?(?:千瓦)?级", m.string[m.end():m.end() + 5]):
        return s  # 千亿级产业集群, 百万千瓦级光伏基地: a scale, part of a name, not a count
    if re.match(r"年(?:行动|攻坚)", m.string[m.end():m.end() + 3]):
        return s  # 全面振兴新突破三年行动: a programme's name
    if s in ("零", "〇"):
        return s  # 零件, 零元购: a word, not a count of nothing
    if len(s) == 1 and s in "一两" and m.string[m.end():m.end() + 1] not in ("万", "亿"):
        return s  # 一个/两家: keep idiomatic singles as words
    n = cn_number(s)
    return s if n is None else str(n)


def cn_number(s: str) -> int | float | None:
    """Chinese numeral → number, or ``None``.

    >>> cn_number("十五"), cn_number("百"), cn_number("三千五百"), cn_number("1.5万")
    (15, 100, 3500, 15000)
    """
    import cn2an

    s = s.strip()
    if s in ("百", "千", "万", "亿"):
        return {"百": 100, "千": 1000, "万": 10000, "亿": 100000000}[s]
    try:
        v = cn2an.cn2an(s, "smart")
    except Exception:  # cn2an raises ValueError and others on odd input
        return None
    return int(v) if float(v).is_integer() else float(v)


# -- boilerplate ----------------------------------------------------------------
_BOILER_WORDS = re.compile(
    r"热线|咨询|下载|扫一扫|二维码|分享到|打印本页|关闭窗口|收藏|责任编辑|编辑：|编辑:|浏览次数|阅读次数|"
    r"点击量|访问量|当前位置|您的位置|首页|上一篇|下一篇|相关阅读|相关链接|相关新闻|推荐阅读|延伸阅读|"
    r"版权所有|网站地图|联系我们|免责声明|ICP备|公网安备|(?<!文)字号|【大|【中|【小|已为您|快去查看|"
    r"^展开$|^收起$|^返回顶部$|^更多$|招商引资|工业用地|厂房租购|其他招商|在线咨询|电话沟通|电话咨询")
_PHONE = re.compile(r"^(?:\d{3,4}-)?\d{3,4}-\d{3,4}$|^\d{7,12}$")
_RELATED = re.compile(r"^(?:相关阅读|相关新闻|推荐阅读|延伸阅读|相关链接)[:：]?$")
#: what makes a furniture line worth keeping: the page's source label or its date of publication
_SOURCE_OR_DATE = re.compile(r"来源\s*[:：]|\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")
#: the furniture inside such a line: an editor's or reviewer's name, a reading counter
_STAFF_LABEL = re.compile(r"\s*(?:责任编辑|编辑|责编|审核|校对)\s*[:：]\s*(?:(?!责|编辑|审核|校对)[\u4e00-\u9fff]){0,4}|\s*(?:阅读|浏览)次数\s*[:：]?\s*\d*")


def strip_boilerplate(text: str) -> str:
    """Drop web page furniture: hotlines, navigation, download links, share
    buttons and trailing 'related reading' blocks. Body paragraphs stay."""
    lines = text.split("\n")
    keep: list[str] = []
    for _i, line in enumerate(lines):
        s = line.strip().lstrip("•·●▪-*> ").strip()
        if not s:
            keep.append("")
            continue
        if _RELATED.match(s):
            # a related-reading label: drop it and the headline line(s) just before it
            while keep and keep[-1].strip() and "。" not in keep[-1] and len(keep[-1]) < 80:
                keep.pop()
            break
        if len(s) <= 40 and (_PHONE.match(s) or (_BOILER_WORDS.search(s) and not _is_sentence(s))):
            bare = _STAFF_LABEL.sub("", line).rstrip()
            if _SOURCE_OR_DATE.search(s) and not _BOILER_WORDS.search(bare):
                keep.append(bare)  # 2024-03-08 16:06:23来源:山西日报编辑:薛阳: the source and the date, not the editor
            continue
        keep.append(line)
    return "\n".join(keep)


def _is_sentence(s: str) -> bool:
    return bool(re.search(r"[。；;]$", s)) and len(s) > 20


def han_ratio(text: str) -> float:
    """Share of Han characters among non-space characters."""
    chars = len(text) - len(_SPACE.findall(text))  # \s is str.isspace for str patterns
    return len(_HAN.findall(text)) / chars if chars else 0.0


_SPACE = re.compile(r"\s")


def nfkc_name(s: str) -> str:
    """NFKC-fold a short name (brackets, width) for comparisons."""
    return unicodedata.normalize("NFKC", s).replace(" ", "")

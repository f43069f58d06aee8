"""PDF and Word input (:mod:`policykg.loaders.reading.formats`), and what a build says of the files
it cannot read.

The fixtures are made here: the seed texts printed to PDF by the installed headless
Chromium, and written to .docx with python-docx. A seed's digest from PDF and from
DOCX scores like the one from its .txt against the seed gold.
"""

from __future__ import annotations

import html
import json
import subprocess

import docx
import pytest
from conftest import GOLD
from scoring import score_pairs

from policykg.errors import InputError
from policykg.loaders import extract
from policykg.loaders.reading.formats import sniff, unwrap
from policykg.loaders.reading.text import read_document
from policykg.pipeline.build import build_corpus, bundled_corpus, corpus_files
from policykg.pipeline.extract_files import extract_all
from policykg.viz.snapshots import find_chromium

SEEDS = corpus_files(bundled_corpus())


def _print_pdf(html_text: str, out) -> None:
    page = out.with_suffix(".html")
    page.write_text(html_text, encoding="utf-8")
    subprocess.run([find_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    f"--print-to-pdf={out}", "--no-pdf-header-footer", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    page.unlink()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))


def _docx(text: str, out) -> None:
    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(out)


def _score(paths) -> float:
    digests, skipped = extract_all(sorted(paths), extract)
    assert not skipped, skipped
    pairs = [(json.loads(json.dumps(d, ensure_ascii=False)),
              json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))) for stem, d in sorted(digests.items())]
    return score_pairs(pairs)["overall"][2]


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")
def test_seed_digests_from_pdf_and_docx_score_like_those_from_text(tmp_path):
    pdf, word = tmp_path / "pdf", tmp_path / "docx"
    pdf.mkdir()
    word.mkdir()
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        _print_pdf(f'<html><head><meta charset="utf-8"></head><body>{_paragraphs(text)}</body></html>',
                   pdf / f"{seed.stem}.pdf")
        _docx(text, word / f"{seed.stem}.docx")
    assert sniff((pdf / f"{SEEDS[0].stem}.pdf").read_bytes()) == "pdf"
    assert sniff((word / f"{SEEDS[0].stem}.docx").read_bytes()) == "docx"
    from_text = _score(SEEDS)
    assert abs(_score(pdf.glob("*.pdf")) - from_text) <= 0.02
    assert abs(_score(word.glob("*.docx")) - from_text) <= 0.02


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")
def test_a_mixed_folder_gives_digests_for_the_readable_files_and_one_line_for_each_other(tmp_path):
    folder = tmp_path / "混合"
    folder.mkdir()
    seed = SEEDS[0].read_text(encoding="utf-8")
    (folder / "a.txt").write_text(seed, encoding="utf-8")
    (folder / "b.html").write_text(f"<html><body>{_paragraphs(seed)}</body></html>", encoding="utf-8")
    _print_pdf(f'<html><head><meta charset="utf-8"></head><body>{_paragraphs(seed)}</body></html>', folder / "c.pdf")
    _docx(seed, folder / "d.docx")
    _print_pdf('<html><body><div style="width:300px;height:300px;background:#777"></div></body></html>',
               folder / "scan.pdf")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    result = build_corpus(folder, tmp_path / "out")
    assert sorted(result.digests) == ["a", "b", "c", "d"]
    reasons = dict(result.skipped)
    assert set(reasons) == {"scan.pdf", "photo.png"}
    assert "without a text layer" in reasons["scan.pdf"] and "OCR" in reasons["scan.pdf"]
    assert "image" in reasons["photo.png"]
    assert all("\n" not in r and str(folder) not in r for r in reasons.values())  # one line, the name said once
    assert result.ignored == ["notes.json"]


def test_files_are_told_by_their_content(tmp_path):
    fake = tmp_path / "tiny.txt"
    fake.write_bytes(b"%PDF-1.4\n1 0 obj\n")  # a text file that begins like a PDF is no document titled %PDF-1.4
    with pytest.raises(InputError, match="not a readable PDF"):
        read_document(fake)
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    with pytest.raises(InputError, match=r"\.docx or PDF"):
        read_document(old)
    named_txt = tmp_path / "really-a-word-file.txt"
    _docx("某市未来产业行动计划\n一、总体要求", named_txt)
    assert read_document(named_txt).startswith("某市未来产业行动计划")


def test_lines_a_page_wrapped_are_joined_and_headings_kept():
    page = ("重庆市未来产业集群培育行动计划\n\n未来产业是重大前沿科技创新成果产业化后形成\n\n的产业,对经济社会发展变革起到战略性作用。\n"
            "一、总体要求\n(一)工作思路\n")
    assert unwrap(page, width=22) == ("重庆市未来产业集群培育行动计划\n未来产业是重大前沿科技创新成果产业化后形成的产业,对经济社会发展变革起到战略性作用。\n"
                                      "一、总体要求\n(一)工作思路")

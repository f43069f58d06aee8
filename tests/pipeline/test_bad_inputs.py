"""Bad inputs through ``policykg extract`` and ``policykg build``, run as a user would.

Each input gives the right digest or one clear line on stderr, never a
traceback; a bad file never stops the others, and the exit code says the run
was partial (extract: 2, build: 3).  The small inputs are committed in
``tests/data/bad`` (made by ``tests/data/bad/generate.py``); the large ones (a
30 MB document, 10,000 list items, a 1 MB line) are made here in a temporary
folder.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from cli_run import assert_clean, policykg

from policykg.loaders import extract_text
from policykg.loaders.reading.text import MAX_BYTES

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
SOURCE = "shanghai-2022-action-plan"
#: file → what its one stderr line must say
UNREADABLE = {
    "empty.txt": "empty file",
    "whitespace.txt": "whitespace only",
    "binary.txt": "binary file",
    "english.txt": "no Chinese text",
    "scripts-only.html": "no text",
}
#: encoded file → the file whose digest it must equal
SAME_AS = {"gb18030": "utf8", "utf16be-bom": "utf8", "utf16le": "utf8", "gbk": SOURCE}


def strip(obj, keys: set[str]):
    """``obj`` without the given keys at any depth."""
    if isinstance(obj, dict):
        return {k: strip(v, keys) for k, v in obj.items() if k not in keys}
    if isinstance(obj, list):
        return [strip(v, keys) for v in obj]
    return obj


def strings(obj):
    """Every string value inside a digest."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, corpus_dir):
    """One ``policykg extract`` over every committed bad input, a missing file and a folder."""
    out = tmp_path_factory.mktemp("digests")
    files = sorted(BAD.glob("*.txt")) + sorted(BAD.glob("*.html")) + [corpus_dir / f"{SOURCE}.txt"]
    run = policykg("extract", *files, BAD / "missing.txt", BAD, "-o", out)
    return run, out


def digest(out: Path, stem: str) -> dict:
    return json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))


def lines_about(run, name: str) -> list[str]:
    return [ln for ln in run.err_lines if name in ln]


# -- unreadable inputs: one line each, the rest still extracted ---------------------------
def test_extract_is_partial_without_traceback(extracted):
    run, _ = extracted
    assert_clean(run)
    assert run.code == 2, run.err


@pytest.mark.parametrize("name,reason", sorted(UNREADABLE.items()))
def test_unreadable_file_gets_one_clear_line(extracted, name, reason):
    run, out = extracted
    lines = lines_about(run, name)
    assert len(lines) == 1, run.err
    assert lines[0].startswith("policykg: skipped") and reason in lines[0]
    assert not (out / f"{Path(name).stem}.json").exists()


def test_missing_file_and_folder_get_one_line_each(extracted):
    run, _ = extracted
    assert [ln for ln in run.err_lines if "missing.txt" in ln] == [f"policykg: skipped {BAD / 'missing.txt'}: no such file"]
    assert f"policykg: skipped {BAD}: is a directory, not a document" in run.err_lines


def test_one_bad_file_never_stops_the_rest(extracted):
    _, out = extracted
    readable = {p.stem for p in BAD.iterdir() if p.suffix in (".txt", ".html") and p.name not in UNREADABLE}
    assert {p.stem for p in out.glob("*.json")} == readable | {SOURCE}


# -- encodings, traditional Chinese, HTML pages -------------------------------------------
@pytest.mark.parametrize("stem", sorted(SAME_AS))
def test_other_encodings_give_the_utf8_digest(extracted, stem):
    _, out = extracted
    assert strip(digest(out, stem), {"file", "id"}) == strip(digest(out, SAME_AS[stem]), {"file", "id"})


def _facts(d: dict):
    clusters = {(c["name"], tuple(sorted(c.get("fields", [])))) for c in d["clusters"]}
    targets = {(t["year"], t["metric"], t["value"], t["unit"], t["qualifier"]) for t in d["targets"]}
    return {f["name"] for f in d["fields"]}, clusters, targets


def test_traditional_chinese_gives_the_same_fields_clusters_targets(extracted):
    _, out = extracted
    fields, clusters, targets = _facts(digest(out, "traditional"))
    want = _facts(digest(out, SOURCE))
    assert fields == want[0] and fields
    assert clusters == want[1] and clusters
    assert targets == want[2] and targets


def test_html_page_gives_the_digest_of_its_text(extracted):
    """Scripts, navigation, header and footer dropped; table cells kept as a line.

    Offsets (and so ``sha256``/``chars``) may differ: the page has no blank
    lines between paragraphs where the text file has them.
    """
    _, out = extracted
    offsets = {"file", "id", "start", "end", "sha256", "chars"}
    page, text = digest(out, "page"), digest(out, "page-text")
    assert strip(page, offsets) == strip(text, offsets)
    assert not any("脚本文字" in s or "政务公开" in s or "ICP备" in s for s in strings(page))


def test_document_without_headings(extracted):
    _, out = extracted
    d = digest(out, "no-headings")
    assert d["document"]["title"] == "上海市推进未来产业发展的若干意见"
    assert {(t["year"], t["value"], t["unit"]) for t in d["targets"]} >= {(2030, 5000, "亿元"), (2030, 15, "个")}
    assert all(t["evidence"]["section"] == "" for t in d["targets"])


def test_metacharacters_in_names_are_kept_as_written(extracted):
    _, out = extracted
    d = digest(out, "metachars")
    title = d["document"]["title"]
    assert "<script>alert(1)</script>" in title and "'})" in title and "\\" in title
    assert any("'})MATCH(n)DETACH_DELETE_n//" in m["name"] for m in d["measures"])


def test_every_evidence_quote_is_in_the_text(extracted):
    """Spot check of the contract on real output (the property tests cover generated text)."""
    _, out = extracted
    for path in out.glob("*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        for key in ("fields", "targets", "measures", "programmes", "zones"):
            for item in d[key]:
                ev = item["evidence"]
                assert ev["start"] <= ev["end"] and ev["quote"], (path.name, item)


# -- large inputs, made here ---------------------------------------------------------------
def _write_huge(path: Path, size: int) -> Path:
    line = "到2030年，上海市未来产业产值达到5000亿元。\n".encode()
    with open(path, "wb") as fh:
        for _ in range(size // len(line) + 1):
            fh.write(line)
    return path


def list_document(n: int) -> str:
    """One heading over ``n`` numbered list items."""
    return "一、重点任务\n" + "\n".join(f"{i}. 支持第{i}项脑机接口任务，给予最高{i}万元支持。" for i in range(1, n + 1))


def target_list_document(n: int) -> str:
    """``n`` lines that each state a dated target."""
    return "一、发展目标\n" + "\n".join(f"到2030年，建设{i}个先导区{i}号。" for i in range(1, n + 1))


def test_30mb_document_is_refused_with_one_line(tmp_path):
    huge = _write_huge(tmp_path / "huge.txt", 30 * 2**20)
    assert huge.stat().st_size > MAX_BYTES
    run = policykg("extract", huge, "-o", tmp_path / "out")
    assert_clean(run)
    assert run.code == 2 and run.seconds < 30
    assert [ln for ln in run.err_lines if "huge.txt" in ln] == [
        f"policykg: skipped {huge}: too large (30.0 MB; the limit is {MAX_BYTES // 2**20} MB)"]


def test_10000_list_items_finish_quickly(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(list_document(10_000), encoding="utf-8")
    run = policykg("extract", path, "-o", tmp_path / "out")
    assert_clean(run)
    assert run.code == 0 and (tmp_path / "out" / "list.json").is_file()
    assert run.seconds < 30, f"10,000 list items took {run.seconds:.1f} s"


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    extract_text(text, "x")
    return time.perf_counter() - t0


def test_list_items_scale_linearly():
    _seconds(list_document(100))  # warm up lazy loads
    small, big = _seconds(list_document(2_500)), _seconds(list_document(10_000))
    assert big < 8 * small + 0.5, f"2,500 items {small:.2f} s, 10,000 items {big:.2f} s: worse than linear"


# was quadratic (fixed): loaders/rules/targets.py _year_at scanned every year span, and _add compared
# each target with all earlier ones
def test_target_lists_scale_linearly():
    _seconds(target_list_document(100))  # warm up lazy loads
    small, big = _seconds(target_list_document(800)), _seconds(target_list_document(3_200))
    assert big < 8 * small + 0.2, f"800 targets {small:.2f} s, 3,200 targets {big:.2f} s: worse than linear"


def test_1mb_single_line(tmp_path, corpus_dir):
    """A page that puts the whole document on one line, repeated to 1 MB."""
    one_line = (corpus_dir / f"{SOURCE}.txt").read_text(encoding="utf-8").replace("\n", " ")
    path = tmp_path / "line.txt"
    path.write_text(one_line * (2**20 // len(one_line.encode()) + 1), encoding="utf-8")
    assert "\n" not in path.read_text(encoding="utf-8") and path.stat().st_size > 2**20
    run = policykg("extract", path, "-o", tmp_path / "out")
    assert_clean(run)
    assert run.code == 0 and run.seconds < 60, run.err
    assert json.loads((tmp_path / "out" / "line.json").read_text(encoding="utf-8"))["document"]["chars"] > 300_000


DATED = "上海市推进未来产业发展，支持脑机接口和量子计算，到2030年建设15个先导区；"


# was quadratic (fixed) on a long line full of dated targets: loaders/rules/targets.py _year_spans called
# Doc.paragraph_span (str.find/rfind over the whole line) per year, and _year_at scanned every span
# per number
def test_long_line_of_dated_targets_scales_linearly():
    _seconds(DATED * 50)  # warm up lazy loads
    small, big = _seconds(DATED * 1_500), _seconds(DATED * 6_000)
    assert big < 8 * small + 0.2, f"{len(DATED) * 1_500} chars {small:.2f} s, {len(DATED) * 6_000} chars {big:.2f} s"


# -- a corpus build with bad files in it --------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_dir):
    """``policykg build`` of a corpus with good, unreadable and huge files."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(corpus_dir / f"{SOURCE}.txt", corpus)
    for name in ("metachars.txt", "empty.txt", "binary.txt", "scripts-only.html"):
        shutil.copy(BAD / name, corpus)
    _write_huge(corpus / "huge.txt", 30 * 2**20)
    out = tmp_path_factory.mktemp("out")
    return policykg("build", corpus, "-o", out, "--quiet"), out


def test_build_reports_skips_and_exits_3(built):
    run, out = built
    assert_clean(run)
    assert run.code == 3, run.err
    for name in ("empty.txt", "binary.txt", "scripts-only.html", "huge.txt"):
        assert len([ln for ln in run.err_lines if f"skipped {name}:" in ln]) == 1, run.err
    assert len(run.err_lines) == 4, run.err


def test_build_writes_the_good_documents(built):
    _, out = built
    assert {p.stem for p in (out / "digests").glob("*.json")} == {SOURCE, "metachars"}
    assert (out / "merge-report.txt").is_file()


def test_build_rdf_keeps_metacharacters_as_data(built):
    import pyoxigraph

    _, out = built
    trig = out / "graph.trig"
    store = pyoxigraph.Store()
    store.load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    values = {q.object.value for q in store.quads_for_pattern(None, None, None, None)
              if isinstance(q.object, pyoxigraph.Literal)}
    assert any("<script>alert(1)</script>'})" in v for v in values)


# -- an extractor bug on one file -----------------------------------------------------------------
def _crash_on(name: str):
    """An extractor that raises a programming error (not a PolicyKGError) for one file."""
    from policykg.loaders import extract

    def crashing(path, *args, **kwargs):
        if Path(path).name == name:
            raise AttributeError("'NoneType' object has no attribute 'strip'")
        return extract(path, *args, **kwargs)

    return crashing


def test_build_survives_an_extractor_crash(tmp_path, corpus_dir):
    from policykg.pipeline.build import build_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (f"{SOURCE}.txt", "shanghai-2022-action-plan-news.txt"):
        shutil.copy(corpus_dir / name, corpus)
    result = build_corpus(corpus, tmp_path / "out", extract=_crash_on(f"{SOURCE}.txt"))
    assert result.partial and [n for n, _ in result.skipped] == [f"{SOURCE}.txt"]
    assert "AttributeError" in result.skipped[0][1] and list(result.digests) == ["shanghai-2022-action-plan-news"]


def test_extract_survives_an_extractor_crash(tmp_path, corpus_dir, monkeypatch, capsys):
    import policykg.pipeline.extract_files
    from policykg.cli.app import main

    monkeypatch.setattr(policykg.pipeline.extract_files, "extract", _crash_on(f"{SOURCE}.txt"))
    news = corpus_dir / "shanghai-2022-action-plan-news.txt"
    try:
        code = main(["extract", str(corpus_dir / f"{SOURCE}.txt"), str(news), "-o", str(tmp_path)])
    except AttributeError:
        pytest.fail("the extractor's exception reached the user as a traceback")
    err = capsys.readouterr().err
    assert code == 2 and f"skipped {corpus_dir / SOURCE}.txt" in err and (tmp_path / f"{news.stem}.json").is_file()


# fixed: build and extract used to key digests by file stem: page.txt and page.html in one corpus
# gave one digest, silently
def test_two_files_with_one_stem_are_not_silently_merged(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BAD / "page.html", corpus / "page.html")
    shutil.copy(BAD / "page-text.txt", corpus / "page.txt")
    run = policykg("build", corpus, "-o", tmp_path / "out", "--quiet")
    assert_clean(run)
    digests = list((tmp_path / "out" / "digests").glob("*.json"))
    assert len(digests) == 2 or (run.code != 0 and "page" in run.err)

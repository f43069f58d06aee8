"""Corpus → digests → one PolicyGraph → RDF files and a merge report (``policykg build``).

:func:`build_corpus` extracts every ``*.txt``/``*.html`` document of a corpus
folder with :func:`policykg.loaders.extract` (in a process pool with
``jobs > 1``), writes each digest to ``OUT/digests/<stem>.json``, builds the
graph (:func:`policykg.resolve.builder.build_graph`), writes the RDF exports
(:func:`policykg.rdf.files.write_all`) and ``OUT/merge-report.txt``.  A document that
cannot be extracted is skipped and listed in :attr:`BuildResult.skipped`; the
rest of the corpus is still built.
"""

from __future__ import annotations

import contextlib
import importlib.resources
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from policykg.atomic import write_json, write_text
from policykg.errors import PolicyKGError
from policykg.gcpause import collection_paused
from policykg.loaders import extract as loaders_extract
from policykg.model import PolicyGraph
from policykg.pipeline.extract_files import Extractor, Progress, doc_ids, extract_all
from policykg.progress import timed
from policykg.rdf.files import write_all
from policykg.resolve.builder import build_graph
from policykg.resolve.merge_report import build_report

#: Document files a corpus folder may hold.
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")
#: files that look like documents but cannot be read here: each is tried, and skipped with one line
#: saying why and what to do (an old Word/WPS file, an OFD file, an image, an archive)
UNREADABLE_SUFFIXES = (".doc", ".wps", ".ofd", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".zip")

#: steps(step label, done, total) of the whole build (a new label starts a new step)
StepProgress = Callable[[str, "float | None", "float | None"], None]
#: Build steps (keys of :attr:`BuildResult.seconds`) and how progress bars name them.
STEP_LABELS = {"extract": "extracting documents", "graph": "building the graph", "digests": "writing digests",
               "rdf": "writing RDF (ttl, nt, jsonld, trig)", "report": "writing the merge report"}


@dataclass
class BuildResult:
    """What :func:`build_corpus` built and wrote."""

    graph: PolicyGraph
    digests: dict[str, dict] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: files of the folder that are not documents (neither read nor skipped)
    ignored: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    report: str = ""
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def partial(self) -> bool:
        """True when some document was skipped."""
        return bool(self.skipped)


def bundled_corpus() -> Path:
    """The corpus shipped with the package (``policykg.corpus``)."""
    return Path(str(importlib.resources.files("policykg.corpus")))


def corpus_files(corpus_dir) -> list[Path]:
    """The document files of a corpus folder, sorted by name."""
    return corpus_listing(corpus_dir)[0]


def corpus_listing(corpus_dir) -> tuple[list[Path], list[str]]:
    """The files of a corpus folder to extract (documents, and those that look like documents
    but cannot be read, which are skipped with a reason), and the names of the others."""
    folder = Path(corpus_dir)
    if not folder.is_dir():
        raise PolicyKGError(f"no such corpus folder: {folder}")
    wanted = DOCUMENT_SUFFIXES + UNREADABLE_SUFFIXES
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "__")))
    paths = [p for p in files if p.suffix.lower() in wanted]
    if not any(p.suffix.lower() in DOCUMENT_SUFFIXES for p in paths):
        raise PolicyKGError(f"no documents (.txt, .html, .pdf, .docx) in {folder}")
    return paths, [p.name for p in files if p.suffix.lower() not in wanted]


def default_extractor() -> Extractor:
    """:func:`policykg.loaders.extract` (a broken loader fails here, it does not skip documents)."""
    return loaders_extract


def build_checked(digests: dict[str, dict], skipped: list, names: dict[str, str]) -> tuple[PolicyGraph, dict]:
    """The graph of ``digests`` and the digests in it.

    When the builder fails on the whole set, each digest is tried on its own and
    those it cannot take are dropped (and reported in ``skipped``), so one
    malformed digest cannot stop a build; the usual case builds once.
    """
    try:
        return build_graph(digests.values()), digests
    except Exception:  # noqa: BLE001 - find the culprits below
        digests = _buildable(digests, skipped, names)
    return build_graph(digests.values()), digests


def _buildable(digests: dict[str, dict], skipped: list, names: dict[str, str]) -> dict[str, dict]:
    """Drop (and report) digests the graph builder cannot take on their own."""
    good = {}
    for stem, digest in digests.items():
        try:
            build_graph([digest])
        except Exception as exc:  # noqa: BLE001 - a malformed digest skips its document only
            skipped.append((names[stem], f"cannot build graph: {type(exc).__name__}: {exc}"))
        else:
            good[stem] = digest
    return good


def write_digests(digests: dict[str, dict], out_dir: Path) -> list[Path]:
    """Write ``OUT/digests/<stem>.json`` and remove digests of documents no longer built."""
    folder = Path(out_dir) / "digests"
    written = [write_json(folder / f"{stem}.json", d) for stem, d in sorted(digests.items())]
    for old in folder.glob("*.json"):
        if old.stem not in digests:
            old.unlink()
    return written


def write_rdf(graph: PolicyGraph, out_dir: Path) -> list[Path]:
    """The RDF exports via :func:`policykg.rdf.files.write_all`."""
    return sorted(Path(p) for p in write_all(graph, out_dir).values())


def build_corpus(corpus_dir=None, out_dir="out", jobs: int = 1, report: bool = False,
                 extract: Extractor | None = None, progress: Progress | None = None,
                 steps: StepProgress | None = None) -> BuildResult:
    """Extract, build and write a corpus (default: the bundled one) into ``out_dir`` (``None``:
    write nothing, keep the graph and digests in memory).

    ``OUT/merge-report.txt`` is always written; with ``report=True`` its text is
    also returned in :attr:`BuildResult.report`.  ``extract`` replaces
    :func:`policykg.loaders.extract` (it must be picklable for ``jobs > 1``).
    ``progress(done, total, file name)`` follows the extraction;
    ``steps(step, done, total)`` every step.  :attr:`BuildResult.seconds` has
    the time of each step.
    """
    with collection_paused(collect_after=True):
        return _build(corpus_dir, out_dir, jobs, report, extract, progress, _Steps(steps))


def _build(corpus_dir, out_dir, jobs, report, extract, progress, timer: _Steps) -> BuildResult:
    paths, ignored = corpus_listing(corpus_dir if corpus_dir is not None else bundled_corpus())
    if corpus_dir is None or Path(corpus_dir).resolve() == bundled_corpus().resolve():
        ignored = []  # the package's own files beside its corpus (catalogue.json)

    def extracted(done: int, total: int, name: str) -> None:
        timer.say("extract", done, total)
        if progress:
            progress(done, total, name)

    with timer("extract", len(paths)):
        chosen = extract or default_extractor()
        # the corpus-level second pass belongs to policykg's extractor, not to one passed in
        digests, skipped = extract_all(paths, chosen, jobs=jobs, progress=extracted,
                                       cross_document=chosen is loaders_extract)
    with timer("graph"):
        graph, digests = build_checked(digests, skipped, {i: p.name for p, i in doc_ids(paths).items()})
    written: list[Path] = []
    if out_dir is not None:  # None: the graph in memory only
        out = Path(out_dir)
        with timer("digests", len(digests)):
            written += write_digests(digests, out)
        with timer("rdf"):
            written += write_rdf(graph, out)
    with timer("report"):
        text = build_report(graph)
        if out_dir is not None:
            written.append(write_text(out / "merge-report.txt", text))
    order = {p.name: i for i, p in enumerate(paths)}
    return BuildResult(graph=graph, digests=digests, skipped=sorted(skipped, key=lambda s: order[s[0]]),
                       ignored=ignored, written=written, report=text if report else "", seconds=timer.seconds)


class _Steps:
    """Times the steps of a build and tells ``steps(step, done, total)`` about them."""

    def __init__(self, steps: StepProgress | None) -> None:
        self.steps, self.seconds = steps, {}

    def say(self, step: str, done=None, total=None) -> None:
        if self.steps:
            self.steps(STEP_LABELS.get(step, step), done, total)

    @contextlib.contextmanager
    def __call__(self, step: str, total: int | None = None):
        self.say(step, 0 if total else None, total)
        try:
            with timed(self.seconds, step):
                yield
        finally:
            self.say(step, total, total)

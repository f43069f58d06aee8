"""Extract many files: the first pass document by document (in a process pool with
``jobs > 1``), then the corpus-level second pass (:mod:`policykg.loaders.review.crossdoc`).
One bad file never stops the rest; ``policykg extract`` and ``policykg build`` both
extract through here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from policykg.atomic import write_json
from policykg.errors import PolicyKGError
from policykg.loaders import extract
from policykg.loaders.reading.text import read_document
from policykg.loaders.review.crossdoc import Lexicon, recognize
from policykg.loaders.review.screen import screen

Extractor = Callable[[Path], dict]
#: progress(done, total, file name) of the extraction
Progress = Callable[[int, int, str], None]


@dataclass
class ExtractReport:
    """What :func:`extract_files` wrote and what it skipped (path, one-line reason)."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def doc_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """Document ids: the file stem, or the file name (dots as ``-``) when stems collide.

    >>> doc_ids([Path("a/page.txt"), Path("a/page.html"), Path("b/plan.txt")])
    {PosixPath('a/page.txt'): 'page-txt', PosixPath('a/page.html'): 'page-html', PosixPath('b/plan.txt'): 'plan'}
    """
    paths = [Path(p) for p in paths]
    stems = Counter(p.stem for p in paths)
    return {p: p.stem if stems[p.stem] == 1 else p.name.replace(".", "-") for p in paths}


def extract_one(extract: Extractor, path: Path) -> tuple[dict | None, str]:
    """Run the extractor on one file: ``(digest, "")`` or ``(None, reason)``.

    Every exception becomes a reason, so one bad document cannot stop a corpus
    (and nothing unpicklable crosses a process boundary).
    """
    try:
        digest = extract(path)
    except PolicyKGError as exc:
        return None, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.stem}: ")
    except NotImplementedError as exc:
        return None, f"extractor not implemented yet ({exc})" if str(exc) else "extractor not implemented yet"
    except Exception as exc:  # noqa: BLE001 - a bug must not stop a corpus run; it is reported, not hidden
        return None, f"internal error ({type(exc).__name__}: {exc}); please report it"
    if not isinstance(digest, dict) or not isinstance(digest.get("document"), dict):
        return None, "extractor returned no digest"
    digest["document"].setdefault("id", path.stem)
    return digest, ""


def second_one(path: Path, digest: dict, lexicon: Lexicon) -> dict:
    """The second pass on one document: the lexicon's names its text mentions (the first
    pass's digest when anything fails: the second pass only adds)."""
    try:
        text = read_document(path)
        recognize(digest, text, lexicon)
        screen(digest, text)  # the names the second pass added are judged like the first pass's
    except Exception:  # noqa: BLE001 - the first-pass digest stands
        pass
    return digest


def _run(pool, fn, jobs_args, progress: Progress | None, names: list[str]):
    """Results of ``fn(*args)`` in input order (in ``pool`` when there is one)."""
    if pool is None:
        out = []
        for n, args in enumerate(jobs_args, 1):
            out.append(fn(*args))
            if progress:
                progress(n, len(jobs_args), names[n - 1])
        return out
    futures = {pool.submit(fn, *args): i for i, args in enumerate(jobs_args)}
    out = [None] * len(jobs_args)
    for n, fut in enumerate(as_completed(futures), 1):
        out[futures[fut]] = fut.result()
        if progress:
            progress(n, len(jobs_args), names[futures[fut]])
    return out


def extract_all(paths: list[Path], extract: Extractor | None, jobs: int = 1, progress: Progress | None = None,
                cross_document: bool = True) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """Digests by document id and ``(file name, reason)`` of skipped files, in file order.

    With ``cross_document`` (and an extractor), the names the first pass typed anywhere in
    the corpus and the field vocabulary are then recognized in every document
    (:mod:`policykg.loaders.review.crossdoc`); the result does not depend on the order of ``paths``.
    """
    digests, failed = _extract(list(paths), extract, jobs, progress, cross_document)
    return digests, [(p.name, reason) for p, reason in failed]


def _extract(paths: list[Path], extract: Extractor | None, jobs: int, progress: Progress | None,
             cross_document: bool) -> tuple[dict[str, dict], list[tuple[Path, str]]]:
    ids = doc_ids(paths)
    names = [p.name for p in paths]
    if extract is None:
        return {}, [(p, "extractor not available (policykg.loaders.extract)") for p in paths]
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(paths) > 1 else None
    try:
        results = _run(pool, extract_one, [(extract, p) for p in paths], progress, names)
        digests = {}
        for p, (d, _) in zip(paths, results, strict=True):
            if d is not None:
                d["document"]["id"] = ids[p]
                digests[ids[p]] = d
        if cross_document and len(digests) > 1:
            lexicon = Lexicon.from_digests(digests[k] for k in sorted(digests))
            todo = [(p, digests[ids[p]], lexicon) for p in paths if ids[p] in digests]
            for p, d in zip([t[0] for t in todo], _run(pool, second_one, todo, None, names), strict=True):
                digests[ids[p]] = d
    finally:
        if pool is not None:
            pool.shutdown()
    return digests, [(p, reason) for p, (d, reason) in zip(paths, results, strict=True) if d is None]


def extract_files(paths: Iterable[Path], out_dir: Path, echo: Callable[[str], None] | None = None,
                  jobs: int = 1) -> ExtractReport:
    """Extract each path into ``out_dir/<id>.json`` (written atomically; ids from :func:`doc_ids`)."""
    report = ExtractReport()
    paths = [Path(p) for p in paths]
    digests, report.failed = _extract(paths, extract, jobs, None, True)
    ids = doc_ids(paths)
    for p in paths:
        if ids[p] in digests:
            report.written.append(write_json(Path(out_dir) / f"{ids[p]}.json", digests[ids[p]]))
    return report

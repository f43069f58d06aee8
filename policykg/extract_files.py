"""Extract many files into a folder of digests; one bad file never stops the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policykg.atomic import write_json
from policykg.errors import PolicyKGError
from policykg.loaders import extract


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


def extract_files(paths: Iterable[Path], out_dir: Path, echo: Callable[[str], None] | None = None) -> ExtractReport:
    """Extract each path into ``out_dir/<id>.json`` (written atomically; ids from :func:`doc_ids`)."""
    report = ExtractReport()
    out_dir = Path(out_dir)
    ids = doc_ids(paths)
    for path, doc_id in ids.items():
        try:
            digest = extract(path, doc_id=doc_id)
        except PolicyKGError as exc:
            report.failed.append((path, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.stem}: ")))
            continue
        except Exception as exc:  # a bug must not stop a corpus run; it is reported, not hidden
            report.failed.append((path, f"internal error ({type(exc).__name__}: {exc}); please report it"))
            continue
        target = write_json(out_dir / f"{doc_id}.json", digest)
        report.written.append(target)
    return report

"""Extract many files into a folder of digests; one bad file never stops the rest."""

from __future__ import annotations

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


def extract_files(paths: Iterable[Path], out_dir: Path, echo: Callable[[str], None] | None = None) -> ExtractReport:
    """Extract each path into ``out_dir/<stem>.json`` (written atomically)."""
    report = ExtractReport()
    out_dir = Path(out_dir)
    for path in paths:
        path = Path(path)
        try:
            digest = extract(path)
        except PolicyKGError as exc:
            report.failed.append((path, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.stem}: ")))
            continue
        except Exception as exc:  # a bug must not stop a corpus run; it is reported, not hidden
            report.failed.append((path, f"internal error ({type(exc).__name__}: {exc}); please report it"))
            continue
        target = write_json(out_dir / f"{path.stem}.json", digest)
        report.written.append(target)
    return report

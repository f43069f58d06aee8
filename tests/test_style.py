"""House style: ruff clean (STYLE.md habit 10)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    assert Path(ruff).exists(), "ruff is not installed (pip install -e '.[test]')"
    run = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]


def test_every_package_folder_is_listed_for_setuptools():
    """A non-editable install (``pip install .``, a wheel) holds only the listed packages:
    a folder with an ``__init__.py`` left out of ``[tool.setuptools] packages`` is missing there."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed, dirs = set(conf["packages"]), conf["package-dir"]
    found = set()
    for package, folder in dirs.items():
        for init in (root / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(root / folder)
            found.add(".".join([package, *rel.parts]))
    assert found == listed

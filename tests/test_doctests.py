"""Run the docstring examples of every policykg module (networkx style)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import policykg


def _modules():
    names = []
    for pkg in ("policykg", "policykg.loaders", "policykg.ontology", "policykg.queries", "policykg.viz"):
        mod = importlib.import_module(pkg)
        names.append(pkg)
        for info in pkgutil.iter_modules(mod.__path__):
            names.append(f"{pkg}.{info.name}")
    return sorted(set(n for n in names if not n.endswith("__main__")))


@pytest.mark.parametrize("name", _modules())
def test_doctests(name):
    try:
        mod = importlib.import_module(name)
    except ImportError as exc:  # an optional dependency missing: say so
        pytest.skip(f"{name}: {exc}")
    failed, _ = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failed == 0


def test_package_version():
    assert policykg.__version__

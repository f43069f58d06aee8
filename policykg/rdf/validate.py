"""SHACL validation of the RDF graph against ``ontology/shapes.ttl`` (pySHACL).

One entry point, :func:`validate`, used by the library and by
``policykg validate [OUT_DIR]``.  The data graph is the union of every named
graph (ontology included), so ``sh:targetClass`` sees subclasses and the
``pkg:link`` property hierarchy.

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Target", "上海市/1800/产值", label="产值", props={"year": 1800, "metric": "产值"})
>>> report = validate(g)
>>> report.conforms
False
>>> print(report.text().splitlines()[1])
Violation: 产值 (Target) pkg:year — target year must be one integer in 1990-2100 [1800]
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.ontology.namespace import PREFIXES


@dataclass(frozen=True)
class Result:
    """One SHACL result, with the focus node's label."""

    severity: str
    focus: str
    label: str
    type: str
    path: str
    message: str
    value: str = ""

    def line(self) -> str:
        """``Violation: <label> (<Type>) <path> — <message> [<value>]``."""
        value = f" [{self.value}]" if self.value else ""
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.label} ({self.type}){path} — {self.message}{value}"


@dataclass
class Report:
    """What :func:`validate` found: ``conforms`` is False when any result is a violation."""

    conforms: bool
    results: list[Result] = field(default_factory=list)
    triples: int = 0

    @property
    def violations(self) -> list[Result]:
        """Results of severity Violation."""
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        """Results of severity Warning or Info."""
        return [r for r in self.results if r.severity != "Violation"]

    def text(self, limit: int = 200) -> str:
        """A readable summary: one headline, then one line per result (at most ``limit``)."""
        head = (f"{'conforms' if self.conforms else 'does NOT conform'}: {self.triples} triples, "
                f"{len(self.violations)} violations, {len(self.warnings)} warnings")
        lines = [r.line() for r in self.results[:limit]]
        if len(self.results) > limit:
            lines.append(f"… and {len(self.results) - limit} more")
        return "\n".join([head, *lines])


def shapes_graph() -> Graph:
    """The SHACL shapes of ``ontology/shapes.ttl``."""
    text = (importlib.resources.files("policykg.ontology") / "shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def data_graph(graph_or_dir) -> Graph:
    """The union graph to validate, from a PolicyGraph, an rdflib graph/dataset or an output directory."""
    from policykg.rdf import files as rdf_files  # rdflib datasets: imported on use

    if isinstance(graph_or_dir, PolicyGraph):
        return rdf_files.union_graph(rdf_files.to_dataset(graph_or_dir))
    if isinstance(graph_or_dir, Dataset):
        return rdf_files.union_graph(graph_or_dir)
    if isinstance(graph_or_dir, Graph):
        return graph_or_dir
    if isinstance(graph_or_dir, (str, Path)):
        return rdf_files.union_graph(rdf_files.load_dataset(graph_or_dir))
    raise TypeError(f"cannot validate a {type(graph_or_dir).__name__}")


def validate(graph_or_dir) -> Report:
    """Validate a PolicyGraph, rdflib graph/dataset or output directory against the shapes."""
    import pyshacl  # imported on use: pyshacl is slow to import

    data = data_graph(graph_or_dir)
    try:
        _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none",
                                         allow_warnings=True, advanced=True)
    except Exception as exc:  # pyshacl reports bad shapes/data with its own exceptions
        raise PolicyKGError(f"SHACL validation failed to run: {exc}") from exc
    found = sorted({_result(results, data, r) for r in results.subjects(RDF.type, SH.ValidationResult)},
                   key=lambda r: (r.severity != "Violation", r.type, r.label, r.path, r.message, r.value))
    return Report(conforms=not any(r.severity == "Violation" for r in found), results=found, triples=len(data))


def _result(results: Graph, data: Graph, node) -> Result:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    message = results.value(node, SH.resultMessage)
    severity = results.value(node, SH.resultSeverity)
    return Result(severity=str(severity).rpartition("#")[2] if severity else "Violation",
                  focus=str(focus), label=_label(data, focus), type=_type(data, focus),
                  path=_short(path) if isinstance(path, URIRef) else "",
                  message=str(message) if message else "constraint not met",
                  value=_show(data, value) if value is not None else "")


def _label(data: Graph, node) -> str:
    labels = sorted(data.objects(node, RDFS.label), key=lambda lit: (getattr(lit, "language", "") != "zh", str(lit)))
    return str(labels[0]) if labels else _short(node)


def _type(data: Graph, node) -> str:
    types = sorted(_short(t) for t in data.objects(node, RDF.type))
    return ", ".join(t.removeprefix("pkg:") for t in types if t.startswith("pkg:")) or ", ".join(types) or "?"


def _show(data: Graph, value) -> str:
    if isinstance(value, Literal):
        return str(value)
    return _label(data, value) if (value, RDFS.label, None) in data else _short(value)


def _short(term) -> str:
    text = str(term)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and prefix != "id":
            return f"{prefix}:{text[len(ns):]}"
    return text

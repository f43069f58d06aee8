"""The package's shape: no import cycles (imports inside functions count), imports that flow one
way (model ← resolve ← pipeline; rdf, neo4j and viz on the model only; devtools imported by nobody
but the CLI), folders of at most about 12 modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: package → source folder (pyproject.toml's package-dir).
FOLDERS = {"policykg": "policykg", "policykg.loaders": "loaders", "policykg.viz": "viz",
           "policykg.ontology": "ontology", "policykg.queries": "queries", "policykg.corpus": "corpus"}


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package's ``__init__`` is the package)."""
    out = {}
    for package, folder in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = [p for p in path.relative_to(ROOT / folder).with_suffix("").parts if p != "__init__"]
            out[".".join([package, *parts])] = path
    return out


def import_graph() -> dict[str, set[str]]:
    """module → the policykg modules it imports, at module level or inside functions."""
    mods = modules()

    def owner(name: str) -> str:
        while name not in mods:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for name, path in mods.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {owner(a.name) for a in node.names if a.name.split(".")[0] == "policykg"}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "policykg":
                found |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in mods else owner(node.module)
                          for a in node.names}
        graph[name] = found - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    found = cycles(import_graph())
    assert not found, "import cycles: " + "; ".join(" ↔ ".join(c) for c in found)


#: Modules every layer may use: errors, atomic writes, ports, progress, the format table, the collector's
#: pause (each imports at most ``policykg.errors``), and the ontology package (its closed namespace, whose schema terms come from
#: the schema table, and the .ttl files).
BASE = ("policykg.errors", "policykg.atomic", "policykg.ports", "policykg.progress", "policykg.formats",
        "policykg.gcpause", "policykg.ontology")
#: The layer graph: package → the packages it may import besides itself and :data:`BASE`.  The model is at
#: the centre; resolution and the pipeline build it; the backends and views (RDF, Neo4j, HTML) take it and
#: know nothing of each other or of how it was built.  The query catalogue, the CLI, the facade and the dev
#: tools sit on top and may use everything.
LAYERS = {
    "policykg.ontology": ("policykg.model.schema",),
    "policykg.model": (),
    "policykg.resolve": ("policykg.model",),
    "policykg.rdf": ("policykg.model",),
    "policykg.neo4j": ("policykg.model",),
    "policykg.viz": ("policykg.model",),
    "policykg.pipeline": ("policykg.model", "policykg.resolve", "policykg.rdf", "policykg.loaders"),
    # the extractor, in the order of its flow: the genre's words ← reading a document ← the rules ← the
    # review after them (second pass, screen) ← ``loaders/extract.py``, the entry point
    "policykg.loaders.words": ("policykg.resolve",),
    "policykg.loaders.reading": ("policykg.loaders.words",),
    "policykg.loaders.rules": ("policykg.loaders.reading", "policykg.loaders.words", "policykg.resolve"),
    "policykg.loaders.review": ("policykg.loaders.rules", "policykg.loaders.reading", "policykg.loaders.words",
                                "policykg.resolve", "policykg.model.names"),
}


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    """``"module imports target"`` for every import that leaves the module's layer (:data:`LAYERS`)."""
    def inside(name, package):
        return name == package or name.startswith(package + ".")

    bad = []
    for name, targets in sorted(graph.items()):
        for package, allowed in LAYERS.items():
            if inside(name, package):
                ok = (package, *allowed, *(() if package == "policykg.ontology" else BASE))
                bad += [f"{name} imports {t}" for t in sorted(targets) if not any(inside(t, a) for a in ok)]
    return bad


def test_the_layer_check_finds_a_violation():
    graph = {"policykg.neo4j.rows": {"policykg.model.terms", "policykg.rdf.nquads"},
             "policykg.viz.html": {"policykg.pipeline.cache", "policykg.errors"},
             "policykg.query": {"policykg.rdf.engines", "policykg.pipeline.cache"}}
    assert layer_violations(graph) == ["policykg.neo4j.rows imports policykg.rdf.nquads",
                                       "policykg.viz.html imports policykg.pipeline.cache"]


def test_imports_flow_one_way():
    """model ← resolve ← pipeline; rdf, neo4j and viz depend on the model only (imports inside functions
    count)."""
    bad = layer_violations(import_graph())
    assert not bad, "imports across layers:\n" + "\n".join(bad)


def test_base_modules_import_only_errors():
    graph = import_graph()
    for name in BASE:
        if name in graph:
            assert graph[name] <= {"policykg.errors"}, f"{name} imports {graph[name]}"


def test_devtools_are_imported_by_the_cli_only():
    for name, targets in import_graph().items():
        if any(t.startswith("policykg.devtools") for t in targets):
            assert name.startswith(("policykg.devtools", "policykg.cli.")), name


def source_folders() -> list[Path]:
    """Every folder of the package's sources (:data:`FOLDERS`, with their subfolders) that holds a module."""
    return sorted({p.parent for folder in FOLDERS.values() for p in (ROOT / folder).rglob("*.py")})


def test_the_rules_cover_every_source_folder():
    """The cycle, layer and folder-size checks read every folder of :data:`FOLDERS`: the package's own and
    the design card's (``loaders/`` with its subfolders, ``viz/``, ``queries/``, ``ontology/``)."""
    folders = {str(p.relative_to(ROOT)) for p in source_folders()}
    assert {"policykg", "loaders", "loaders/rules", "viz", "queries", "ontology"} <= folders
    names = set(import_graph())
    for package in FOLDERS:
        assert package in names, package
    assert "policykg.loaders.rules.targets" in names


def test_no_folder_holds_more_than_twelve_modules():
    for folder in source_folders():
        count = len([p for p in folder.glob("*.py") if p.name != "__init__.py"])
        assert count <= 12, f"{folder.relative_to(ROOT)} holds {count} modules"


def _function_imports(path: Path):
    """``(line number, end line)`` of every import inside a function of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted({(node.lineno, node.end_lineno) for fn in ast.walk(tree)
                   if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef))
                   for node in ast.walk(fn) if isinstance(node, (ast.Import, ast.ImportFrom))})


#: folders edited by others at the time of the move (neo4j: issue #14), to be brought under the rule
NOT_YET: tuple[str, ...] = ()


def test_imports_inside_functions_say_why():
    """An import inside a function (kept out of the module's top to keep start-up fast) carries a
    comment: on its line, on the line above, or on the first import of its block."""
    bare = []
    for path in sorted((ROOT / "policykg").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        if rel.startswith(NOT_YET):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        imports = _function_imports(path)
        ends = {end for _, end in imports}
        for start, _ in imports:
            if start - 1 in ends or "#" in lines[start - 1] or lines[start - 2].strip().startswith("#"):
                continue
            bare.append(f"{rel}:{start}: {lines[start - 1].strip()}")
    assert not bare, "imports inside functions without a reason:\n" + "\n".join(bare)

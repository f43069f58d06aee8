"""neo4j-admin import CSVs and a ``load.cypher`` script (``policykg export --format neo4j-csv``,
through :func:`policykg.cli.neo4j_data.export_csv`).

:func:`write_csv` writes the rows of :mod:`policykg.neo4j.writer` (the same
properties the loader writes, plus the field vocabulary) into a folder:

- ``nodes_<Label>.csv``: ``uri:ID(<Label>)`` (one ID space per label, so a Field
  and its vocabulary Concept may share a URI), typed property columns
  (``year:long``, ``value:double``, ``referenced:boolean``, ``aliases:string[]``,
  ``amounts_wan_yuan:double[]`` …) and ``:LABEL``;
- ``rels_<TYPE>_<Source>_<Target>.csv``: ``:START_ID(<Source>)``,
  ``:END_ID(<Target>)``, ``:TYPE`` and typed property columns (one file per
  type and pair of end labels, since an ID space belongs to a column);
- ``load.cypher``: constraints, then one ``LOAD CSV … CALL { … } IN TRANSACTIONS``
  per file, for an *empty* database (no ``:param`` needed; data stay in the CSVs);
- ``README.txt``: how to run either way.

Arrays are joined with :data:`ARRAY_DELIMITER` (U+001F, never in normalized
text; a value containing it is refused), so neo4j-admin needs
``--array-delimiter=$'\\x1f'``; quotes may span lines (``--multiline-fields=true``).
neo4j-admin cannot write an empty array, so there the always-present empty
lists (``aliases: []``) are simply absent; ``load.cypher`` restores them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import PolicyKGError
from policykg.gcpause import collection_paused
from policykg.model import PolicyGraph
from policykg.neo4j.rows import (
    CONCEPT,
    EVIDENCE_LISTS,
    concept_rel_rows,
    concept_rows,
    edge_rows,
    label,
    node_rows,
)
from policykg.neo4j.statements import constraint_statements

ARRAY_DELIMITER = "\x1f"
#: List properties the loader always writes (possibly empty).
ALWAYS_LISTS = ("aliases", "name_keys", "documents", "alt_labels", "scope_notes", "sources")
#: Text evidence lists whose items may be empty strings (their length is that of ``ev_docs``).
_PADDED = ("ev_quotes", "ev_sections", "ev_rules")
_FIRST = ("uri", "key", "name", "name_en", "aliases", "name_keys")
_LAST = ("documents", *EVIDENCE_LISTS.values(), "derived")
_CONVERT = {"long": "toInteger", "double": "toFloat", "boolean": "toBoolean", "string": ""}
TX_ROWS = 1000
EV_DOCS_COLUMN = "ev_docs:string[]"


def _scalar_type(values: list) -> str:
    kinds = {bool if isinstance(v, bool) else type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds and kinds <= {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


#: Loader-owned list columns and their neo4j-admin types: the fields of
#: :class:`~policykg.model.Evidence` are typed (``doc``, ``quote``, ``section``, ``rule``: text;
#: ``start``, ``end``: integers), so their values need not be read to type the column.
_KNOWN_TYPES = {"documents": "string[]", "ev_docs": "string[]", "ev_starts": "long[]", "ev_ends": "long[]",
                "ev_quotes": "string[]", "ev_sections": "string[]", "ev_rules": "string[]"}


def column_types(rows: list[dict]) -> dict[str, str]:
    """Property → neo4j-admin type (``long``, ``double[]`` …), in a stable column order.

    >>> column_types([{"uri": "u", "year": 2024, "ev_starts": (3,)}, {"uri": "v", "value": 1.5, "aliases": ["a"]}])
    {'uri': 'string', 'aliases': 'string[]', 'value': 'double', 'year': 'long', 'ev_starts': 'long[]'}
    """
    values: dict[str, list] = {}
    lists: set[str] = set()
    known: set[str] = set()
    for row in rows:
        for k, v in row.items():
            if v is None:  # an absent property (a fact with no evidence of a document has no ev_* lists)
                continue
            if k in _KNOWN_TYPES:
                known.add(k)
            elif isinstance(v, (list, tuple)):
                lists.add(k)
                values.setdefault(k, []).extend(v)
            else:
                values.setdefault(k, []).append(v)
    types = {k: _scalar_type(v) + ("[]" if k in lists else "") for k, v in values.items()}
    types.update((k, _KNOWN_TYPES[k]) for k in known)
    order = [k for k in _FIRST if k in types] + sorted(k for k in types if k not in _FIRST + _LAST)
    order += [k for k in _LAST if k in types]
    return {k: types[k] for k in order}


#: Stands for a quoted empty field: LOAD CSV reads ``""`` as an empty string, an empty field as null,
#: so a list of one empty string (the document of an evidence item that has none) survives.
_QUOTED_EMPTY = "\x1epolicykg-quoted-empty\x1e"


def _text(value, kind: str) -> str:
    """One CSV field: lists joined with :data:`ARRAY_DELIMITER` (texts and integers at C speed)."""
    if value is None:
        return ""
    cls = value.__class__
    if cls is str:
        if ARRAY_DELIMITER in value:
            raise PolicyKGError(f"value {value[:40]!r} contains U+001F, the CSV array delimiter")
        return value
    if cls is list or cls is tuple:
        if not value:
            return ""
        if kind == "string[]" or kind == "long[]":
            kinds = set(map(type, value))
            if kinds == {str} or (kinds == {int} and kind == "long[]"):
                joined = ARRAY_DELIMITER.join(value if kind == "string[]" else map(str, value))
                if joined.count(ARRAY_DELIMITER) != len(value) - 1:  # an item holds the delimiter
                    return _slow_text(value, kind)
                return joined or _QUOTED_EMPTY
        return _slow_text(value, kind)
    return _slow_text(value, kind)


def _slow_text(value, kind: str) -> str:
    if value is None or value == [] or value == ():
        return ""
    if isinstance(value, (list, tuple)):
        joined = ARRAY_DELIMITER.join(_slow_text(v, kind) for v in value)
        return joined or _QUOTED_EMPTY
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(float(value)) if kind.startswith("double") else str(value)
    if ARRAY_DELIMITER in text:
        raise PolicyKGError(f"value {text[:40]!r} contains U+001F, the CSV array delimiter")
    return text


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _csv(header: list[str], lines: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(lines)
    return buf.getvalue().replace(_QUOTED_EMPTY, '""')


def node_file(name: str, rows: list[dict]) -> tuple[str, dict[str, str]]:
    """CSV text of one label's nodes and its property types."""
    flat = [{**r["props"], "documents": r.get("documents"), **{p: r.get(p) for p in EVIDENCE_LISTS.values()}}
            if "props" in r else r for r in rows]
    types = column_types(flat)
    header = [f"uri:ID({name})"] + [_header(k, t) for k, t in types.items() if k != "uri"] + [":LABEL"]
    lines = [[r["uri"]] + [_text(r.get(k), t) for k, t in types.items() if k != "uri"] + [name] for r in flat]
    return _csv(header, lines), types


def rel_file(type_: str, source: str, target: str, rows: list[dict]) -> tuple[str, dict[str, str]]:
    """CSV text of one relationship type between two labels and its property types."""
    flat = [{**r.get("props", {}), **({"documents": r["documents"]} if "documents" in r else {}),
             **{p: r[p] for p in EVIDENCE_LISTS.values() if p in r}} for r in rows]
    types = column_types(flat)
    header = [f":START_ID({source})", f":END_ID({target})", ":TYPE"] + [_header(k, t) for k, t in types.items()]
    lines = [[r["source"], r["target"], type_] + [_text(f.get(k), t) for k, t in types.items()]
             for r, f in zip(rows, flat, strict=True)]
    return _csv(header, lines), types


def _value_expr(column: str, name: str, kind: str) -> str:
    """Cypher converting CSV column ``column`` to property ``name`` of type ``kind``."""
    ref = f"row.`{column}`"
    base, is_list = kind.removesuffix("[]"), kind.endswith("[]")
    fn = _CONVERT[base]
    if not is_list:
        return f"{fn}({ref})" if fn else ref
    if name in _PADDED:
        return (f"CASE WHEN row.`{EV_DOCS_COLUMN}` IS NULL THEN null "
                f"ELSE split(coalesce({ref}, ''), '\\u001F') END")
    items = f"[x IN split({ref}, '\\u001F') | {fn}(x)]" if fn else f"split({ref}, '\\u001F')"
    return f"coalesce({items}, [])" if name in ALWAYS_LISTS else items


def _props_map(types: dict[str, str], id_column: str | None = None) -> str:
    items = [f"uri: row.`{id_column}`"] if id_column else []
    items += [f"`{k}`: {_value_expr(_header(k, t), k, t)}" for k, t in types.items() if k != "uri"]
    return "{" + ", ".join(items) + "}"


def _load(url: str, body: str) -> str:
    return (f"LOAD CSV WITH HEADERS FROM '{url}' AS row\n"
            f"CALL (row) {{\n  {body}\n}} IN TRANSACTIONS OF {TX_ROWS} ROWS;")


def write_csv(graph: PolicyGraph, out_dir, url_base: str = "file:///") -> dict[str, Path]:
    """Write the CSVs, ``load.cypher`` and ``README.txt`` into ``out_dir``; returns file name → path.

    ``url_base`` prefixes the file names in ``load.cypher`` (``file:///`` = the
    server's import folder; an ``http://`` base works too).
    """
    return export(graph, out_dir, url_base)[0]


def export(graph: PolicyGraph, out_dir, url_base: str = "file:///") -> tuple[dict[str, Path], bool]:
    """:func:`write_csv`, and whether a value holds a line break (neo4j-admin then needs
    ``--multiline-fields=true``): a file has more line ends than rows.
    """
    if "'" in url_base or "\\" in url_base:
        raise PolicyKGError(f"bad CSV URL base {url_base!r}")
    with collection_paused():  # rows are many small containers and no cycles (see policykg.gcpause)
        return _export(graph, Path(out_dir), url_base)


def _export(graph: PolicyGraph, out: Path, url_base: str) -> tuple[dict[str, Path], bool]:
    written, steps, multiline = {}, list(constraint_statements()), False
    node_groups = {name: rows for name, rows in node_rows(graph).items() if rows}
    node_groups[CONCEPT] = concept_rows()
    for name, rows in node_groups.items():
        fname = f"nodes_{name}.csv"
        text, types = node_file(name, rows)
        multiline = multiline or _spans_lines(text, len(rows))
        written[fname] = write_text(out / fname, text)
        body = f"CREATE (n:{label(name)}) SET n += {_props_map(types, f'uri:ID({name})')}"
        steps.append(_load(url_base + fname, body))
    rel_groups = dict(sorted(edge_rows(graph).items()))
    rel_groups.update({(t, CONCEPT, CONCEPT): rows for t, rows in concept_rel_rows().items() if rows})
    for (type_, source, target), rows in rel_groups.items():
        fname = f"rels_{type_}_{source}_{target}.csv"
        text, types = rel_file(type_, source, target, rows)
        multiline = multiline or _spans_lines(text, len(rows))
        written[fname] = write_text(out / fname, text)
        body = (f"MATCH (a:{label(source)} {{uri: row.`:START_ID({source})`}}) "
                f"MATCH (b:{label(target)} {{uri: row.`:END_ID({target})`}})\n  "
                f"CREATE (a)-[r:{label(type_)}]->(b) SET r += {_props_map(types)}")
        steps.append(_load(url_base + fname, body))
    head = ("// policykg graph for an EMPTY Neo4j (5.23 or later) database: copy the CSVs of this folder into the\n"
            "// server's import folder, then run e.g. cypher-shell -f load.cypher (see README.txt).\n")
    written["load.cypher"] = write_text(out / "load.cypher", head + "\n".join(s.rstrip(";") + ";" for s in steps) + "\n")
    written["README.txt"] = write_text(out / "README.txt", readme(sorted(written)))
    for old in [*out.glob("nodes_*.csv"), *out.glob("rels_*.csv")]:
        if old.name not in written:  # from an earlier export of another graph
            old.unlink()
    return written, multiline


def _spans_lines(text: str, rows: int) -> bool:
    r"""Whether a value of this CSV text holds a line break: more ``\n`` than the header and rows, or a ``\r``.

    >>> _spans_lines('a\nx\n', 1), _spans_lines('a\n"x\ny"\n', 1)
    (False, True)
    """
    return text.count("\n") != rows + 1 or "\r" in text


def readme(files: list[str]) -> str:
    """How to load the folder with ``load.cypher`` or ``neo4j-admin database import``."""
    nodes = " ".join(f"--nodes={f}" for f in files if f.startswith("nodes_"))
    rels = " ".join(f"--relationships={f}" for f in files if f.startswith("rels_"))
    return ("policykg graph as Neo4j CSV files\n\n"
            "1. Online, into an empty database: copy the *.csv files into the server's import folder\n"
            "   and run  cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
            "2. Offline, with the database stopped:\n"
            "   neo4j-admin database import full --array-delimiter=$'\\x1f' --multiline-fields=true \\\n"
            f"     {nodes} \\\n     {rels} neo4j\n"
            "   then create the uniqueness constraints (the first lines of load.cypher).\n")


def statements(script: str) -> list[str]:
    """The statements of a script written by :func:`write_csv` (each ends a line with ``;``)."""
    out, current = [], []
    for line in script.splitlines():
        if line.startswith("//") and not current:
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            out.append("\n".join(current).rstrip().rstrip(";"))
            current = []
    return out


def run_script(driver, script: str, database: str = "neo4j") -> int:
    """Run every statement of ``load.cypher`` in auto-commit transactions; returns how many ran."""
    parts = statements(script)
    with driver.session(database=database) as session:
        for statement in parts:
            session.run(statement).consume()
    return len(parts)


__all__ = ["write_csv", "export", "run_script", "statements", "column_types", "ARRAY_DELIMITER"]

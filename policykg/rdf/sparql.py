"""Ad-hoc SPARQL over a build's store or a remote endpoint (``policykg sparql``).

:func:`sparql` runs one read-only query (SELECT, ASK, CONSTRUCT or DESCRIBE) on
the persistent store of a build (:mod:`policykg.rdf.store`; the default graph is the
union of the documents' named graphs) or, with ``endpoint``, on any SPARQL 1.1
Protocol endpoint, and returns an :class:`Answer`.  The project's prefixes
(``pkg:``, ``id:``, ``rdfs:``, ``skos:``, ``prov:``, ``schema:`` … of
:data:`policykg.ontology.namespace.PREFIXES`) are predeclared.  The text is parsed first by
Oxigraph's parser, locally in both cases: a syntax error comes back as one line
with its position, and an update (``INSERT``, ``DELETE``, ``LOAD`` …) is refused.

:func:`substitute` gives the text of a catalogue question with its parameters
bound the way pyoxigraph binds them in process (each value written as an
escaped RDF term), for clients that send query text; :class:`EndpointEngine`
runs the catalogue on an endpoint that way (``policykg query NAME --endpoint URL``).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from decimal import Decimal  # noqa: F401 - the doctests use it
from pathlib import Path

import pyoxigraph as ox

from policykg.errors import PolicyKGError, ServerError
from policykg.ontology.namespace import PREFIXES
from policykg.rdf.engines import OxigraphEngine, term_value

#: Query forms :func:`sparql` runs.
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: First keywords of SPARQL 1.1 updates (refused: stores are read-only).
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
#: The prologue (comments, PREFIX and BASE declarations) and the keyword after it.
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^<>\s]*>|BASE\s*<[^<>\s]*>)*([A-Za-z]*)", re.I)
_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)
_XSD = "http://www.w3.org/2001/XMLSchema#"
RESULTS_JSON = "application/sparql-results+json"


@dataclass
class Answer:
    """What a query returned: ``form`` (SELECT, ASK, CONSTRUCT, DESCRIBE), ``columns`` and ``rows``
    (dicts; ASK gives one row ``{"ask": bool}``, graphs give ``subject``/``predicate``/``object`` rows
    of N-Triples terms)."""

    form: str
    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)


def query_form(text: str) -> str:
    """The form of a query (``SELECT`` …) after its prologue, or the first keyword (``INSERT`` …).

    >>> query_form("PREFIX a: <http://x/#> # a comment\\n select * { ?s ?p ?o }")
    'SELECT'
    >>> query_form("prefix a: <x:> INSERT DATA { a:s a:p a:o }")
    'INSERT'
    """
    return _PROLOGUE.match(text).group(1).upper()


def check_query(text: str) -> str:
    """Parse ``text`` (Oxigraph's parser, nothing evaluated) and return its form; a syntax error or an
    update is a :class:`PolicyKGError` of one line."""
    form = query_form(text)
    if form in UPDATE_KEYWORDS:
        raise PolicyKGError(f"read-only: SPARQL updates ({form} …) are refused; run a SELECT, ASK, CONSTRUCT or "
                            "DESCRIBE query")
    try:
        ox.Store().query(text, prefixes=PREFIXES)  # an empty in-memory store: parses; SELECT/CONSTRUCT are evaluated lazily
    except SyntaxError as exc:
        raise PolicyKGError(syntax_message(exc)) from None
    return form


def syntax_message(exc: Exception) -> str:
    """Oxigraph's ``error at L:C: …`` as one line: ``SPARQL syntax error at line L, column C: …``.

    >>> syntax_message(SyntaxError("error at 1:26: expected one of LATERAL, SERVICE"))
    'SPARQL syntax error at line 1, column 26: expected one of LATERAL, SERVICE'
    """
    text = str(exc).strip()
    m = _POSITION.match(text)
    detail = f"at line {m.group(1)}, column {m.group(2)}: {m.group(3)}" if m else text
    return "SPARQL syntax error " + " ".join(detail.split())


def sparql(text: str, graph_dir=None, endpoint: str | None = None, timeout: float = 300) -> Answer:
    """Run the read-only query ``text`` on a build's store (``graph_dir``) or on ``endpoint`` (a SPARQL
    1.1 Protocol URL)."""
    if not text or not text.strip():
        raise PolicyKGError("give a SPARQL query (text, or -f FILE)")
    form = check_query(text)
    if endpoint:
        return remote(endpoint, text, form, timeout)
    if graph_dir is None:
        raise PolicyKGError("give a build folder or an endpoint to query")
    store = OxigraphEngine().store(Path(graph_dir))
    try:
        result = store.query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise PolicyKGError(syntax_message(exc)) from None
    except OSError as exc:  # e.g. a SERVICE call that failed
        raise PolicyKGError(f"the query failed: {exc}") from None
    return _local_answer(form, result)


def _local_answer(form: str, result) -> Answer:
    value = OxigraphEngine._value
    if form == "ASK":
        return Answer(form, ["ask"], [{"ask": bool(result)}])
    if form in ("CONSTRUCT", "DESCRIBE"):
        cols = ["subject", "predicate", "object"]
        return Answer(form, cols, [dict(zip(cols, (str(t.subject), str(t.predicate), str(t.object)), strict=True))
                                   for t in result])
    cols = [v.value for v in result.variables]
    return Answer(form, cols, [dict(zip(cols, (value(t) for t in sol), strict=True)) for sol in result])


# -- remote endpoints --------------------------------------------------------------------
def remote(endpoint: str, text: str, form: str | None = None, timeout: float = 300) -> Answer:
    """POST ``text`` to a SPARQL 1.1 Protocol ``endpoint`` and read its answer."""
    form = form or query_form(text)
    if not re.match(r"https?://", endpoint):
        raise PolicyKGError(f"an endpoint is an http(s) URL, not {endpoint!r}")
    graph = form in ("CONSTRUCT", "DESCRIBE")
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode({"query": with_prefixes(text)}).encode(), method="POST",
        headers={"Accept": "application/n-triples" if graph else RESULTS_JSON,
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
        raise ServerError(f"{endpoint} answered HTTP {exc.code}: {detail or exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ServerError(f"cannot reach the SPARQL endpoint {endpoint}: {getattr(exc, 'reason', exc)}") from None
    if graph:
        return _graph_answer(form, body)
    try:
        doc = json.loads(body)
    except ValueError:
        raise ServerError(f"{endpoint} did not answer with SPARQL JSON results") from None
    return results_answer(doc, form)


def with_prefixes(text: str) -> str:
    """``text`` with a ``PREFIX`` line for each project prefix (:data:`PREFIXES`) it does not declare,
    as :func:`sparql` predeclares them (for endpoints, which do not).

    >>> with_prefixes("PREFIX pkg: <x:> SELECT * {}").count("PREFIX pkg:")
    1
    """
    declared = {m.lower() for m in re.findall(r"PREFIX\s*([^\s:]*):", text, re.I)}
    missing = [f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items() if k.lower() not in declared]
    return " ".join(missing) + "\n" + text if missing else text


def _graph_answer(form: str, body: bytes) -> Answer:
    cols = ["subject", "predicate", "object"]
    try:
        triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as exc:
        raise ServerError(f"the endpoint's N-Triples could not be read: {exc}") from None
    return Answer(form, cols, [dict(zip(cols, (str(t.subject), str(t.predicate), str(t.object)), strict=True))
                               for t in triples])


def results_answer(doc: dict, form: str = "SELECT") -> Answer:
    """An :class:`Answer` of a SPARQL 1.1 JSON results document (values as :func:`term_value` gives them).

    >>> results_answer({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal",
    ...     "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).rows
    [{'n': 3}]
    """
    if "boolean" in doc:
        return Answer("ASK", ["ask"], [{"ask": bool(doc["boolean"])}])
    cols = list(doc.get("head", {}).get("vars", []))
    rows = []
    for binding in doc.get("results", {}).get("bindings", []):
        rows.append({c: _json_value(binding.get(c)) for c in cols})
    return Answer(form, cols, rows)


def _json_value(term: dict | None):
    if term is None:
        return None
    kind = term.get("type")
    if kind in ("literal", "typed-literal"):
        lang = term.get("xml:lang")
        return term_value(term["value"], None if lang else term.get("datatype", f"{_XSD}string"))
    return term["value"]


# -- parameters bound as the catalogue binds them ---------------------------------------------
#: Tokens of a query for :func:`substitute`: IRIs, strings, comments, variables, words, brackets.
_IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
_STRINGS = (r'"""(?:[^"\\]|\\.|"(?!""))*"""', r"'''(?:[^'\\]|\\.|'(?!''))*'''", r'"(?:[^"\\\n]|\\.)*"',
            r"'(?:[^'\\\n]|\\.)*'")
_SUB_TOKENS = re.compile("|".join([_IRI, *_STRINGS, r"#[^\n]*", r"[?$]\w+", r"[A-Za-z_][\w.-]*:?[\w.:%-]*", r"[{}()]"]))
#: Keywords that end a GROUP BY or ORDER BY clause.
_CLAUSE_END = {"HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES", "GROUP", "}"}


def rdf_term(value) -> str:
    """A Python value as an escaped RDF term in SPARQL syntax (str → string literal; int, Decimal,
    bool → typed literals), written by Oxigraph's own serializer.

    >>> rdf_term('a"b\\n'), rdf_term(3), rdf_term(Decimal("2.5"))
    ('"a\\\\"b\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    """
    return str(OxigraphEngine._term(value))


def substitute(text: str, params: dict) -> str:
    """``text`` with each parameter variable replaced by its value, as pyoxigraph's ``substitutions``
    bind the catalogue's parameters (SEP-0007): for clients of an endpoint, which take query text.

    Each value is an escaped term (:func:`rdf_term`), never raw text.  A variable projected by the
    query becomes ``(value AS ?var)`` so it stays in the answer (a subquery no longer projects it);
    in ``GROUP BY`` and ``ORDER BY`` it becomes ``(value)``; everywhere else the value itself.  IRIs, strings and comments are
    left alone.

    >>> print(substitute('SELECT ?city ?x WHERE { ?x <p:name> ?city } GROUP BY ?city ?x', {"city": '上"海'}))
    SELECT ("上\\"海" AS ?city) ?x WHERE { ?x <p:name> "上\\"海" } GROUP BY ("上\\"海") ?x
    """
    if not params:
        return text
    bad = [k for k in params if not re.fullmatch(r"\w+", k)]
    if bad:
        raise PolicyKGError(f"not a SPARQL variable name: {bad[0]!r}")
    terms = {k: rdf_term(v) for k, v in params.items()}
    out, last, clause, depth, prev, selects = [], 0, "", 0, "", 0
    for m in _SUB_TOKENS.finditer(text):
        tok, upper = m.group(), m.group().upper()
        if tok in ("(", "{"):
            depth += tok == "("
            clause = "" if tok == "{" and clause == "select" and depth == 0 else clause
        elif tok == ")":
            depth -= 1
        elif upper == "SELECT":
            clause, depth, selects = "select", 0, selects + 1
        elif upper == "WHERE" and clause == "select":
            clause = ""
        elif upper == "BY" and prev in ("GROUP", "ORDER"):
            clause, depth = "by", 0
        elif clause == "by" and depth == 0 and upper in _CLAUSE_END:
            clause = ""
        elif tok[0] in "?$" and tok[1:] in terms and prev != "AS":
            term = terms[tok[1:]]
            if depth == 0 and clause == "select":  # a subquery's projection drops it (it would clash)
                term = f"({term} AS ?{tok[1:]})" if selects == 1 else ""
            elif depth == 0 and clause == "by":
                term = f"({term})"
            out += [text[last:m.start()], term]
            last = m.end()
        if tok == "}" and clause == "by":
            clause = ""
        if not tok.startswith("#"):
            prev = upper
    out.append(text[last:])
    return "".join(out)


def endpoint_text(text: str, params: dict) -> str:
    """A catalogue question's text for an endpoint: its ``#`` header dropped (some clients, e.g.
    SPARQLWrapper, guess the query form from words in comments), parameters bound by :func:`substitute`.

    >>> endpoint_text("# note: added\\nSELECT ?a WHERE { ?s ?p ?a }", {"a": 1})
    'SELECT ("1"^^<http://www.w3.org/2001/XMLSchema#integer> AS ?a) WHERE { ?s ?p "1"^^<http://www.w3.org/2001/XMLSchema#integer> }'
    """
    lines = text.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return substitute("\n".join(lines), params)


class EndpointEngine:
    """Runs catalogue questions (``.rq``) on a SPARQL endpoint, parameters bound by :func:`substitute`;
    for :func:`policykg.query.run` (``engine=EndpointEngine(url)``)."""

    suffix = ".rq"
    uses_graph_dir = False

    def __init__(self, url: str, timeout: float = 300):
        self.url, self.timeout = url, timeout

    def select(self, graph_dir, text: str, params: dict) -> list[dict]:
        """Run SELECT ``text`` with ``params`` (typed values) on the endpoint."""
        return remote(self.url, endpoint_text(text, params), "SELECT", self.timeout).rows


__all__ = ["Answer", "EndpointEngine", "endpoint_text", "substitute", "check_query", "rdf_term", "results_answer", "sparql"]

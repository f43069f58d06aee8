"""Environment checks (``policykg doctor``): what is installed, what is missing, how to get it.

:func:`run_checks` returns one :class:`Check` per item: the Python version,
each runtime dependency of ``pyproject.toml`` (imported for real), Java 17+,
Maven, the Neo4j jars of :mod:`policykg.neo4j.server`, a Neo4j server named
by ``NEO4J_URI`` (only when that is set) and Debian's ``chromium``.

Required checks are what ``policykg build``/``query``/``viz`` need; the others
(Java, Maven, the jars, Chromium) are needed only for the Neo4j server and the
browser tests of ``make test``.  Passwords never appear in any message.

>>> c = Check("java", "missing", "not on PATH", hint="apt-get install -y openjdk-17-jdk-headless", required=False)
>>> c.passed, c.line()
(False, 'missing  java                not on PATH → apt-get install -y openjdk-17-jdk-headless (optional)')
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

#: distribution name (lower case) → import name, where they differ
IMPORT_NAMES = {"ahocorasick-rs": "ahocorasick_rs", "charset-normalizer": "charset_normalizer", "opencc": "opencc",
                "neo4j-rust-ext": "neo4j._rust", "pdfminer.six": "pdfminer", "python-docx": "docx",
                "python-crfsuite": "pycrfsuite"}
#: distributions that ship a program rather than a module (checked by running it)
PROGRAMS = {"oxigraph": "oxigraph"}
#: the oldest Python and Java this project runs on
MIN_PYTHON = (3, 10)
MIN_JAVA = 17
_SPEC = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)(?:;(.*))?$")


@dataclass
class Check:
    """The outcome of one check: ``status`` is ``ok``, ``missing``, ``fail`` or ``skip``."""

    name: str
    status: str
    detail: str = ""
    hint: str = ""
    required: bool = True

    @property
    def passed(self) -> bool:
        """True for ``ok`` and ``skip``."""
        return self.status in ("ok", "skip")

    def line(self) -> str:
        """One line for the terminal: status, name, detail and (when failed) how to fix it."""
        text = f"{self.status:<8} {self.name:<19} {self.detail}"
        if not self.passed and self.hint:
            text += f" → {self.hint}"
        if not self.passed and not self.required:
            text += " (optional)"
        return text.rstrip()


def run_checks(packages: bool = True) -> list[Check]:
    """Every check, in display order (``packages=False`` skips the slow imports)."""
    checks = [check_python()]
    if packages:
        checks += check_packages()
    checks += [check_java(), check_maven(), check_neo4j_jars(), check_neo4j_server(), check_chromium()]
    return checks


def exit_code(checks: list[Check], strict: bool = False) -> int:
    """0 when every required check (every check with ``strict``) passed, else 1."""
    return 0 if all(c.passed for c in checks if c.required or strict) else 1


# -- Python ----------------------------------------------------------------------
def check_python() -> Check:
    """The running interpreter is new enough."""
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] < MIN_PYTHON:
        return Check("python", "fail", f"Python {version} at {sys.executable}",
                     f"use Python {'.'.join(map(str, MIN_PYTHON))} or newer")
    return Check("python", "ok", f"Python {version} at {sys.executable}")


def runtime_requirements() -> list[str]:
    """The ``[project] dependencies`` of the source tree's pyproject.toml, else of the installed metadata."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file() and sys.version_info >= (3, 11):
        import tomllib  # imported on use: only this check needs it

        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        return list(data.get("project", {}).get("dependencies", []))
    try:
        reqs = importlib.metadata.requires("policykg") or []
    except importlib.metadata.PackageNotFoundError:
        return []
    return [r for r in reqs if "extra ==" not in r]


def check_packages(requirements: list[str] | None = None) -> list[Check]:
    """Import each runtime dependency and compare its version with ``>=`` pins."""
    reqs = runtime_requirements() if requirements is None else requirements
    return [check_package(r) for r in reqs]


def check_package(requirement: str) -> Check:
    """Import one requirement (``"rdflib>=7.0"``) and check its version."""
    m = _SPEC.match(requirement)
    dist, spec = (m.group(1), m.group(2).strip()) if m else (requirement, "")
    module = IMPORT_NAMES.get(dist.lower(), dist.lower().replace("-", "_"))
    hint = f"{Path(sys.executable).parent / 'pip'} install -e . (or make install)"
    if dist.lower() in PROGRAMS:
        return check_program(dist, PROGRAMS[dist.lower()], spec, hint)
    try:
        importlib.import_module(module)
    except Exception as exc:  # noqa: BLE001 - a broken install may raise anything
        return Check(dist, "missing", f"import {module} failed ({type(exc).__name__}: {_first_line(exc)})", hint)
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return Check(dist, "ok", f"imported {module} (version unknown)")
    low = re.search(r">=\s*([\d.]+)", spec)
    if low and _version_tuple(version) < _version_tuple(low.group(1)):
        return Check(dist, "fail", f"version {version}, needs {spec}", hint)
    return Check(dist, "ok", f"{version}")


def check_program(dist: str, program: str, spec: str, hint: str) -> Check:
    """A distribution that installs a program (beside this Python, else on PATH): run ``--version``."""
    here = Path(sys.executable).parent / program
    exe = str(here) if here.is_file() else shutil.which(program)
    if not exe:
        return Check(dist, "missing", f"no {program} program beside {sys.executable} or on PATH", hint)
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        return Check(dist, "fail", f"{exe} --version failed ({_first_line(exc)})", hint)
    version = (re.findall(r"\d+(?:\.\d+)+", out) or ["?"])[0]
    low = re.search(r">=\s*([\d.]+)", spec)
    if low and (version == "?" or _version_tuple(version) < _version_tuple(low.group(1))):
        return Check(dist, "fail", f"{program} {version} at {exe}, needs {spec}", hint)
    return Check(dist, "ok", f"{version} ({exe})")


def _version_tuple(v: str) -> tuple[int, ...]:
    """``"5.26.1rc1"`` → ``(5, 26, 1)``."""
    return tuple(int(x) for x in re.findall(r"\d+", v.split("+")[0])[:4])


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else ""


# -- Java, Maven, Neo4j jars -----------------------------------------------------------
def _output(cmd: list[str], timeout: float = 30) -> str | None:
    """stdout + stderr of a command, or ``None`` when it cannot run."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout + proc.stderr


def java_major(text: str) -> int | None:
    """The major version in ``java -version`` output.

    >>> java_major('openjdk version "17.0.15" 2025-04-15'), java_major('java version "1.8.0_392"')
    (17, 8)
    """
    m = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def check_java() -> Check:
    """``java -version`` says 17 or newer (Neo4j 5 runs on 17 and 21)."""
    hint = "apt-get install -y openjdk-17-jdk-headless"
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home, "bin", "java")) if java_home and Path(java_home, "bin", "java").is_file() else shutil.which("java")
    if not java:
        return Check("java", "missing", "not on PATH (needed for policykg's Neo4j server)", hint, required=False)
    out = _output([java, "-version"]) or ""
    major = java_major(out)
    first = out.strip().splitlines()[0] if out.strip() else "no output"
    if major is None or major < MIN_JAVA:
        return Check("java", "fail", f"{java}: {first}; Neo4j 5 needs Java {MIN_JAVA}+", hint, required=False)
    return Check("java", "ok", f"{first} ({java})", required=False)


def check_maven() -> Check:
    """``mvn -v`` runs (it fetches the Neo4j jars from Maven Central)."""
    hint = "apt-get install -y maven"
    mvn = shutil.which("mvn")
    if not mvn:
        return Check("maven", "missing", "mvn not on PATH (fetches the Neo4j jars)", hint, required=False)
    out = _output([mvn, "-v", "-B"]) or ""
    m = re.search(r"Apache Maven (\S+)", out)
    if not m:
        return Check("maven", "fail", f"{mvn} -v did not say its version", hint, required=False)
    return Check("maven", "ok", f"Apache Maven {m.group(1)} ({mvn})", required=False)


def check_neo4j_jars() -> Check:
    """The jars and launcher of :func:`policykg.neo4j.server.prepare` are in the cache and current."""
    hint = f"{Path(sys.executable).parent / 'python'} -m policykg.neo4j.server prepare (or make test)"
    try:
        from policykg.neo4j import server as neo4j_server  # imported on use: only this check needs it
    except ImportError as exc:
        return Check("neo4j jars", "missing", f"policykg.neo4j.server unavailable ({exc})", required=False)
    prepared = getattr(neo4j_server, "is_prepared", None)
    home = neo4j_server.cache_dir()
    if prepared is not None:
        ready = bool(prepared())
    else:
        stamp = home / "READY"
        ready = stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == neo4j_server._digest()
    if not ready:
        return Check("neo4j jars", "missing", f"Neo4j {neo4j_server.neo4j_version()} not prepared in {home}",
                     hint, required=False)
    return Check("neo4j jars", "ok", f"Neo4j {neo4j_server.neo4j_version()} in {home}", required=False)


# -- servers and browsers ----------------------------------------------------------------
def redact(text: str, secrets: list[str | None]) -> str:
    """Replace each secret, and any ``user:password@`` in URIs, with ``***``.

    >>> redact("auth failed for neo4j://bob:hunter2@db:7687 (hunter2)", ["hunter2"])
    'auth failed for neo4j://***@db:7687 (***)'
    """
    text = re.sub(r"(?<=://)[^/@\s]+@", "***@", text)
    for s in secrets:
        if s:
            text = text.replace(s, "***")
    return text


def check_neo4j_server(timeout: float = 10) -> Check:
    """With ``NEO4J_URI`` set, the driver connects (``NEO4J_USER``/``NEO4J_PASSWORD``)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return Check("neo4j server", "skip", "NEO4J_URI not set (the tests start policykg's own server)")
    password = os.environ.get("NEO4J_PASSWORD")
    shown = redact(uri, [password])
    hint = "start the server, or fix NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD"
    try:
        from neo4j import GraphDatabase  # imported on use: only this check needs it

        auth = (os.environ.get("NEO4J_USER", "neo4j"), password) if password is not None else None
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - any driver error means "not reachable"
        reason = redact(f"{type(exc).__name__}: {_first_line(exc)}", [password])
        return Check("neo4j server", "fail", f"{shown} not reachable ({reason})", hint)
    return Check("neo4j server", "ok", f"{shown} reachable")


def check_chromium() -> Check:
    """Debian's ``chromium`` is on PATH (headless browser tests, documentation images)."""
    hint = "apt-get update && apt-get install -y chromium"
    exe = shutil.which("chromium")
    if not exe:
        return Check("chromium", "missing", "chromium not on PATH (browser tests)", hint, required=False)
    m = re.search(r"(?:Chromium|Google Chrome) [\d.]+", _output([exe, "--version"], timeout=60) or "")
    return Check("chromium", "ok", f"{m.group(0) if m else 'chromium'} ({exe})", required=False)

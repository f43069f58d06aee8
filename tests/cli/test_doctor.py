"""``policykg doctor``: one line per check, hints for what is missing, passwords never shown."""

from __future__ import annotations

import socket
import stat

import pytest

from policykg import doctor
from policykg.cli.app import main

SECRET = "s3cret-Pa55word"


@pytest.fixture
def bare_path(tmp_path, monkeypatch):
    """A PATH with nothing on it but a folder the test may fill."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    return folder


def _script(folder, name: str, body: str) -> None:
    p = folder / name
    p.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IXUSR)


def test_run_checks_gives_one_line_each():
    checks = doctor.run_checks(packages=False)
    names = [c.name for c in checks]
    assert names == ["python", "java", "maven", "neo4j jars", "neo4j server", "chromium"]
    assert all(c.status in ("ok", "missing", "fail", "skip") for c in checks)
    assert all("\n" not in c.line() for c in checks)


def test_every_runtime_dependency_is_checked():
    reqs = doctor.runtime_requirements()
    assert any(r.startswith("rdflib") for r in reqs) and not any("extra ==" in r for r in reqs)
    checks = doctor.check_packages(reqs)
    assert [c for c in checks if not c.passed] == [], "the test venv misses a runtime dependency"


def test_missing_and_old_packages_say_how_to_install():
    missing = doctor.check_package("no-such-package-policykg>=1.0")
    assert missing.status == "missing" and "pip" in missing.hint and "no_such_package_policykg" in missing.detail
    old = doctor.check_package("click>=999")
    assert old.status == "fail" and "needs >=999" in old.detail


def test_missing_tools_give_apt_hints(bare_path):
    by_name = {c.name: c for c in doctor.run_checks(packages=False)}
    assert by_name["java"].status == "missing" and "apt-get install -y openjdk-17" in by_name["java"].hint
    assert by_name["maven"].status == "missing" and "apt-get install -y maven" in by_name["maven"].hint
    assert by_name["chromium"].status == "missing" and "apt-get install -y chromium" in by_name["chromium"].hint
    assert by_name["neo4j server"].status == "skip"
    checks = list(by_name.values())
    assert doctor.exit_code(checks) == 0 and doctor.exit_code(checks, strict=True) == 1


def test_old_java_is_refused(bare_path):
    _script(bare_path, "java", "echo 'java version \"1.8.0_392\"' >&2")
    check = doctor.check_java()
    assert check.status == "fail" and "Java 17+" in check.detail


def test_new_java_passes(bare_path):
    _script(bare_path, "java", "echo 'openjdk version \"21.0.2\" 2024-01-16' >&2")
    assert doctor.check_java().status == "ok"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:{port}", f"neo4j://neo4j:{SECRET}@127.0.0.1:{{port}}"])
def test_unreachable_neo4j_fails_without_showing_the_password(monkeypatch, capsys, uri):
    monkeypatch.setenv("NEO4J_URI", uri.format(port=_closed_port()))
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    check = doctor.check_neo4j_server(timeout=2)
    assert check.status == "fail" and check.required and SECRET not in check.line()
    assert main(["doctor", "--no-packages"]) == 1
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err
    assert "neo4j server" in out.out and "not reachable" in out.out


def test_cli_prints_one_line_per_check(monkeypatch, capsys):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    code = main(["doctor", "--no-packages"])
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == 6 and lines[0].startswith("ok       python")
    assert code == 0 and "Traceback" not in out.err


def test_redact_hides_userinfo_and_secrets():
    assert doctor.redact(f"neo4j://u:{SECRET}@h:7687 said {SECRET}", [SECRET]) == "neo4j://***@h:7687 said ***"


@pytest.mark.neo4j
def test_reachable_neo4j_passes(neo4j_server, monkeypatch, capsys):
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    if neo4j_server.password is None:
        monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    check = doctor.check_neo4j_server()
    assert check.status == "ok", check.line()
    main(["doctor", "--no-packages"])
    out = capsys.readouterr()
    assert not neo4j_server.password or neo4j_server.password not in out.out + out.err

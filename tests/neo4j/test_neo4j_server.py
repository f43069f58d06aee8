"""policykg's own Neo4j server: argument handling (fast) and a live server (``-m neo4j``)."""

from __future__ import annotations

import os
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from policykg.cli.app import cli
from policykg.errors import PolicyKGError, ServerError
from policykg.neo4j import server as server_module

# -- fast unit tests ---------------------------------------------------------------------------


def test_launcher_command_arguments():
    cmd = server_module.launcher_command(Path("/cache"), Path("/data"), 7687, heap="1g", java="/jdk/java")
    assert cmd[0] == "/jdk/java"
    assert cmd[-4:] == ["Launcher", "/data", "7687", "127.0.0.1"]
    assert "-Xmx1g" in cmd and "-Xms256m" in cmd
    classes = server_module.classes_dir(Path("/cache"))
    assert cmd[cmd.index("-cp") + 1] == f"{classes}:/cache/lib/*:/cache/browser/*"
    assert classes.name.startswith("classes-")  # one folder per launcher version: checkouts share the cache
    assert server_module.launcher_command(Path("/c"), Path("/d"), 7687, http_port=0)[-1] == "0"
    assert not any("password" in part.lower() for part in cmd)  # it goes in the environment
    assert "-Xms128m" in server_module.launcher_command(Path("/c"), Path("/d"), heap="128m")


@pytest.mark.parametrize("port, heap, http", [(-1, "1g", None), (65536, "1g", None), (0, "lots", None),
                                              (0, "1t", None), (0, "1g", 70000)])
def test_launcher_command_refuses_bad_values(port, heap, http):
    with pytest.raises(PolicyKGError):
        server_module.launcher_command(Path("/c"), Path("/d"), port, heap=heap, http_port=http)
    with pytest.raises(PolicyKGError):  # before any JVM or folder
        server_module.start(port=port, heap=heap, http_port=http)


def test_password_rules():
    server_module.check_password(None)
    server_module.check_password("8 chars!")
    with pytest.raises(PolicyKGError, match="at least 8"):
        server_module.check_password("short")


def test_packaged_sources_and_cache_dir(tmp_path, monkeypatch):
    assert server_module.neo4j_version().startswith("5.26.")
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    assert server_module.cache_dir() == tmp_path / f"neo4j-{server_module.neo4j_version()}"


def test_prepare_without_maven_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(ServerError, match="mvn not found"):
        server_module.prepare()


def test_module_main_usage(capsys):
    with pytest.raises(SystemExit) as exc:
        server_module.main([])
    assert exc.value.code == 2
    assert server_module.main(["serve", "--password", "short"]) == 2
    assert capsys.readouterr().err.strip().endswith("at least 8 characters")


def test_cli_serve_arguments():
    runner = CliRunner()
    shown = runner.invoke(cli, ["neo4j", "serve", "--help"])
    assert shown.exit_code == 0 and "--port" in shown.output and "--no-auth" in shown.output
    assert "--http-port" in shown.output and "/browser/" in shown.output
    assert runner.invoke(cli, ["neo4j", "serve", "--http-port", "-1"]).exit_code == 2
    assert runner.invoke(cli, ["neo4j", "serve", "--port", "70000"]).exit_code == 2


# -- a live server -----------------------------------------------------------------------------


@pytest.mark.neo4j
def test_server_answers(neo4j_driver, neo4j_server):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one", database_=neo4j_server.database)
    assert records[0]["one"] == 1
    assert neo4j_driver.get_server_info().agent.startswith("Neo4j/")


@pytest.mark.neo4j
def test_chinese_text_round_trip(neo4j_driver, neo4j_server):
    name = "关于推动未来产业创新发展的实施意见"
    neo4j_driver.execute_query("CREATE (:Policy {name: $name})", name=name, database_=neo4j_server.database)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (p:Policy) RETURN p.name AS name", database_=neo4j_server.database
    )
    assert [r["name"] for r in records] == [name]


@pytest.mark.neo4j
@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_direct_and_routing_uris(neo4j_server, scheme):
    uri = scheme + "://" + neo4j_server.uri.split("://", 1)[1]
    with neo4j.GraphDatabase.driver(uri, auth=neo4j_server.auth) as driver:
        driver.verify_connectivity()
        for routing in (neo4j.RoutingControl.WRITE, neo4j.RoutingControl.READ):
            records, _, _ = driver.execute_query(
                "RETURN $x AS x", x="产业", routing_=routing, database_=neo4j_server.database
            )
            assert records[0]["x"] == "产业"
    if scheme == "neo4j":  # the routing table hands out an address the driver could use for every role
        records, _, _ = routing_table(neo4j_server)
        roles = {r["role"]: r["addresses"] for r in records[0]["servers"]}
        assert set(roles) == {"WRITE", "READ", "ROUTE"} and all(roles.values())
        if not os.environ.get("NEO4J_URI"):  # the project's server advertises its own 127.0.0.1:PORT
            assert roles == {role: [neo4j_server.uri.split("://", 1)[1]] for role in roles}


def routing_table(target):
    """The routing table the server gives to ``neo4j://`` drivers."""
    with neo4j.GraphDatabase.driver(target.uri, auth=target.auth) as driver:
        return driver.execute_query(
            "CALL dbms.routing.getRoutingTable({}, $db)", db=target.database, database_="system"
        )


@pytest.mark.neo4j
def test_wrong_password_is_an_auth_error(neo4j_server):
    assert neo4j_server.password is not None, "this test needs a server with authentication"
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, "not-the-password")) as driver:
        with pytest.raises(neo4j.exceptions.AuthError):
            driver.verify_connectivity()


@pytest.mark.neo4j
@pytest.mark.slow
def test_restart_on_the_same_data_dir(tmp_path):
    """Data survive a clean stop; a new password on an existing store replaces the old one."""
    with server_module.start(tmp_path, password="first-pass") as server, server.driver() as driver:
        assert driver.get_server_info().agent == f"Neo4j/{server_module.neo4j_version()}"
        driver.execute_query("CREATE (:Industry {name: '人形机器人'})")
    assert not server.running and tmp_path.is_dir()
    with server_module.start(tmp_path, password="second-pass") as server, server.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (i:Industry) RETURN i.name AS name")
        assert [r["name"] for r in records] == ["人形机器人"]
        with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, "first-pass")) as old:
            with pytest.raises(neo4j.exceptions.AuthError):
                old.verify_connectivity()
    assert (tmp_path / "logs" / "debug.log").is_file()


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (what ``du`` counts, roughly)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.mark.neo4j
def test_three_corpus_loads_keep_the_data_folder_small(neo4j_server, tmp_path):
    """Transaction logs are neither preallocated nor kept forever: < 50 MB after three loads."""
    from neo4j_fixture import load_corpus, settings_of

    from policykg.neo4j import writer as neo4j_writer
    from policykg.neo4j.connection import Settings
    from policykg.pipeline.folder import source_graph

    if neo4j_server.data_dir is None:  # a server of one's own: measure a server the test starts
        with server_module.start(tmp_path) as server:
            settings = Settings(server.uri, password=server.password)
            for _ in range(3):
                neo4j_writer.load(source_graph, settings)
            size = folder_size(tmp_path)
    else:
        load_corpus(neo4j_server)
        for _ in range(2):
            neo4j_writer.load(source_graph, settings_of(neo4j_server))
        size = folder_size(Path(neo4j_server.data_dir))
    assert size < 50 * 2**20, f"{size / 2**20:.1f} MB"

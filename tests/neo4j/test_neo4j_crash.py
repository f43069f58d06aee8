"""A Neo4j server that dies in the middle of a load (issue 7).

The load reports, in one line, how much it had committed; after a restart on
the same data folder, the same load completes with no duplicates.
"""

from __future__ import annotations

import signal

import pytest

from policykg.errors import ServerError
from policykg.model import PolicyGraph
from policykg.neo4j.connection import Settings
from policykg.neo4j.writer import counts, load

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def big_graph(n: int = 6000) -> PolicyGraph:
    """One document naming ``n`` organizations and ``n`` scenarios (about 12k node and edge rows)."""
    from policykg.model import Evidence

    g = PolicyGraph()
    doc = g.add_node("Document", "crash-doc", label="压力测试文件", props={"doc_type": "行动方案"})
    for i in range(n):
        ev = [Evidence("crash-doc", i, i + 4, f"第{i}句。", "", "test")]
        org = g.add_node("Organization", f"机构{i}", label=f"机构{i}", evidence=ev)
        sc = g.add_node("Scenario", f"场景{i}", label=f"场景{i}", evidence=ev)
        g.add_edge(doc.id, "MENTIONS_ORGANIZATION", org.id, evidence=ev)
        g.add_edge(doc.id, "HAS_SCENARIO", sc.id, evidence=ev)
    return g


def test_server_death_mid_load_is_reported_and_a_rerun_completes(tmp_path):
    """The loader's checkpoint hook kills the JVM once 600 node rows are committed: at a known point of
    the load, however fast or loaded the machine."""
    from policykg.neo4j import server as neo4j_server

    graph = big_graph()
    data = tmp_path / "db"
    server = neo4j_server.start(data_dir=data, password="crash-test-pw")
    settings = Settings(uri=server.uri, password="crash-test-pw")
    seen: list[tuple[str, int]] = []

    def kill_at_600_nodes(name: str, rows: int) -> None:
        seen.append((name, rows))
        if name == "nodes" and rows >= 600 and server.process.poll() is None:
            server.process.send_signal(signal.SIGKILL)
            server.process.wait(60)

    try:
        with pytest.raises(ServerError) as failed:
            load(graph, settings, batch_size=200, workers=1, checkpoint=kill_at_600_nodes)
    finally:
        server.stop()
    assert seen[0] == ("schema", 0) and ("nodes", 600) in seen and not any(n == "relationships" for n, _ in seen)
    message = str(failed.value)
    assert "committing 600 of" in message
    assert "committing" in message and "node rows" in message and "crash-test-pw" not in message
    assert "\n" not in message

    server = neo4j_server.start(data_dir=data, password="crash-test-pw")
    try:
        settings = Settings(uri=server.uri, password="crash-test-pw")
        load(graph, settings)
        with server.driver() as driver:
            first = counts(driver)
        load(graph, settings)
        with server.driver() as driver:
            again = counts(driver)
    finally:
        server.stop()
    expected = graph.counts()
    assert first["Organization"] == expected["Organization"] and first["Scenario"] == expected["Scenario"]
    assert first["edges"] == expected["edges"] and again == first

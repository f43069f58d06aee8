"""Neo4j Browser, served by ``policykg neo4j serve``, driven in Debian's headless Chromium.

The test connects with the password as a user would (typing into the connect
form), runs a query from the editor and reads the answer off the page.  With
``--regen`` it also rewrites the README's screenshot ``docs/img/neo4j-browser.png``
(a query over the bundled corpus); look at it before committing.
"""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pytest
from cdp import Chromium

from policykg.neo4j import writer as neo4j_writer
from policykg.neo4j.connection import Settings
from policykg.pipeline.folder import source_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "img" / "neo4j-browser.png"
#: what the README's screenshot shows: the clusters of Shanghai's plan and the fields they include
SCREENSHOT_QUERY = ("MATCH p = (:Region {name: '上海市'})<-[:IN_REGION]-(:Cluster)-[:INCLUDES_FIELD]->(:Field) "
                    "RETURN p")


@pytest.fixture(scope="module")
def browser_url(neo4j_server) -> str:
    """Neo4j Browser's address, the bundled corpus loaded."""
    if not neo4j_server.http_uri:
        pytest.fail("the Neo4j server under test serves no HTTP: set NEO4J_HTTP_URI", pytrace=False)
    neo4j_writer.load(source_graph, Settings(neo4j_server.uri, neo4j_server.user, neo4j_server.password,
                                     neo4j_server.database))
    return neo4j_server.http_uri + "/browser/"


def connect(page, password: str | None) -> None:
    """Fill in the connect form as a user would and wait until Browser says it is connected."""
    page.wait_for("document.querySelector('[data-testid=password]')", 60, "the connect form")
    for field, text in (("username", "neo4j"), ("password", password or "")):
        page.evaluate(f"document.querySelector('[data-testid={field}]').focus()")
        page.type(text)
    page.evaluate("document.querySelector('[data-testid=connect]').click()")
    page.wait_for("document.querySelector('[data-testid=stream]').innerText.includes('You are connected as user')",
                  60, "Browser's 'You are connected' frame")
    # Browser runs ':play start' once connected: only then does the editor send queries
    page.wait_for("[...document.querySelectorAll('[data-testid=frameCommand]')]"
                  ".some(e => e.innerText.includes(':play start'))", 60, "the ':play start' frame")


def run(page, query: str) -> None:
    """Type ``query`` into the editor and run it."""
    page.evaluate("document.querySelector('[data-testid=activeEditor] textarea').focus()")
    page.type(query)
    page.evaluate("document.querySelector('[data-testid=editor-Run]').click()")


def test_browser_is_served(browser_url):
    with urllib.request.urlopen(browser_url, timeout=30) as answer:
        assert answer.status == 200 and b"Neo4j Browser" in answer.read()
    with urllib.request.urlopen(browser_url.removesuffix("browser/"), timeout=30) as answer:
        assert b'"bolt_direct"' in answer.read()  # the discovery document Browser reads the Bolt address from


def test_connect_and_query_in_the_browser(browser_url, neo4j_server, neo4j_server_fields, request, tmp_path):
    with Chromium() as chromium:
        page = chromium.open(browser_url)
        page.send("Emulation.setDeviceMetricsOverride", width=1280, height=760, deviceScaleFactor=1.5, mobile=False)
        connect(page, neo4j_server.password)
        run(page, "MATCH (f:Field) RETURN f.name LIMIT 5")
        page.wait_for("document.querySelector('[data-testid=frame] table')", 60, "the result table")
        frame = page.evaluate("document.querySelector('[data-testid=frame]').innerText")
        assert "MATCH (f:Field) RETURN f.name LIMIT 5" in frame and "f.name" in frame
        cells = page.evaluate("[...document.querySelectorAll('[data-testid=frame] td[role=cell]')]"
                              ".map(td => td.innerText)")
        assert len(cells) == 5 and {c.strip('"') for c in cells} <= neo4j_server_fields
        if request.config.getoption("--regen"):
            run(page, ":clear")
            run(page, SCREENSHOT_QUERY)
            page.wait_for("document.querySelector('[data-testid=frame] svg .node')", 60, "the graph view")
            page.evaluate("document.querySelector('[data-testid=frame] button[title=Fullscreen]').click()")
            page.wait_for("new Promise(r => setTimeout(() => r(true), 4000))", 30)  # the layout settles
            shutil.copyfile(page.screenshot(tmp_path / "browser.png"), SCREENSHOT)
    assert SCREENSHOT.is_file(), "run with --regen to make the README's screenshot"


@pytest.fixture
def neo4j_server_fields(browser_url, neo4j_server) -> set[str]:
    """Names of the Field nodes the database holds."""
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        records = driver.execute_query("MATCH (f:Field) RETURN f.name AS name", database_=neo4j_server.database)[0]
    return {r["name"] for r in records}

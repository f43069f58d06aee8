"""A standard SPARQL endpoint over a build: the Oxigraph server, read-only, on 127.0.0.1.

:func:`start` makes sure the build's persistent store exists
(:func:`policykg.rdf.store.ensure_store`), runs ``oxigraph serve-read-only
--location STORE --bind 127.0.0.1:PORT`` (the ``oxigraph`` package: the server
and CLI of the same Oxigraph that pyoxigraph embeds), and returns an
:class:`Endpoint` once it answers.  It speaks the SPARQL 1.1 Protocol at
``/query`` and has a query page (YASGUI) at ``/``; updates are refused.
:func:`serve` runs one in the foreground until Ctrl-C or SIGTERM.

The server never outlives the Python process that started it: it gets SIGTERM
when its parent dies (Linux ``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from policykg.errors import PolicyKGError, ServerError
from policykg.ports import HOST, free_port
from policykg.rdf.store import ensure_store, oxigraph_cli

DEFAULT_PORT = 7878
_PR_SET_PDEATHSIG = 1


class Endpoint:
    """A running ``oxigraph serve-read-only``; a context manager that stops it on exit."""

    def __init__(self, process, port: int, store: Path, graph_dir: Path, log):
        self.process, self.port, self.store, self.graph_dir, self._log = process, port, store, graph_dir, log

    @property
    def url(self) -> str:
        """The server's root (the query page)."""
        return f"http://{HOST}:{self.port}/"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return f"http://{HOST}:{self.port}/query"

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self.process.poll() is None

    def log_tail(self, n: int = 3) -> str:
        """The server's last output lines, on one line."""
        self._log.seek(0)
        lines = [ln.strip() for ln in self._log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        return " | ".join(lines[-n:]) or "(no output)"

    def stop(self, timeout: float = 10) -> None:
        """SIGTERM, then SIGKILL after ``timeout`` seconds."""
        for action in (self.process.terminate, self.process.kill):
            if self.process.poll() is not None:
                break
            action()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout)
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def __repr__(self):
        return f"<Endpoint {self.url} pid={self.process.pid} store={self.store}>"


def _die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` asking Linux to send SIGTERM to the child when its parent dies."""
    name = ctypes.util.find_library("c")
    if not name:
        return None
    prctl = ctypes.CDLL(name, use_errno=True).prctl
    return lambda: prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def start(graph_dir, port: int = DEFAULT_PORT, *, timeout: float = 60, cors: bool = False,
          notice: Callable[[str], None] | None = None) -> Endpoint:
    """Serve the store of ``graph_dir`` (a build folder) read-only on
    ``127.0.0.1:port`` (0: any free port); returns once the query page answers."""
    folder = Path(graph_dir)
    port = free_port(port)
    exe = oxigraph_cli()
    store = ensure_store(folder, notice=notice)
    cmd = [exe, "serve-read-only", "--location", str(store / "db"), "--bind", f"{HOST}:{port}"]
    log = tempfile.TemporaryFile()  # the server's output, read back when it fails
    process = subprocess.Popen(cmd + (["--cors"] if cors else []), stdin=subprocess.DEVNULL, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent())
    endpoint = Endpoint(process, port, store, folder, log)
    try:
        _wait_ready(endpoint, time.monotonic() + timeout)
    except BaseException:
        endpoint.stop()
        raise
    return endpoint


def _wait_ready(endpoint: Endpoint, deadline: float) -> None:
    while True:
        if not endpoint.running:
            tail = endpoint.log_tail()
            if "address already in use" in tail.lower():
                raise PolicyKGError(f"port {endpoint.port} on {HOST} is in use: pick another with --port N")
            raise ServerError(f"the oxigraph server stopped at start: {tail}")
        try:
            with urllib.request.urlopen(endpoint.url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise ServerError(f"the oxigraph server did not answer on {endpoint.url} in time: {endpoint.log_tail()}")
        time.sleep(0.1)


def serve(graph_dir, port: int = DEFAULT_PORT, *, cors: bool = False, echo=print) -> None:
    """Run the endpoint of ``graph_dir`` in the foreground until Ctrl-C or SIGTERM, then stop it."""
    stop = threading.Event()
    with start(graph_dir, port, cors=cors, notice=lambda m: echo(f"policykg: {m}")) as endpoint:
        previous = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            echo(f"SPARQL endpoint (Oxigraph, read-only) of {endpoint.graph_dir}")
            echo(f"query page: {endpoint.url}")
            echo(f"SPARQL 1.1 Protocol: {endpoint.query_url}  (GET ?query=… or POST)")
            echo("stop with Ctrl-C (or SIGTERM)")
            while not stop.wait(0.5):
                if not endpoint.running:
                    raise ServerError(f"the oxigraph server stopped: {endpoint.log_tail()}")
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
    echo("stopped")

"""policykg's own Neo4j 5.26 LTS Community server, reachable over Bolt on 127.0.0.1 (and Neo4j Browser over HTTP).

Neo4j's downloads are not needed: :func:`prepare` fetches the Community jars
from Maven Central (``neo4j/launcher/pom.xml``), Neo4j Browser's jar
(``neo4j/launcher/browser-pom.xml``) and compiles the one-class launcher
``neo4j/launcher/Launcher.java`` (Neo4j's own ``CommunityBootstrapper`` with the
Bolt connector on and, when asked, the HTTP connector serving Browser at
``/browser/``) into a cache folder.  :func:`start` runs it and
returns a :class:`Neo4jServer` once the Python driver can connect; :func:`serve`
runs one in the foreground until Ctrl-C or SIGTERM.

Neo4j's own logs go to ``DATA_DIR/logs`` (``debug.log``; the launcher's output
in ``launcher.log``).  The server stops when its stdin closes, so it never
outlives the Python process that started it.

Command line::

    python -m policykg.neo4j.server prepare
    python -m policykg.neo4j.server serve [--dir D] [--port P] [--http-port H] [--password PW | --no-auth]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import hmac
import importlib.resources
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from policykg.atomic import write_json, write_text
from policykg.errors import PolicyKGError, ServerError
from policykg.ports import HOST, free_port

DEFAULT_PASSWORD = "policykg-test"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
#: the launcher reads the password from here, so it stays off the command line
PASSWORD_ENV = "POLICYKG_NEO4J_PASSWORD"
#: JVM flags of Neo4j's own neo4j.conf that matter for an embedded server
JVM_OPTIONS = (
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC", "-Dfile.encoding=UTF-8",
    "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true", "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
_SOURCES = ("pom.xml", "Launcher.java")
#: the HTTP port ``policykg neo4j serve`` gives Neo4j Browser unless told otherwise
DEFAULT_HTTP_PORT = 7474
_AUTH_STAMP = "policykg-auth.json"  # a salted hash of the password a start proved to work
_READY = re.compile(r"^READY (bolt://\S+)(?: (http://\S+))?$", re.M)


def _resource(name: str) -> str:
    """The text of one file of the ``launcher`` package-data folder."""
    return (importlib.resources.files("policykg.neo4j") / "launcher" / name).read_text(encoding="utf-8")


def _pom(path: str) -> str:
    """One value of ``launcher/pom.xml``, e.g. ``properties/neo4j.version``."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    return ET.fromstring(_resource("pom.xml")).findtext("/".join(f"m:{p}" for p in path.split("/")), namespaces=ns)


def neo4j_version() -> str:
    """The Neo4j version pinned in ``launcher/pom.xml``.

    >>> neo4j_version().startswith("5.26.")
    True
    """
    return _pom("properties/neo4j.version")


def cache_dir() -> Path:
    """Where jars and the compiled launcher live: ``~/.cache/policykg/neo4j-VERSION``.

    ``POLICYKG_CACHE`` (else ``XDG_CACHE_HOME/policykg``) moves it.
    """
    root = os.environ.get("POLICYKG_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "policykg"
    )
    return Path(root) / f"neo4j-{neo4j_version()}"


def _digest(*names: str) -> str:
    """A fingerprint of packaged sources: a cache part is current when its stamp matches."""
    return hashlib.sha256("\0".join(_resource(n) for n in names).encode()).hexdigest()


def _current(folder: Path, digest: str) -> bool:
    """Whether ``folder`` was built from sources with this ``digest``."""
    stamp = folder / ".policykg-stamp"
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest


def _tool(name: str) -> str:
    """The path of ``java``/``javac``/``mvn`` (``JAVA_HOME`` first), or a clear error."""
    java_home = os.environ.get("JAVA_HOME")
    if name != "mvn" and java_home and (Path(java_home) / "bin" / name).is_file():
        return str(Path(java_home) / "bin" / name)
    found = shutil.which(name)
    if found is None:
        hint = "Maven (apt-get install maven)" if name == "mvn" else "a Java 17 JDK (apt-get install openjdk-17-jdk-headless)"
        raise ServerError(f"{name} not found on PATH: the Neo4j server needs {hint}")
    return found


def _check_java(java: str) -> None:
    """Neo4j 5 runs on Java 17 or 21; refuse an older JVM with a clear message."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(\d+)', out)
    if not found or int(found.group(1)) < 17:
        raise ServerError(f"Neo4j 5 needs Java 17 or newer; {java} says: {out.splitlines()[0] if out else '?'}")


def _run(cmd: list[str], what: str) -> None:
    """Run a build step; a failure becomes one line naming its cause."""
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode == 0:
        return
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", ln).strip() for ln in (proc.stdout + proc.stderr).splitlines()]
    noise = re.compile(r"^\[ERROR\]\s*($|To see|Re-run|For more|\[Help)")
    errors = [ln for ln in lines if re.match(r"\[ERROR\]|.*error:", ln) and not noise.match(ln)]
    text = " | ".join((errors or [ln for ln in lines if ln][-3:])[:2])
    if re.search(r"Could not (transfer|resolve)|UnknownHost|unreachable|Connection refused|timed out", text):
        raise ServerError(f"{what}: cannot download the Neo4j jars from Maven Central (offline?): {text}")
    raise ServerError(f"{what} failed: {text}")


def classes_dir(home: Path) -> Path:
    """The compiled launcher of this package's sources: one folder per version of them, so
    checkouts with different launchers can share one cache."""
    return home / f"classes-{_digest(*_SOURCES)[:12]}"


def is_prepared() -> bool:
    """Whether :func:`prepare` has nothing left to do (jars fetched, current launcher compiled)."""
    home = cache_dir()
    return (_current(home / "lib", _digest("pom.xml")) and _current(home / "browser", _digest("browser-pom.xml"))
            and _current(classes_dir(home), _digest(*_SOURCES)))


def prepare(progress=None) -> Path:
    """Fetch the Neo4j jars and compile the launcher once; return the cache folder.

    A quick no-op when the cache matches the packaged pom and launcher; a
    changed launcher is recompiled without fetching the jars again.
    ``progress`` (e.g. ``print``) hears about the slow steps.
    """
    home = cache_dir()
    if is_prepared():
        return home
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test runs may prepare at once
        _build(home, progress or (lambda msg: None))
    return home


def _build(home: Path, progress) -> None:
    """Download the jars into ``home/lib`` and ``home/browser``, compile the launcher into :func:`classes_dir`."""
    lib, classes = home / "lib", classes_dir(home)
    for pom, folder, what in (("pom.xml", lib, f"Neo4j {neo4j_version()} jars"),
                              ("browser-pom.xml", home / "browser", "the Neo4j Browser jar")):
        if _current(folder, _digest(pom)):
            continue
        mvn = _tool("mvn")
        shutil.rmtree(folder, ignore_errors=True)
        write_text(home / pom, _resource(pom))
        progress(f"fetching {what} from Maven Central into {folder} (once, ~{125 if pom == 'pom.xml' else 15} MB)")
        # the plugin named in full: a fresh ~/.m2 cannot resolve the "dependency:" prefix offline
        goal = f"org.apache.maven.plugins:maven-dependency-plugin:{_pom('build/plugins/plugin/version')}"
        _run([mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(home / pom), goal + ":copy-dependencies",
              "-DincludeScope=runtime", f"-DoutputDirectory={folder}"], "mvn dependency:copy-dependencies")
        write_text(folder / ".policykg-stamp", _digest(pom) + "\n")
    if not _current(classes, _digest(*_SOURCES)):
        javac = _tool("javac")
        _check_java(_tool("java"))
        shutil.rmtree(classes, ignore_errors=True)
        write_text(home / "Launcher.java", _resource("Launcher.java"))
        progress("compiling the launcher")
        _run([javac, "-encoding", "UTF-8", "-nowarn", "-cp", str(lib / "*"),
              "-d", str(classes), str(home / "Launcher.java")], "javac Launcher.java")
        write_text(classes / ".policykg-stamp", _digest(*_SOURCES) + "\n")


def launcher_command(home: Path, data_dir: Path, port: int = 0, heap: str = "1g", java: str = "java",
                     http_port: int | None = None) -> list[str]:
    """The ``java`` command line that runs the launcher (the password goes in the environment).

    ``http_port`` serves Neo4j Browser (``0``: any free port; ``None``: no HTTP).

    >>> launcher_command(Path("/c"), Path("/d"), 7687)[-4:]
    ['Launcher', '/d', '7687', '127.0.0.1']
    >>> launcher_command(Path("/c"), Path("/d"), 7687, http_port=7474)[-2:]
    ['127.0.0.1', '7474']
    """
    for number in (port, 0 if http_port is None else http_port):
        if not 0 <= number <= 65535:
            raise PolicyKGError(f"not a TCP port: {number}")
    if not re.fullmatch(r"\d+[mMgG]", heap):
        raise PolicyKGError(f"not a JVM heap size like 512m or 1g: {heap!r}")
    classpath = os.pathsep.join([str(classes_dir(home)), str(home / "lib" / "*"), str(home / "browser" / "*")])
    initial = heap if int(heap[:-1]) * (1024 if heap[-1] in "gG" else 1) < 256 else "256m"
    http = [] if http_port is None else [str(http_port)]
    return [java, *JVM_OPTIONS, f"-Xms{initial}", f"-Xmx{heap}", "-cp", classpath, "Launcher", str(data_dir),
            str(port), HOST, *http]


def check_password(password: str | None) -> None:
    """Neo4j refuses passwords under 8 characters; say so before starting a JVM.

    >>> check_password(None)  # auth disabled
    >>> check_password("short")
    Traceback (most recent call last):
    ...
    policykg.errors.PolicyKGError: the Neo4j password must have at least 8 characters
    """
    if password is not None and len(password) < 8:
        raise PolicyKGError("the Neo4j password must have at least 8 characters")


def _pbkdf2(password: str, salt: bytes) -> str:
    """A salted, slow hash of ``password`` (hex)."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 50_000).hex()


def _password_known(data_dir: Path, password: str) -> bool:
    """Whether an earlier start proved ``password`` works on this store (saves Neo4j an ALTER USER)."""
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        saved = json.loads((data_dir / _AUTH_STAMP).read_text(encoding="utf-8"))
        return hmac.compare_digest(saved["pbkdf2"], _pbkdf2(password, bytes.fromhex(saved["salt"])))
    return False


def _tail(path: Path, n: int = 5) -> list[str]:
    """The last ``n`` non-empty lines of a log file (none if it is missing)."""
    with contextlib.suppress(OSError):
        return [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()][-n:]
    return []


class Neo4jServer:
    """A running launcher process; a context manager that stops it on exit."""

    def __init__(self, process, uri, password, data_dir: Path, temporary: bool):
        self.process = process
        self.uri = uri
        #: ``http://127.0.0.1:PORT`` when the server serves Neo4j Browser (at ``/browser/``), else ``None``
        self.http_uri: str | None = None
        self.user = DEFAULT_USER
        self.password = password
        self.database = DEFAULT_DATABASE
        self.data_dir = data_dir
        self._temporary = temporary

    @property
    def auth(self):
        """``(user, password)`` for the driver, or ``None`` when auth is disabled."""
        return None if self.password is None else (self.user, self.password)

    @property
    def running(self) -> bool:
        """Whether the JVM is still alive."""
        return self.process.poll() is None

    def driver(self, uri: str | None = None, **kwargs):
        """A :mod:`neo4j` driver for this server (``uri`` may swap in ``neo4j://``)."""
        # the driver, imported on use: CLI start-up stays fast
        import neo4j

        return neo4j.GraphDatabase.driver(uri or self.uri, auth=self.auth, **kwargs)

    def log_tail(self, n: int = 5) -> str:
        """Why the launcher failed (else its last lines) and the end of Neo4j's debug log, on one line."""
        logs = self.data_dir / "logs"
        launcher = _tail(logs / "launcher.log", 1000)
        failed = [ln for ln in launcher if ln.startswith("FAILED ")]
        return " | ".join((failed or launcher[-n:]) + _tail(logs / "debug.log", n)) or "(no log)"

    def stop(self, timeout: float = 30) -> None:
        """Close stdin (the launcher then shuts Neo4j down), escalating to SIGTERM/SIGKILL."""
        if self.process.stdin and not self.process.stdin.closed:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        for action in (None, self.process.terminate, self.process.kill):
            if action:
                action()
            try:
                self.process.wait(timeout)
                break
            except subprocess.TimeoutExpired:
                continue
        if self._temporary:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def __repr__(self):
        return f"<Neo4jServer {self.uri} pid={self.process.pid} data={self.data_dir}>"


def start(data_dir=None, port: int = 0, password: str | None = DEFAULT_PASSWORD, *,
          timeout: float = 180, heap: str = "1g", http_port: int | None = None) -> Neo4jServer:
    """Start the server and return once ``verify_connectivity()`` succeeds.

    ``data_dir=None`` uses a temporary folder removed by :meth:`Neo4jServer.stop`;
    ``port=0`` picks a free port; ``password=None`` disables auth; ``http_port``
    serves Neo4j Browser at ``Neo4jServer.http_uri + "/browser/"`` (``0``: any free
    port; ``None``, the default: no HTTP).
    """
    check_password(password)
    launcher_command(Path(), Path(), port, heap, http_port=http_port)  # refuses bad values before anything happens
    free_port(port)
    if http_port:
        try:
            free_port(http_port)
        except PolicyKGError:
            raise PolicyKGError(f"HTTP port {http_port} on {HOST} is in use (another Neo4j?): stop it, or pick "
                                "another with --http-port N (--http-port 0 = no Neo4j Browser)") from None
    home, java = prepare(), _tool("java")
    temporary = data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="policykg-neo4j-") if temporary else data_dir).resolve()
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PolicyKGError(f"cannot use {data_dir} as the Neo4j data folder: {exc.strerror}") from None
    env = {k: v for k, v in os.environ.items() if not k.startswith(PASSWORD_ENV)}
    known = password is not None and _password_known(data_dir, password)
    if password is not None:
        env.update({PASSWORD_ENV: password, **({PASSWORD_ENV + "_SET": "1"} if known else {})})
    log_path = data_dir / "logs" / "launcher.log"
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(launcher_command(home, data_dir, port, heap, java, http_port), stdin=subprocess.PIPE,
                                   stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    server = Neo4jServer(process, None, password, data_dir, temporary)
    deadline = time.monotonic() + timeout
    try:
        server.uri, server.http_uri = _wait_ready(server, log_path, deadline)
        _wait_connectable(server, deadline)
    except BaseException:
        server.stop(timeout=10)
        raise
    if password is not None and not known:
        salt = os.urandom(16)
        write_json(data_dir / _AUTH_STAMP, {"salt": salt.hex(), "pbkdf2": _pbkdf2(password, salt)})
    return server


def _wait_ready(server: Neo4jServer, log_path: Path, deadline: float) -> tuple[str, str | None]:
    """Wait for the launcher's ``READY bolt://... [http://...]`` line and return those URIs."""
    while time.monotonic() < deadline:
        found = _READY.search(log_path.read_text(encoding="utf-8", errors="replace"))
        if found:
            return found.group(1), found.group(2)
        if not server.running:
            raise ServerError(f"Neo4j exited with code {server.process.returncode}: {server.log_tail()}")
        time.sleep(0.1)
    raise ServerError(f"Neo4j did not start in time: {server.log_tail()}")


def _wait_connectable(server: Neo4jServer, deadline: float) -> None:
    """Retry ``verify_connectivity()`` until it succeeds or the deadline passes."""
    # the driver, imported on use: CLI start-up stays fast
    from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

    while True:
        try:
            with server.driver() as driver:
                driver.verify_connectivity()
            return
        except (ServiceUnavailable, OSError) as exc:
            if time.monotonic() > deadline or not server.running:
                raise ServerError(f"Neo4j at {server.uri} is not answering ({exc}): {server.log_tail()}") from exc
            time.sleep(0.2)
        except (Neo4jError, DriverError) as exc:  # e.g. an auth error: retrying will not help
            hint = f" (password changed by hand? delete {server.data_dir / _AUTH_STAMP})"
            raise ServerError(f"Neo4j at {server.uri} refused the driver: {exc}{hint}") from exc


def serve(data_dir=None, port: int = 7687, password: str | None = DEFAULT_PASSWORD, echo=print,
          http_port: int | None = DEFAULT_HTTP_PORT) -> None:
    """Run a server in the foreground until Ctrl-C or SIGTERM, then stop it cleanly.

    ``http_port`` serves Neo4j Browser (``None`` or ``0``: no HTTP).
    """
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with start(data_dir, port, password, http_port=http_port or None) as server:
            shown = "(auth disabled)" if password is None else password if password == DEFAULT_PASSWORD else "(as given)"
            where = "a temporary folder, deleted on stop" if data_dir is None else server.data_dir
            browser = f"Neo4j Browser: {server.http_uri}/browser/\n" if server.http_uri else ""
            echo(f"Neo4j {neo4j_version()} is up at {server.uri}  (also neo4j://{server.uri.split('://')[1]})\n"
                 f"{browser}user: {server.user}  password: {shown}\ndata: {where}; logs: {server.data_dir / 'logs'}\n"
                 "stop with Ctrl-C (or SIGTERM)")
            while not stop.wait(0.5):
                if not server.running:
                    raise ServerError(f"Neo4j stopped unexpectedly: {server.log_tail()}")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    echo("Neo4j stopped")


def main(argv=None) -> int:
    """``python -m policykg.neo4j.server prepare|serve``; user errors print one line."""
    parser = argparse.ArgumentParser(prog="python -m policykg.neo4j.server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("prepare", help="fetch the Neo4j jars and compile the launcher (once)")
    run = sub.add_parser("serve", help="run a server until Ctrl-C")
    run.add_argument("--dir", type=Path, help="data folder (default: a temporary one)")
    run.add_argument("--port", type=int, default=7687, help="Bolt port (0 = any free port; default 7687)")
    run.add_argument("--http-port", type=int, default=DEFAULT_HTTP_PORT,
                     help=f"HTTP port of Neo4j Browser (0 = no HTTP; default {DEFAULT_HTTP_PORT})")
    run.add_argument("--password", default=DEFAULT_PASSWORD, help=f"password of user neo4j (default {DEFAULT_PASSWORD})")
    run.add_argument("--no-auth", action="store_true", help="disable authentication")
    args = parser.parse_args(argv)
    try:
        if args.command == "prepare":
            began = time.monotonic()
            home = prepare(progress=lambda msg: print(f"neo4j_server: {msg}", file=sys.stderr))
            print(f"Neo4j {neo4j_version()} ready in {home} ({time.monotonic() - began:.1f} s)")
        else:
            serve(args.dir, args.port, None if args.no_auth else args.password, http_port=args.http_port)
    except PolicyKGError as exc:
        print(f"neo4j_server: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

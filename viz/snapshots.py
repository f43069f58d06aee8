"""Snapshots of an HTML view taken with headless Chromium: the DOM, a PNG, the requests.

Used by the browser tests, the screenshot docs and :mod:`policykg.devtools.bench_views`.
Chromium runs with a fresh profile, no background services, and a host
resolver that maps every name to "not found", so nothing can leave the
machine; its NetLog is read back to list every request a *page* started
(browser-internal requests carry the initiator ``"not an origin"``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import ServerError

#: Flags for every run (the page is a local file; no network, no sandbox in containers).
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND")
#: URL schemes a page may load without touching the network.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-extension:", "devtools:")


@dataclass
class Snapshot:
    """What one headless run saw."""

    dom: str
    attrs: dict[str, str]
    page_requests: list[str] = field(default_factory=list)
    seconds: float = 0.0
    png: Path | None = None

    def attr(self, name: str, default: str = "") -> str:
        """A ``data-*`` attribute of ``<html>`` (without the ``data-`` prefix)."""
        return self.attrs.get(name, default)


def find_chromium() -> str | None:
    """The path of Debian's ``chromium`` (or another Chromium/Chrome), if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def snapshot(page: Path, *, fragment: str = "", screenshot: Path | None = None,
             size: tuple[int, int] = (1440, 900), budget_ms: int = 4000, timeout: float = 120) -> Snapshot:
    """Load ``page`` (a local file) headless; return its DOM, ``<html>`` data attributes and requests.

    With ``screenshot``, a PNG of the window is written there in the same run
    (the page's script has ``budget_ms`` of virtual time to settle first).
    """
    exe = find_chromium()
    if exe is None:
        raise ServerError("chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    url = Path(page).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="policykg-chromium-") as tmp:
        netlog = Path(tmp) / "netlog.json"
        args = [exe, *FLAGS, f"--user-data-dir={tmp}/profile", f"--log-net-log={netlog}",
                f"--window-size={size[0]},{size[1]}", f"--virtual-time-budget={budget_ms}"]
        args += [f"--screenshot={Path(screenshot).resolve()}"] if screenshot else ["--dump-dom"]
        start = time.perf_counter()
        try:
            run = subprocess.run([*args, url], capture_output=True, timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired as exc:
            raise ServerError(f"chromium did not finish within {timeout:g} s") from exc
        seconds = time.perf_counter() - start
        if run.returncode != 0:
            raise ServerError(f"chromium failed ({run.returncode}): {run.stderr.decode(errors='replace')[-300:]}")
        dom = run.stdout.decode("utf-8", errors="replace")
        return Snapshot(dom, html_attrs(dom), page_requests(netlog), seconds,
                        Path(screenshot) if screenshot else None)


def html_attrs(dom: str) -> dict[str, str]:
    """The ``data-*`` attributes of the ``<html>`` start tag of a DOM dump."""
    m = re.search(r"<html\b([^>]*)>", dom)
    if not m:
        return {}
    return {k: v for k, v in re.findall(r'\bdata-([\w-]+)="([^"]*)"', m.group(1))}


def page_requests(netlog: Path) -> list[str]:
    """URLs of requests started by a web page (not by the browser itself) in a NetLog file."""
    if not netlog.is_file():
        return []
    text = netlog.read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a NetLog cut short lacks its closing brackets
        log = json.loads(text + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for ev in log.get("events", []):
        params = ev.get("params") or {}
        if ev.get("type") == start_job and "url" in params and params.get("initiator") != "not an origin":
            urls.append(params["url"])
    return urls


def external_requests(urls: list[str]) -> list[str]:
    """The URLs that would need the network (anything but file/data/blob/…)."""
    return [u for u in urls if not u.startswith(LOCAL_SCHEMES)]

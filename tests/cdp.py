"""A small Chrome DevTools Protocol client for Debian's headless ``chromium``.

Chromium talks CDP over two pipes (``--remote-debugging-pipe``: it reads
commands from fd 3 and writes answers and events to fd 4, each message JSON
ended by a NUL byte), so no websocket library and no browser download are
needed.  :class:`Page` opens one tab and offers what the tests need: evaluate
JavaScript, wait for a condition, type text, press keys, take a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--lang=zh-CN")


class CDPError(RuntimeError):
    """An error answer of Chromium, or a wait that timed out."""


class Chromium:
    """A headless Chromium driven over the DevTools pipe; a context manager that quits it."""

    def __init__(self, executable: str | None = None, width: int = 1440, height: int = 900):
        executable = executable or shutil.which("chromium") or shutil.which("chromium-browser")
        if executable is None:
            raise CDPError("chromium is not installed (apt-get install chromium)")
        self._profile = tempfile.mkdtemp(prefix="policykg-chromium-")
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def pipes() -> None:  # in the child, before exec: the pipes become fds 3 and 4
            read, write = os.dup(to_browser), os.dup(from_browser)  # either may be 3 or 4 now
            for fd, target in ((read, 3), (write, 4)):
                os.dup2(fd, target)
                os.set_inheritable(target, True)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--window-size={width},{height}", "--remote-debugging-pipe",
             f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=pipes)
        os.close(to_browser)
        os.close(from_browser)
        self._next = 0
        self._buffer = b""
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, timeout: float = 30, **params) -> dict:
        """Send one command and return its ``result`` (events met meanwhile go to :attr:`events`)."""
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise CDPError(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})
            self.events.append(answer)

    def _read(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._in], [], [], left)[0]:
                raise CDPError("chromium did not answer in time")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise CDPError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def open(self, url: str) -> Page:
        """A new tab showing ``url``."""
        target = self.send("Target.createTarget", url=url)["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Runtime.enable")
        return page

    def close(self) -> None:
        """Quit Chromium and remove its profile."""
        try:
            self.send("Browser.close", timeout=5)
        except (CDPError, OSError):
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._in, self._out):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """One tab of :class:`Chromium`."""

    def __init__(self, browser: Chromium, session: str):
        self.browser = browser
        self.session = session

    def send(self, method: str, **params) -> dict:
        """A command to this tab."""
        return self.browser.send(method, session=self.session, **params)

    def evaluate(self, expression: str):
        """The value of a JavaScript expression (promises awaited)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise CDPError(f"JavaScript error: {result['exceptionDetails'].get('text')} in {expression[:80]}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30, what: str | None = None):
        """Poll ``expression`` until it is truthy; return its value (``True`` for an element)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(f"(() => {{ const v = ({expression}); return v instanceof Node ? true : v; }})()")
            if value:
                return value
            time.sleep(0.2)
        raise CDPError(f"timed out waiting for {what or expression}")

    def type(self, text: str) -> None:
        """Type ``text`` into the focused element."""
        self.send("Input.insertText", text=text)

    def press(self, key: str, code: int, modifiers: int = 0) -> None:
        """Press and release one key (``code`` its Windows virtual key code; ``modifiers`` 2 = Ctrl)."""
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code,
                      modifiers=modifiers)

    def screenshot(self, path: Path) -> Path:
        """Save what the tab shows as a PNG."""
        data = self.send("Page.captureScreenshot", format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

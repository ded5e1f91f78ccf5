"""Debian's Firefox ESR for the answer form's tests: headless, driven over Firefox's own Marionette protocol.

No geckodriver (Debian has none, and nothing may be downloaded at test time): the test starts
``firefox-esr -headless -marionette`` itself with a fresh profile and talks to it with Mozilla's
``marionette-driver`` client (PyPI, in the test extra).

Kept off the network, and watched:

* the profile holds the preferences Mozilla's own Marionette harness writes into every test profile
  (``GeckoInstance.required_prefs`` and ``DesktopInstance.desktop_prefs`` of marionette-driver: no
  updates, telemetry, Normandy, Remote Settings, captive-portal or connectivity checks…), Safe
  Browsing off, and ``MOZ_DISABLE_NONLOCAL_CONNECTIONS=1`` as Mozilla's harnesses set it (which also
  lets Remote Settings use the harness's dummy server);
* every connection goes through a proxy that is this module's own catcher on 127.0.0.1: it records
  what Firefox asked for and answers 403, so a request is seen and never leaves the machine
  (``failover_direct`` off: no direct retry). With the proxy doing the name lookups
  (``socks_remote_dns``) Firefox resolves no host name itself; :func:`firefox` checks both at start
  (a request to a made-up host is caught; a lookup of ``localhost`` is refused), so the watch cannot
  silently stop working.

``remote.prefs.recommended`` stays off: those "recommended" automation preferences would relax the
same-origin rule for ``file:`` pages, and with it how drafts are stored, which the tests check as a
participant's Firefox does it.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import socketserver
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tests.report.browser import Browser

FIREFOX = Path("/usr/bin/firefox-esr")
INSTALL = (
    "apt-get install firefox-esr (Debian's Firefox ESR), and the test extra "
    "(pip install -e '.[test]', which brings marionette-driver)"
)
STARTUP_TIMEOUT = 60.0

# A headless Firefox window is never narrower than this (its toolbar's minimum width); narrower
# viewports are made by zooming, as a participant at 200 % zoom sees the page.
MIN_WINDOW_WIDTH = 500

CONSOLE_PROBLEMS_JS = """
const messages = Services.console.getMessageArray() || [];
Services.console.reset();
return messages
  .filter(m => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.infoFlag))
  .filter(m => /^(file|blob|data):/.test(m.sourceName) || m.category.startsWith("CSP"))
  .map(m => `${m.category}: ${m.errorMessage} (${m.sourceName}:${m.lineNumber})`);
"""


class _Catcher(socketserver.ThreadingTCPServer):
    """The proxy every Firefox connection goes to: records the request line, answers 403."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _CatchRequest)
        self.seen: list[str] = []
        self.lock = threading.Lock()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def take(self) -> list[str]:
        with self.lock:
            seen, self.seen = self.seen, []
        return seen


class _CatchRequest(socketserver.BaseRequestHandler):
    server: _Catcher

    def handle(self) -> None:
        self.request.settimeout(5)
        first = b""
        with suppress(OSError):
            first = self.request.recv(4096)
            self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        line = first.split(b"\r\n", 1)[0].decode("latin-1") or "(a connection that sent nothing)"
        with self.server.lock:
            self.server.seen.append(f"proxy: {line}")


def profile_prefs(downloads: Path, proxy: str) -> dict[str, Any]:
    """The profile's preferences: Mozilla's harness set, every URL in it pointed at ``proxy``, and ours."""
    from marionette_driver.geckoinstance import DesktopInstance, GeckoInstance

    prefs: dict[str, Any] = {}
    for name, value in {**GeckoInstance.required_prefs, **DesktopInstance.desktop_prefs}.items():
        # The harness fills in its own test server; here that is the catcher.
        prefs[name] = value.replace("%(server)s", proxy).replace("{server}", proxy) if isinstance(value, str) else value
    host, port = proxy.rsplit(":", 1)
    prefs.update(
        {
            "marionette.port": 0,  # any free port, written to MarionetteActivePort in the profile
            "remote.prefs.recommended": False,
            # Safe Browsing looks up downloads and pages; the harness only stops its list updates.
            "browser.safebrowsing.blockedURIs.enabled": False,
            "browser.safebrowsing.downloads.enabled": False,
            "browser.safebrowsing.malware.enabled": False,
            "browser.safebrowsing.phishing.enabled": False,
            # Every protocol through the catcher, localhost too, never directly, no own DNS.
            "network.proxy.type": 1,
            "network.proxy.share_proxy_settings": True,
            "network.proxy.no_proxies_on": "",
            "network.proxy.allow_hijacking_localhost": True,
            "network.proxy.failover_direct": False,
            "network.proxy.socks_remote_dns": True,
            "network.trr.mode": 5,
            # No favicon fetches (the start-up check's page would ask for one, late).
            "browser.chrome.site_icons": False,
            **{f"network.proxy.{kind}": host for kind in ("http", "ssl", "socks")},
            **{f"network.proxy.{kind}_port": int(port) for kind in ("http", "ssl", "socks")},
            # Save downloads into the test's folder without a dialog, and tell no desktop about them.
            "browser.download.folderList": 2,
            "browser.download.dir": str(downloads),
            "browser.download.useDownloadDir": True,
            "browser.download.always_ask_before_handling_new_types": False,
            "browser.download.start_downloads_in_tmp_dir": False,
            "browser.download.alwaysOpenPanel": False,
            "browser.download.manager.addToRecentDocs": False,
        }
    )
    return prefs


class FirefoxBrowser(Browser):
    name = "firefox"

    def __init__(self, marionette: Any, downloads: Path, catcher: _Catcher) -> None:
        self.marionette = marionette
        self.downloads = downloads
        self.catcher = catcher

    def get(self, url: str) -> None:
        self.marionette.navigate(url)

    def refresh(self) -> None:
        self.marionette.refresh()

    @property
    def title(self) -> str:
        return self.marionette.title

    # sandbox=None: the script runs in the page itself (as in selenium), seeing the page's own globals.
    def execute_script(self, script: str, *args: Any) -> Any:
        return self.marionette.execute_script(script, script_args=args, sandbox=None)

    def execute_async_script(self, script: str, *args: Any) -> Any:
        return self.marionette.execute_async_script(script, script_args=args, sandbox=None)

    def find_element(self, by: str, value: str) -> Any:
        return self.marionette.find_element(by, value)

    def find_elements(self, by: str, value: str) -> list[Any]:
        return self.marionette.find_elements(by, value)

    def press(self, *keys: str) -> None:
        self.marionette.actions.sequence("key", "keyboard").send_keys("".join(keys)).perform()

    def dialog(self) -> Any:
        return self.marionette.switch_to_alert()

    def color_scheme(self, scheme: str) -> None:
        self.marionette.set_pref("layout.css.prefers-color-scheme.content-override", {"dark": 0, "light": 1}[scheme])

    def viewport(self, width: int, height: int) -> None:
        zoom = math.ceil(MIN_WINDOW_WIDTH / width) if width < MIN_WINDOW_WIDTH else 1
        with self.marionette.using_context("chrome"):
            # Zoom belongs to the page's browsing context: a new page starts at 100 % again.
            self.marionette.execute_script(
                "gBrowser.selectedBrowser.browsingContext.fullZoom = arguments[0]", script_args=(zoom,)
            )
        self.marionette.set_window_rect(width=width * zoom, height=height * zoom)
        toolbars = height - self.execute_script("return window.innerHeight")
        self.marionette.set_window_rect(width=width * zoom, height=(height + toolbars) * zoom)
        inner = self.execute_script("return [window.innerWidth, window.innerHeight]")
        assert inner == [width, height], (inner, zoom)

    def requests_made(self) -> list[str]:
        return self.catcher.take()

    def console_problems(self) -> list[str]:
        with self.marionette.using_context("chrome"):
            return self.marionette.execute_script(CONSOLE_PROBLEMS_JS)

    def save_screenshot(self, path: Path) -> None:
        path.write_bytes(self.marionette.screenshot(format="binary", full=False))


def _check_the_watch(browser: FirefoxBrowser) -> None:
    """Prove that a request would be seen and that Firefox looks up no host name itself."""
    from marionette_driver.errors import MarionetteException

    probe = "http://samverkan-network-check.invalid/"
    with suppress(MarionetteException):  # the catcher's 403 makes an error page: expected
        browser.get(probe)
    seen = browser.requests_made()
    assert f"proxy: GET {probe} HTTP/1.1" in seen, seen
    with browser.marionette.using_context("chrome"):
        refused = browser.marionette.execute_script(
            "try { Services.dns.asyncResolve('localhost', Ci.nsIDNSService.RESOLVE_TYPE_DEFAULT, 0, null,"
            " {onLookupComplete() {}}, Services.tm.mainThread, {}); return null; }"
            " catch (error) { return error.name || String(error); }"
        )
    assert refused == "NS_ERROR_UNKNOWN_PROXY_HOST", f"Firefox would look up host names itself: {refused}"
    browser.get("about:blank")
    browser.console_problems()


def _wait_for_port(profile: Path, process: subprocess.Popen, log: Path) -> int:
    active = profile / "MarionetteActivePort"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if active.is_file() and active.read_text().strip():
            return int(active.read_text())
        if process.poll() is not None:
            break
        time.sleep(0.05)
    raise AssertionError(f"Firefox did not start Marionette: {log.read_text(errors='replace')[-2000:]}")


@contextmanager
def firefox(downloads: Path) -> Iterator[FirefoxBrowser]:
    """A headless Firefox ESR with its own profile, saving downloads into ``downloads`` without asking."""
    if not FIREFOX.exists():
        raise AssertionError(f"{FIREFOX} is missing: {INSTALL}")
    try:
        from marionette_driver.marionette import Marionette
    except ImportError as error:
        raise AssertionError(f"marionette-driver is missing ({error}): {INSTALL}") from error

    home = Path(tempfile.mkdtemp(prefix="samverkan-firefox-"))
    profile = home / "profile"
    profile.mkdir()
    catcher = _Catcher()
    threading.Thread(target=catcher.serve_forever, name="firefox-catcher", daemon=True).start()
    prefs = profile_prefs(downloads, catcher.address)
    (profile / "user.js").write_text(
        "".join(f"user_pref({json.dumps(name)}, {json.dumps(value)});\n" for name, value in prefs.items()),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HOME": str(home),  # nothing of the user's (GTK's recent files, caches) is touched
        "MOZ_HEADLESS": "1",
        "MOZ_DISABLE_NONLOCAL_CONNECTIONS": "1",
        "MOZ_CRASHREPORTER_DISABLE": "1",
        # The chrome context, for preferences, zoom and the console: our own profile only.
        "MOZ_REMOTE_ALLOW_SYSTEM_ACCESS": "1",
    }
    log = home / "firefox.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(FIREFOX), "-headless", "-marionette", "-no-remote", "-new-instance", "-profile", str(profile)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    marionette = None
    try:
        marionette = Marionette(host="127.0.0.1", port=_wait_for_port(profile, process, log))
        marionette.start_session()
        browser = FirefoxBrowser(marionette, downloads, catcher)
        _check_the_watch(browser)
        yield browser
    finally:
        if marionette is not None and marionette.session is not None:
            marionette.delete_session()
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        catcher.shutdown()
        catcher.server_close()
        shutil.rmtree(home, ignore_errors=True)

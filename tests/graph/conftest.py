"""Shared fixtures for the graph tests: a real headless Chromium (Debian's package) via Playwright."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-gpu"]


def _install_chromium() -> None:
    """Install Debian's chromium when it is missing (CI machines start bare; we run as root there)."""
    if CHROMIUM.exists():
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        pytest.fail(f"{CHROMIUM} is missing and cannot be installed here (needs apt-get as root): "
                    "install Debian's 'chromium' package")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"], check=True, env=env,
                   stdout=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def browser():
    _install_chromium()
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install -e .[test] installs playwright")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class OfflinePage:
    """A page that may load exactly one file: every other request is recorded and aborted."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False):
        self.path = Path(path).resolve()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url == self.path.as_uri():
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def open(self, timeout: float = 60_000):
        self.page.goto(self.path.as_uri())
        # A selector, not wait_for_function: the page's CSP forbids the eval that the latter uses.
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=timeout)
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def offline_page(browser):
    pages = []

    def make(path: Path, **options) -> OfflinePage:
        pages.append(OfflinePage(browser, path, **options))
        return pages[-1]

    yield make
    for page in pages:
        page.close()

"""/docs works in a real browser, offline: Debian's Chromium, driven by Playwright, against gunicorn.

Playwright never downloads a browser here: it launches /usr/bin/chromium (installed by `make test`), and
every request that leaves 127.0.0.1 is blocked and recorded, so a CDN dependency would fail the test.
"""
import os
import shutil
from urllib.parse import urlsplit

import pytest

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
from playwright import sync_api  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def page(live_server):
    if not os.path.exists(CHROMIUM):
        pytest.fail("chromium is not installed: `make test` installs Debian's chromium package")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.outside = []

        def only_loopback(route):
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                page.outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_loopback)
        page.goto(live_server.url + "/docs/")
        yield page
        context.close()
        browser.close()


def test_operations_render(page):
    page.wait_for_selector(".opblock")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    for path in ("/v1/articles", "/v1/quotes/{quote_id}", "/v1/export/quotes", "/healthz"):
        assert any(p.replace("\u200b", "") == path for p in paths), (path, paths)
    assert page.locator(".opblock").count() >= 15
    assert page.locator(".opblock-summary-description", has_text="Retrieve a quote by id").count() == 1
    assert page.outside == [], f"/docs reached outside 127.0.0.1: {page.outside}"


def test_try_it_out_and_execute(page):
    block = page.locator("#operations-articles-listArticles")
    block.locator(".opblock-summary").click()
    block.get_by_role("button", name="Try it out").click()
    block.get_by_role("button", name="Execute").click()
    status = block.locator(".live-responses-table .response .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "200"
    body = block.locator(".live-responses-table .response-col_description pre").first.inner_text()
    assert '"items"' in body and '"next_cursor"' in body
    assert page.outside == [], f"/docs reached outside 127.0.0.1: {page.outside}"

"""End to end in Debian's headless Chromium (driven by Playwright, never a downloaded
browser) against a real uvicorn server on 127.0.0.1 serving a temporary SQLite file."""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import need
from tests.services.workbench_corpus import EVIL, KESTREL, NOVARIA, TARSIS, corpus
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, TOKEN

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need(
        Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK),
        f"headless Chromium at {CHROMIUM} (set ARMSTRACE_CHROMIUM)",
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    dialogs: list[str] = []
    opened.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def test_search_then_open_a_dossier(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "/")
    page.fill("form.search input[name=q]", "Novaria")
    page.select_option("form.search select[name=kind]", "entity")
    page.click("form.search button")
    page.wait_for_url("**/search?q=Novaria*")
    hits = page.locator("ol.hits li.entity a")
    assert hits.count() >= 1
    page.click(f"ol.hits a[href='/entities/{NOVARIA.id}']")
    page.wait_for_url(f"**/entities/{NOVARIA.id}")
    assert page.inner_text("#entity-name") == NOVARIA.name
    rows = page.locator("table.claims tr.claim")
    assert rows.count() == 3
    assert "denied by Tarsis" in page.inner_text("#claims")
    assert page.locator("ol.timeline li").count() == 2
    shot = tmp_path / "dossier.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    target = os.environ.get("ARMSTRACE_SCREENSHOT")
    if target:
        shutil.copyfile(shot, target)


def test_filter_sort_and_download_transfers(page: Any, server: str, tmp_path: Path) -> None:
    page.goto(server + "/transfers")
    assert page.inner_text("#transfer-count") == "5"
    page.fill("#transfer-filters input[name=recipient]", "kestrel")
    page.click("#transfer-filters button")
    page.wait_for_url("**recipient=kestrel*")
    assert page.inner_text("#transfer-count") == "2"
    assert page.locator("#transfers tbody tr").count() == 2
    page.click("#transfers thead a:has-text('Quantity')")
    page.wait_for_url("**sort=quantity*")
    page.click("#transfers thead a:has-text('Quantity')")
    page.wait_for_url("**desc=1*")
    first = page.locator("#transfers tbody tr").first.inner_text()
    assert "40" in first
    with page.expect_download() as info:
        page.click("#csv-download")
    saved = tmp_path / "transfers.csv"
    info.value.save_as(str(saved))
    rows = list(csv.DictReader(io.StringIO(saved.read_text())))
    assert [r["recipient"] for r in rows] == [KESTREL.name, KESTREL.name]
    assert [r["quantity"] for r in rows] == ["40.0", "12.0"]


def test_review_a_claim_without_then_with_the_token(page: Any, server: str) -> None:
    claim = corpus()[0]
    page.goto(server + f"/entities/{NOVARIA.id}")
    page.click("tr.claim a.review-link >> nth=0")
    page.wait_for_url("**/review?claim=*")
    claim_url = page.url
    page.check("#claim-review input[value=reject]")
    page.click("#claim-review button")
    assert "Not allowed" in page.inner_text("h1")  # 401: no token, nothing recorded
    page.goto(claim_url)
    assert page.locator("#reviews tbody tr").count() == 0
    page.fill("#login input[name=token]", "not-the-token")
    page.click("#login button")
    assert "Wrong token" in page.inner_text("main")
    page.goto(claim_url)
    page.fill("#login input[name=token]", TOKEN)
    page.click("#login button")
    page.wait_for_url("**/review?claim=*")
    assert page.locator("#login").count() == 0
    page.check("#claim-review input[value=reject]")
    page.fill("#claim-review input[name=note]", "the ministry retracted this")
    page.click("#claim-review button")
    page.wait_for_url("**done=*")
    assert "Recorded review" in page.inner_text("#review-done")
    assert page.locator("#reviews tbody tr").count() == 1
    page.goto(server + f"/entities/{NOVARIA.id}")
    assert page.locator(".badge.analyst.rejected").count() == 1
    assert "the ministry retracted this" in page.inner_text("#claims")
    assert claim.document.id in page.content()


def test_script_injection_article_renders_inert(page: Any, server: str) -> None:
    hostile = corpus()[3].document.id
    for path in (
        f"/documents/{hostile}",
        f"/entities/{EVIL.id}",
        "/transfers",
        f"/graph/{TARSIS.id}",
    ):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("main img").count() == 0, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        inline = page.evaluate(
            "Array.from(document.scripts).filter(s => !s.src && s.type !== 'application/json')"
            ".length"
        )
        assert inline == 0, path
    page.goto(server + f"/documents/{hostile}")
    text = page.inner_text("#article-text")
    assert "<script>window.__xss=3</script>" in text
    assert 'onerror="window.__xss=1"' in text
    page.hover("#article-text")
    page.click("text=the leaked contract")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []


def test_network_is_drawn_with_the_vendored_library(page: Any, server: str) -> None:
    page.goto(server + f"/graph/{NOVARIA.id}")
    page.wait_for_selector("#graph[data-drawn]")
    assert page.get_attribute("#graph", "data-drawn") == "3"
    assert page.locator("#graph canvas").count() >= 1
    assert page.evaluate("typeof cytoscape") == "function"
    assert page.locator("table.edges tbody tr").count() == 2

"""The pages, rendered in-process: content, escaping, the token gate, login and CSRF."""

from __future__ import annotations

import re
import urllib.parse

import pytest

from tests.api.asgi_client import AsgiClient
from tests.services.workbench_corpus import EVIL, NOVARIA, NOVARIA_DUP, TARSIS, corpus
from tests.web.conftest import TOKEN

HOSTILE = corpus()[3].document.id
CSRF = re.compile(r'name="csrf" value="([0-9a-f]*)"')


def _signed_in(client: AsgiClient) -> str:
    """Log in through the form; the CSRF token the next page carries."""
    response = client.post("/login", data={"token": TOKEN, "next": "/review"})
    assert response.status_code == 303
    page = client.get("/review").text
    found = CSRF.search(page)
    assert found and found.group(1)
    return found.group(1)


def test_home_lists_entities_and_articles(client: AsgiClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert f'href="/entities/{NOVARIA.id}"' in page.text
    assert "Drones reach Kestrel" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


def test_search_page(client: AsgiClient) -> None:
    page = client.get("/search", params={"q": "Falcon", "kind": "claim"}).text
    assert page.count('class="hit claim"') == 2
    assert client.get("/search", params={"q": "Tarsis"}).text.count(f"/entities/{TARSIS.id}") >= 1
    assert "result" not in client.get("/search").text


def test_dossier_groups_claims_and_shows_sources(client: AsgiClient) -> None:
    page = client.get(f"/entities/{NOVARIA.id}").text
    assert '<h1 id="entity-name">Novaria Dynamics</h1>' in page
    assert 'id="type-transfer"' in page
    assert "Kestrel Defence Ministry" in page  # the source, by name
    assert "denied by Tarsis" in page
    assert "Falcon-7 drones" in page
    assert "<time>2023-03</time>" in page
    assert 'id="sanction-status">not screened<' in page
    assert client.get("/entities/Atlantis").status_code == 404


def test_document_highlights_mentions_and_evidence(client: AsgiClient) -> None:
    doc = corpus()[0].document
    page = client.get(f"/documents/{doc.id}").text
    assert page.count(f'class="mention organization" href="/entities/{NOVARIA.id}"') == 2
    assert page.count('<mark class="evidence" id="claim-') == 2
    assert doc.content_hash in page
    assert "Harbour Gazette" in page
    assert client.get("/documents/doc-nope").status_code == 404


def test_hostile_article_is_inert(client: AsgiClient) -> None:
    for url in (
        f"/documents/{HOSTILE}",
        f"/entities/{EVIL.id}",
        "/transfers",
        f"/graph/{TARSIS.id}",
    ):
        page = client.get(url).text
        body = page.split("<main>", 1)[1]
        assert "<script>window" not in body, url
        assert "<img" not in body, url
        assert 'href="javascript:' not in body, url
        assert "<b onmouseover" not in body, url
    page = client.get(f"/documents/{HOSTILE}").text
    assert "&lt;script&gt;window.__xss=3&lt;/script&gt;" in page
    assert "javascript:window.__xss=4" in page  # shown as text, not as a link


def test_transfers_filter_sort_and_csv(client: AsgiClient) -> None:
    page = client.get("/transfers", params={"recipient": "kestrel"}).text
    assert '<span id="transfer-count">2</span>' in page
    assert "sort=supplier" in page
    link = re.search(r'id="csv-download" href="([^"]+)"', page)
    assert link
    csv_url = link.group(1).replace("&amp;", "&")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(csv_url).query)["recipient"] == ["kestrel"]
    csv = client.get(csv_url)
    assert csv.headers["content-type"].startswith("text/csv")
    assert len(csv.text.strip().splitlines()) == 3
    down = client.get("/transfers", params={"sort": "quantity", "desc": "1"}).text
    assert down.index(">40<") < down.index(">12<") < down.index(">3<")
    assert client.get("/transfers", params={"sort": "nonsense"}).status_code == 400


def test_graph_page_embeds_data_as_json_not_code(client: AsgiClient) -> None:
    page = client.get(f"/graph/{TARSIS.id}").text
    assert '<script src="/static/vendor/cytoscape.min.js" defer></script>' in page
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert block
    assert "<" not in block.group(1)
    assert EVIL.id in block.group(1)
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200
    assert client.get("/graph/nobody").status_code == 404


@pytest.mark.parametrize(
    "path", ["/review/claim", "/review/entities", "/sources/upload", "/sources/url", "/logout"]
)
def test_forms_without_a_session_are_401(client: AsgiClient, path: str) -> None:
    response = client.post(path, data={"claim": "1", "action": "accept"})
    assert response.status_code == 401
    assert "text/html" in response.headers["content-type"]


def test_login_rejects_wrong_token_and_cross_site(client: AsgiClient) -> None:
    assert client.post("/login", data={"token": "guess"}).status_code == 401
    cross = client.post("/login", data={"token": TOKEN}, headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    fetched = client.post("/login", data={"token": TOKEN}, headers={"Sec-Fetch-Site": "cross-site"})
    assert fetched.status_code == 403
    assert not client.cookies.get("armstrace_session")


def test_review_form_needs_csrf(client: AsgiClient) -> None:
    csrf = _signed_in(client)
    missing = client.post("/review/claim", data={"claim": "1", "action": "accept"})
    assert missing.status_code == 403
    wrong = client.post("/review/claim", data={"claim": "1", "action": "accept", "csrf": "0" * 64})
    assert wrong.status_code == 403
    ok = client.post(
        "/review/claim",
        data={"claim": "1", "action": "correct", "fix_quantity": "13", "csrf": csrf},
    )
    assert ok.status_code == 303
    assert ok.headers["location"].startswith("/review?claim=1&done=")
    page = client.get("/review?claim=1").text
    assert "analyst: corrected" in page
    assert "quantity → 13.0" in page


def test_merge_through_the_form(client: AsgiClient) -> None:
    csrf = _signed_in(client)
    done = client.post(
        "/review/entities",
        data={"action": "merge", "entity": NOVARIA_DUP.id, "into": NOVARIA.name, "csrf": csrf},
    )
    assert done.status_code == 303
    assert client.get(f"/entities/{NOVARIA_DUP.id}").text.count("merged into") == 1
    assert "analyst merged in" in client.get(f"/entities/{NOVARIA.id}").text
    bad = client.post("/review/entities", data={"action": "merge", "entity": "x", "csrf": csrf})
    assert bad.status_code == 400


def test_header_token_needs_no_csrf(client: AsgiClient) -> None:
    response = client.post(
        "/review/claim",
        data={"claim": "2", "action": "reject"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 303
    assert "analyst: rejected" in client.get("/review?claim=2").text


def test_sources_page_and_refused_url(client: AsgiClient) -> None:
    assert "sign in" in client.get("/sources").text
    csrf = _signed_in(client)
    assert 'enctype="multipart/form-data"' in client.get("/sources").text
    refused = client.post("/sources/url", data={"url": "http://127.0.0.1/x", "csrf": csrf})
    assert refused.status_code == 400
    assert "loopback" in refused.text
    assert client.get("/sources/jobs/none").status_code == 404

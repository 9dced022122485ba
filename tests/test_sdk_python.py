"""A Python client generated from the committed openapi.yaml works against gunicorn on 127.0.0.1.

openapi-python-client (pinned in requirements.txt) writes the package offline; it goes into a temporary
directory put on sys.path, like an installed dependency, and never into the project or the venv.
"""
import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "article_facts_client"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory):
    """Generate the client into a temporary site directory and import it from there."""
    work = tmp_path_factory.mktemp("sdk")
    (work / "config.yaml").write_text(f"project_name_override: article-facts-client\npackage_name_override: {PACKAGE}\n")
    site = work / "site"
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bin_dir / "openapi-python-client"), "generate", "--path", str(ROOT / "openapi.yaml"),
         "--config", str(work / "config.yaml"), "--meta", "none", "--output-path", str(site / PACKAGE)],
        capture_output=True, text=True, timeout=120, cwd=work,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(work)},  # the generator runs ruff from PATH
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout + result.stderr, result.stdout + result.stderr
    sys.path.insert(0, str(site))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(site))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def api(sdk, live_server):
    client = sdk.Client(base_url=live_server.url, raise_on_unexpected_status=True, timeout=30)
    with client as opened:
        yield opened


def test_list_articles(sdk, api):
    from article_facts_client.api.articles import list_articles
    from article_facts_client.models import Article, ArticlePage

    page = list_articles.sync(client=api, limit=5)
    assert isinstance(page, ArticlePage)
    assert 1 <= len(page.items) <= 5 and all(isinstance(a, Article) for a in page.items)
    assert page.items[0].quote_count >= 0 and page.items[0].sha256


def test_page_through_quotes_with_the_cursor(sdk, api, live_server):
    from article_facts_client.api.quotes import list_quotes
    from article_facts_client.types import UNSET

    ids, cursor, pages = [], UNSET, 0
    while True:
        page = list_quotes.sync(client=api, limit=7, cursor=cursor)
        ids += [quote.id for quote in page.items]
        pages += 1
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert pages > 1 and len(ids) == len(set(ids))
    exported = requests.get(live_server.url + "/v1/export/quotes", timeout=30).text.splitlines()
    assert len(ids) == len(exported)


def test_get_one_quote(sdk, api):
    from article_facts_client.api.quotes import get_quote, list_quotes
    from article_facts_client.models import Quote

    first = list_quotes.sync(client=api, limit=1).items[0]
    quote = get_quote.sync(client=api, quote_id=first.id)
    assert isinstance(quote, Quote)
    assert quote.id == first.id and quote.text == first.text
    assert quote.span.end - quote.span.start == len(quote.text)
    assert all(speaker.id and speaker.name for speaker in quote.speakers)


def test_404_is_a_typed_problem(sdk, api):
    from article_facts_client.api.quotes import get_quote
    from article_facts_client.models import Problem

    response = get_quote.sync_detailed(client=api, quote_id="q_does_not_exist")
    assert response.status_code == 404
    assert isinstance(response.parsed, Problem)
    assert response.parsed.status == 404 and response.parsed.title == "Not Found"
    assert "q_does_not_exist" in response.parsed.detail


def test_export_and_422_through_the_client(sdk, api):
    from article_facts_client.api.export import export_claims
    from article_facts_client.api.quotes import list_quotes
    from article_facts_client.models import ExportClaimsFormat, Problem

    csv_text = export_claims.sync(client=api, format_=ExportClaimsFormat.CSV)
    assert csv_text.startswith("id,article_id,text,span_start,span_end,")
    bad = list_quotes.sync_detailed(client=api, cursor="not-a-cursor")
    assert bad.status_code == 422 and isinstance(bad.parsed, Problem) and "cursor" in bad.parsed.errors.to_dict()["query"]

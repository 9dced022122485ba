"""Bulk export: every row, the JSON API's fields, NDJSON and CSV, negotiation, caching, compression, memory."""
import csv
import gzip
import io
import json
import shutil
import sqlite3
import tracemalloc

import pytest
import requests
from helpers import assert_problem

from app import create_app
from db import connect_readonly
from db.export import iter_rows

TABLES = ("articles", "sources", "quotes", "claims")


def all_pages(client, path: str) -> list[dict]:
    items, url = [], f"{path}?limit=100"
    while url:
        body = client.get(url).get_json()
        items += body["items"]
        url = f"{path}?limit=100&cursor={body['next_cursor']}" if body["next_cursor"] else None
    return items


def ndjson(rv) -> list[dict]:
    return [json.loads(line) for line in rv.get_data(as_text=True).splitlines()]


@pytest.mark.parametrize("table", TABLES)
def test_ndjson_is_every_row_of_the_json_api_in_order(corpus_client, table):
    rv = corpus_client.get(f"/v1/export/{table}")
    assert rv.status_code == 200
    assert rv.mimetype == "application/x-ndjson"
    assert rv.is_streamed
    exported = ndjson(rv)
    assert exported, table
    assert exported == all_pages(corpus_client, f"/v1/{table}")


@pytest.mark.parametrize("table", TABLES)
def test_csv_has_every_row_flattened(corpus_client, table):
    rv = corpus_client.get(f"/v1/export/{table}?format=csv")
    assert rv.status_code == 200 and rv.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(rv.get_data(as_text=True), newline="")))
    api = all_pages(corpus_client, f"/v1/{table}")
    assert [r["id"] for r in rows] == [item["id"] for item in api]
    for row, item in zip(rows, api):
        for key, value in item.items():
            if isinstance(value, dict) or key in ("speakers", "claimant"):
                continue
            expected = "" if value is None else json.dumps(value, ensure_ascii=False) if isinstance(value, list) \
                else str(value).lower() if isinstance(value, bool) else str(value)
            assert row[key] == expected, (table, key)


def test_csv_flattens_spans_speakers_and_claimants(corpus_client):
    quotes = list(csv.DictReader(io.StringIO(corpus_client.get("/v1/export/quotes?format=csv").get_data(as_text=True))))
    api = {q["id"]: q for q in all_pages(corpus_client, "/v1/quotes")}
    assert {"span_start", "span_end", "speaker_ids", "speaker_names"} <= set(quotes[0])
    assert "span" not in quotes[0] and "speakers" not in quotes[0]
    for row in quotes:
        quote = api[row["id"]]
        assert (int(row["span_start"]), int(row["span_end"])) == (quote["span"]["start"], quote["span"]["end"])
        assert json.loads(row["speaker_ids"]) == [s["id"] for s in quote["speakers"]]
        assert json.loads(row["speaker_names"]) == [s["name"] for s in quote["speakers"]]
        assert row["partial"] in ("true", "false")
    claims = list(csv.DictReader(io.StringIO(corpus_client.get("/v1/export/claims?format=csv").get_data(as_text=True))))
    api_claims = {c["id"]: c for c in all_pages(corpus_client, "/v1/claims")}
    for row in claims:
        claimant = api_claims[row["id"]]["claimant"]
        assert row["claimant_id"] == (claimant["id"] if claimant else "")
        assert row["claimant_name"] == (claimant["name"] if claimant else "")


@pytest.mark.parametrize("headers, query, mimetype", [
    ({}, "", "application/x-ndjson"),
    ({"Accept": "*/*"}, "", "application/x-ndjson"),
    ({"Accept": "text/csv"}, "", "text/csv"),
    ({"Accept": "application/json;q=0.9, text/csv;q=0.5"}, "", "text/csv"),
    ({"Accept": "application/x-ndjson"}, "", "application/x-ndjson"),
    ({"Accept": "text/csv"}, "?format=ndjson", "application/x-ndjson"),
    ({"Accept": "application/json"}, "?format=csv", "text/csv"),
])
def test_format_from_query_or_accept(client, headers, query, mimetype):
    rv = client.get("/v1/export/quotes" + query, headers=headers)
    assert rv.status_code == 200 and rv.mimetype == mimetype


def test_bad_format_and_unacceptable_accept_are_problems(client):
    assert_problem(client.get("/v1/export/quotes?format=xml"), 422)
    assert_problem(client.get("/v1/export/quotes?colour=red"), 422)
    assert_problem(client.get("/v1/export/quotes", headers={"Accept": "application/json"}), 406)
    assert_problem(client.get("/v1/export/speeches"), 404)
    assert_problem(client.post("/v1/export/quotes"), 405)


def test_export_etag_304_head_and_cors(client):
    rv = client.get("/v1/export/claims?format=csv")
    etag = rv.headers["ETag"]
    assert etag.startswith('"') and "Accept" in rv.headers["Vary"]
    assert rv.headers["Access-Control-Allow-Origin"] == "*"
    assert "max-age=" in rv.headers["Cache-Control"]
    again = client.get("/v1/export/claims?format=csv", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert client.get("/v1/export/claims?format=ndjson").headers["ETag"] != etag
    head = client.head("/v1/export/claims?format=csv")
    assert head.status_code == 200 and head.data == b"" and head.headers["ETag"] == etag


def test_streamed_export_is_compressed_and_304s_on_the_compressed_tag(corpus_client):
    plain = corpus_client.get("/v1/export/quotes").data
    rv = corpus_client.get("/v1/export/quotes", headers={"Accept-Encoding": "gzip"})
    assert rv.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in rv.headers["Vary"]
    assert gzip.decompress(rv.data) == plain and len(rv.data) < len(plain)
    etag = rv.headers["ETag"]
    assert etag.endswith(':gzip"') and not etag.startswith("W/")
    again = corpus_client.get("/v1/export/quotes", headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
    assert again.status_code == 304 and again.headers["ETag"] == etag and again.data == b""


def test_export_of_a_missing_database_is_503(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "absent.db")})
    assert_problem(app.test_client().get("/v1/export/quotes"), 503)


def test_iter_rows_reads_in_batches(corpus_db):
    db = connect_readonly(str(corpus_db))
    rows = iter_rows(db, "quotes", batch_size=2)
    first = next(rows)
    assert set(first) >= {"id", "speakers", "span"}
    assert len(list(rows)) + 1 == db.execute("select count(*) from quotes where is_speech = 1").fetchone()[0]
    db.close()


@pytest.fixture(scope="module")
def big_db(corpus_db, tmp_path_factory):
    """The corpus with its quotes copied until there are over 20,000 speech quotes: a multi-megabyte export."""
    path = tmp_path_factory.mktemp("big") / "facts.db"
    shutil.copy(corpus_db, path)
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("pragma table_info(quotes)")]
    base = conn.execute("select count(*) from quotes where is_speech = 1").fetchone()[0]
    copies = 20_000 // base + 1
    select = ", ".join("q.id || '-' || n.n" if c == "id" else "q.seq + n.n * 100000" if c == "seq" else f"q.[{c}]"
                       for c in columns)
    with conn:
        conn.execute(f"""insert into quotes ({", ".join(f"[{c}]" for c in columns)})
            with recursive n(n) as (select 1 union all select n + 1 from n where n < {copies})
            select {select} from quotes q, n""")
        conn.execute("""insert into quote_speakers (quote_id, source_id, position)
            select q.id, qs.source_id, qs.position from quotes q
            join quote_speakers qs on qs.quote_id = substr(q.id, 1, instr(q.id, '-') - 1) where q.id like '%-%'""")
    conn.close()
    return path


def test_export_streams_in_constant_memory(big_db):
    client = create_app({"TESTING": True, "DATABASE": str(big_db)}).test_client()
    tracemalloc.start()
    try:
        rv = client.get("/v1/export/quotes", buffered=False)
        total = lines = 0
        for chunk in rv.response:
            total += len(chunk)
            lines += chunk.count(b"\n")
        rv.close()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert lines > 20_000 and total > 5_000_000
    assert peak < total / 5, f"peak {peak} bytes while streaming {total} bytes"


def test_export_streams_chunked_over_gunicorn(live_server):
    with requests.get(live_server.url + "/v1/export/quotes", stream=True, timeout=30) as rv:
        assert rv.status_code == 200
        assert rv.headers["Content-Type"] == "application/x-ndjson"
        assert rv.headers.get("Transfer-Encoding") == "chunked" and "Content-Length" not in rv.headers
        rows = [json.loads(line) for line in rv.iter_lines() if line]
    listed = requests.get(live_server.url + "/v1/quotes?limit=100", timeout=30).json()["items"]
    assert [r["id"] for r in rows[:len(listed)]] == [q["id"] for q in listed]

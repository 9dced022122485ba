"""Re-import while serving: a bounded load runs against gunicorn while the importer swaps the file."""
import threading
import time

import requests

from conftest import GOLD_DIR
from helpers import LiveServer
from seeds.importer import default_seed_files, import_files

MAX_REQUESTS_PER_THREAD = 3000
SWAPS = 6


def test_no_failed_request_and_no_mixed_build(tmp_path):
    small = default_seed_files()
    large = small + sorted(GOLD_DIR.glob("*.txt"))
    target = tmp_path / "facts.db"
    builds = {}
    for files in (small, large):
        summary = import_files(files, target)
        builds[summary["build_id"]] = len(files)
    server = LiveServer(target, tmp_path)
    results, errors = [], []
    done = threading.Event()

    def load():
        session = requests.Session()
        for _ in range(MAX_REQUESTS_PER_THREAD):
            if done.is_set():
                break
            try:
                rv = session.get(server.url + "/v1/articles?limit=100", timeout=10)
                results.append((rv.status_code, rv.headers.get("X-Build-Id"), len(rv.json()["items"])))
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none hidden
                errors.append(repr(exc))

    try:
        threads = [threading.Thread(target=load) for _ in range(2)]
        for t in threads:
            t.start()
        for i in range(SWAPS):
            time.sleep(0.2)
            import_files(small if i % 2 == 0 else large, target)
        time.sleep(0.2)
        done.set()
        for t in threads:
            t.join(timeout=120)
    finally:
        server.stop()
    assert not errors
    assert len(results) >= 50
    assert all(status == 200 for status, _, _ in results)
    for _, build_id, n_articles in results:
        assert builds[build_id] == n_articles, "a response mixed two builds"
    assert len({b for _, b, _ in results}) == 2, "the load never saw a swap"

"""Assertions and servers shared by the test modules."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def assert_problem(response, status: int) -> dict:
    """Every error is problem+json with type, title, status and detail, and never leaks a traceback."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.get_json(force=True)
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """gunicorn with 2 sync workers on a free loopback port, stopped by its own PID."""

    def __init__(self, db_path: Path, log_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(log_dir / "gunicorn.log", "w")
        env = dict(os.environ, FACTS_DB=str(db_path))
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--no-control-socket", "--timeout", "30", "app:app"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not become ready in 30 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.log.close()


def served_speakers(raw: str) -> dict[str, list[str]]:
    """{quote text: [speaker names]} for the speech quotes of a raw article, as the attribution tests read them."""
    from seeds.evaluate import predict

    _, quotes, sources = predict(raw)
    by_key = {s.key: s for s in sources}
    return {q.text: [by_key[k].name for k in q.speakers] for q in quotes if q.is_speech}


"""Serving benchmark for `make bench`: our API vs bare Flask vs Datasette, side by side in one run.

On the scale database (bench/build_scale_db.py: 1,000 articles, 100,000 quotes, 200,000 claims) it starts
  ours     gunicorn app:app                (2 sync workers, 127.0.0.1, --no-control-socket, gunicorn.conf.py)
  bare     gunicorn bench.bare_flask:app   (same settings; same SQL through db/queries.py, json.dumps, nothing else)
  ds       datasette serve -i facts.db     (its own uvicorn server on 127.0.0.1; bench/requirements.txt venv)
  ds-lean  the same Datasette, with _nocount=1&_nosuggest=1 on every URL
each in its own process group, and for every endpoint runs wrk (1 thread, 2 connections, DURATION seconds,
after a 1 s warm-up) with bench/rotate.lua cycling through hundreds of ids, article filters, search words or
verify bodies. Server CPU per request is the change in utime+stime (/proc/<pid>/stat) summed over the server's
process group (master and workers), divided by the requests wrk completed. Prints the table; asserts nothing.

Equivalent URLs:
  get-by-id  /v1/quotes/{id}                     /facts/quotes/{id}.json
  list (50)  /v1/quotes?article={a}&limit=50     /facts/quotes.json?article_id={a}&_size=50
  search     /v1/search?q={w}&type=quote&limit=20  /facts/quotes.json?_search={w}&_size=20
  verify     POST /v1/quotes/verify (ours and bare only; Datasette has nothing like it)
Usage: python bench/serve_bench.py [--duration SECONDS] [--only ours,bare,ds] [--endpoints get,list,search,verify]
                                   [--variant LABEL="GUNICORN FLAGS" ...]
--variant starts another ours/bare pair with extra gunicorn flags on top of gunicorn.conf.py (e.g.
gthread="-k gthread --threads 2 --keep-alive 5") and measures it in the same run, so a serving setting is
compared with the current one under the same machine load; each pair gets its own table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.build_scale_db import CACHE, scale_db, vocabulary  # noqa: E402

VENV_BIN = Path(sys.executable).parent
BENCH_VENV_BIN = CACHE / "venv" / "bin"
LUA = ROOT / "bench" / "rotate.lua"
CLK_TCK = os.sysconf("SC_CLK_TCK")
SEED = 7
N_ROTATE = 500
ENDPOINTS = ("get", "list", "search", "verify")
LABELS = {"get": "get-by-id", "list": "list 50 rows", "search": "search (20)", "verify": "verify (POST)"}
LEAN = "_nocount=1&_nosuggest=1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A server in its own process group, stopped by its PID; CPU read from /proc for the whole group."""

    def __init__(self, name: str, argv: list[str], env: dict, ready_path: str):
        self.name, self.port = name, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        argv = [a.replace("{port}", str(self.port)) for a in argv]
        self.log = open(CACHE / f"{name}.log", "w")
        self.proc = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **env}, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + ready_path, timeout=5) as rv:
                    if rv.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{name} did not start; see {self.log.name}")

    def pids(self) -> list[int]:
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[2]) == self.proc.pid:  # field 5 (pgrp), counted after the ")"
                    found.append(int(entry))
        return found

    def cpu_seconds(self) -> float:
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        return total / CLK_TCK

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.log.close()


def request_files(db_path: Path) -> dict[str, dict[str, Path]]:
    """Per endpoint and flavour ("api" for ours and bare, "ds", "ds-lean"), a file of requests for rotate.lua."""
    import sqlite3

    rng = random.Random(SEED)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    quote_ids = [r[0] for r in conn.execute("select id from quotes order by id")]
    article_ids = [r[0] for r in conn.execute("select id from articles order by id")]
    ids = rng.sample(quote_ids, N_ROTATE)
    articles = rng.sample(article_ids, N_ROTATE)
    stop = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "said", "it", "with", "as", "was", "he"}
    vocab = [w for w in vocabulary()[20:3000] if w.isalpha() and w.lower() not in stop]
    words = [w.lower() for w in rng.sample(vocab, N_ROTATE)]
    bodies = verify_bodies(conn, rng, quote_ids)
    conn.close()
    lines = {
        "get": {"api": [f"GET\t/v1/quotes/{i}" for i in ids],
                "ds": [f"GET\t/facts/quotes/{i}.json" for i in ids],
                "ds-lean": [f"GET\t/facts/quotes/{i}.json?{LEAN}" for i in ids]},
        "list": {"api": [f"GET\t/v1/quotes?article={a}&limit=50" for a in articles],
                 "ds": [f"GET\t/facts/quotes.json?article_id={a}&_size=50" for a in articles],
                 "ds-lean": [f"GET\t/facts/quotes.json?article_id={a}&_size=50&{LEAN}" for a in articles]},
        "search": {"api": [f"GET\t/v1/search?q={w}&type=quote&limit=20" for w in words],
                   "ds": [f"GET\t/facts/quotes.json?_search={w}&_size=20" for w in words],
                   "ds-lean": [f"GET\t/facts/quotes.json?_search={w}&_size=20&{LEAN}" for w in words]},
        "verify": {"api": [f"POST\t/v1/quotes/verify\t{json.dumps(b, ensure_ascii=False)}" for b in bodies]},
    }
    out: dict[str, dict[str, Path]] = {}
    for endpoint, flavours in lines.items():
        for flavour, reqs in flavours.items():
            path = CACHE / f"requests-{endpoint}-{flavour}.txt"
            path.write_text("\n".join(reqs) + "\n", encoding="utf-8")
            out.setdefault(endpoint, {})[flavour] = path
    return out


def verify_bodies(conn, rng: random.Random, quote_ids: list[str]) -> list[dict]:
    """bench/verify_bench.py's mix: exact, 6-word part, changed number, added "not", wrong speaker, scrambled."""
    bodies = []
    for i in range(N_ROTATE):
        text, speaker, name = conn.execute(
            "select q.text, s.id, s.name from quotes q join quote_speakers qs on qs.quote_id = q.id "
            "join sources s on s.id = qs.source_id where q.id = ? order by qs.position limit 1",
            [rng.choice(quote_ids)]).fetchone()
        ws = text.split()
        kind = i % 6
        if kind == 1 and len(ws) > 8:
            a = rng.randrange(len(ws) - 6)
            ws = ws[a:a + 6]
        elif kind == 2:
            ws[rng.randrange(len(ws))] = "2025"
        elif kind == 3:
            ws.insert(rng.randrange(len(ws)), "not")
        elif kind == 5:
            rng.shuffle(ws)
        body = {"text": "“" + " ".join(ws) + "”"}
        if kind == 4:
            body["speaker"] = "Anna Abbott" if name != "Anna Abbott" else "Ben Abbott"
        elif i % 2:
            body["speaker"] = name if i % 4 == 1 else speaker
        bodies.append(body)
    return bodies


def wrk(url: str, requests_file: Path, seconds: float) -> dict:
    argv = ["wrk", "-t1", "-c2", f"-d{seconds}s", "--timeout", "10s", "-s", str(LUA), url, "--", str(requests_file)]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60).stdout
    match = re.search(r"BENCH-JSON (\{.*\})", out)
    if not match:
        raise RuntimeError(f"wrk gave no summary:\n{out}")
    return json.loads(match.group(1))


def measure(server: Server, requests_file: Path, seconds: float) -> dict:
    wrk(server.url, requests_file, 1)  # warm-up: page cache, code paths, connection set-up
    cpu0, t0 = server.cpu_seconds(), time.monotonic()
    result = wrk(server.url, requests_file, seconds)
    cpu = server.cpu_seconds() - cpu0
    n = max(result["requests"], 1)
    result.update(cpu_ms=cpu * 1000 / n, rps=result["requests"] / (result["duration_us"] / 1e6),
                  wall=time.monotonic() - t0)
    return result


def start_servers(db_path: Path, which: list[str], variants: dict[str, list[str]]) -> dict[str, Server]:
    """ours and bare under gunicorn.conf.py (plus, per variant, the same two with that variant's extra flags)."""
    gunicorn = [str(VENV_BIN / "gunicorn"), "--workers", "2", "--bind", "127.0.0.1:{port}", "--no-control-socket"]
    servers = {}
    try:
        for suffix, extra in [("", [])] + [(f"[{label}]", flags) for label, flags in variants.items()]:
            if "ours" in which:
                servers["ours" + suffix] = Server("ours" + suffix, gunicorn + extra + ["app:app"],
                                                  {"FACTS_DB": str(db_path)}, "/healthz")
            if "bare" in which:
                servers["bare" + suffix] = Server("bare" + suffix, gunicorn + extra + ["bench.bare_flask:app"],
                                                  {"FACTS_DB": str(db_path)}, "/v1/quotes?limit=1")
        if "ds" in which:
            link = CACHE / "facts.db"  # Datasette names the database after the file: /facts/...
            if link.is_symlink() or link.exists():
                link.unlink()
            link.symlink_to(db_path.name)
            servers["ds"] = Server("datasette", [str(BENCH_VENV_BIN / "datasette"), "serve", "-i", str(link),
                                                 "--host", "127.0.0.1", "--port", "{port}"], {}, "/facts.json")
    except BaseException:
        for server in servers.values():
            server.stop()
        raise
    return servers


def fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def ratio(a: dict | None, b: dict | None) -> float | None:
    return a["cpu_ms"] / b["cpu_ms"] if a and b and b["cpu_ms"] > 0 else None


def report(results: dict, seconds: float, db_path: Path, variants: dict[str, list[str]]) -> str:
    lines = [
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}: {os.cpu_count()} CPUs "
        f"({cpu_model()}), Linux {platform.release()}, Python {platform.python_version()}; "
        f"db {db_path.name} ({db_path.stat().st_size / 1e6:.0f} MB); wrk -t1 -c2 -d{seconds:g}s per cell; "
        f"load average {os.getloadavg()[0]:.1f}",
    ]
    for suffix, title in [("", f"gunicorn.conf.py ({gunicorn_settings()})")] + [
            (f"[{label}]", f"variant {label}: gunicorn.conf.py + {shlex.join(flags)}") for label, flags in variants.items()]:
        lines += ["", f"ours and bare under {title}:", ""]
        lines += table(results, suffix)
    lines.append("")
    for who in [w + suffix for suffix in [""] + [f"[{label}]" for label in variants] for w in ("ours", "bare")]:
        v = results.get(("verify", who))
        if v:
            lines.append(f"verify latency ({who}, wrk, 2 connections): p50 {v['p50_us'] / 1000:.1f} ms, "
                         f"p95 {v['p95_us'] / 1000:.1f} ms (goal <= 20 ms), p99 {v['p99_us'] / 1000:.1f} ms, "
                         f"max {v['max_us'] / 1000:.1f} ms")
    bad = [(k, r["status_errors"], r["socket_errors"]) for k, r in results.items()
           if r["status_errors"] or r["socket_errors"]]
    lines.append("non-2xx or socket errors: " + (", ".join(f"{e}/{w}: {s} status, {x} socket" for (e, w), s, x in bad)
                                                 if bad else "none"))
    return "\n".join(lines)


def gunicorn_settings() -> str:
    """The serving settings gunicorn.conf.py sets, as one line for the report."""
    conf: dict = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), conf)
    keys = ("workers", "worker_class", "threads", "keepalive", "worker_connections", "accesslog", "max_requests")
    return ", ".join(f"{k}={conf[k]!r}" for k in keys if k in conf)


def table(results: dict, suffix: str) -> list[str]:
    def cell(endpoint, who):
        return results.get((endpoint, who))

    lines = [
        "| endpoint | ours CPU ms/req | ours req/s | bare CPU ms/req | bare req/s | Datasette CPU ms/req | Datasette req/s "
        "| lean Datasette CPU ms/req | lean req/s | ours/bare (goal <= 1.3) | Datasette/ours | lean Datasette/ours |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for endpoint in ENDPOINTS:
        o, b, d, dl = (cell(endpoint, w) for w in ("ours" + suffix, "bare" + suffix, "ds", "ds-lean"))
        if not any((o, b, d, dl)):
            continue
        goal_ds = " (goal >= 5)" if endpoint == "get" else ""
        goal_lean = " (goal >= 10)" if endpoint in ("list", "search") else ""
        lines.append(
            f"| {LABELS[endpoint]} | {fmt(o and o['cpu_ms'], '.2f')} | {fmt(o and o['rps'], '.0f')} "
            f"| {fmt(b and b['cpu_ms'], '.2f')} | {fmt(b and b['rps'], '.0f')} "
            f"| {fmt(d and d['cpu_ms'], '.2f')} | {fmt(d and d['rps'], '.0f')} "
            f"| {fmt(dl and dl['cpu_ms'], '.2f')} | {fmt(dl and dl['rps'], '.0f')} "
            f"| {fmt(ratio(o, b), '.2f')} | {fmt(ratio(d, o), '.1f')}{goal_ds if d else ''} "
            f"| {fmt(ratio(dl, o), '.1f')}{goal_lean if dl else ''} |")
    return lines


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--only", default="ours,bare,ds")
    parser.add_argument("--endpoints", default=",".join(ENDPOINTS))
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=FLAGS",
                        help="also run ours and bare with these extra gunicorn flags (e.g. 'sync=-k sync'), "
                             "side by side with the gunicorn.conf.py pair in the same run; repeatable")
    args = parser.parse_args()
    which = args.only.split(",")
    variants = {label: shlex.split(flags) for label, flags in (v.split("=", 1) for v in args.variant)}
    endpoints = [e for e in ENDPOINTS if e in args.endpoints.split(",")]
    db_path = scale_db()
    files = request_files(db_path)
    servers = start_servers(db_path, which, variants)
    results = {}
    try:
        for endpoint in endpoints:
            pairs = [(w + suffix, "api") for suffix in [""] + [f"[{label}]" for label in variants]
                     for w in ("ours", "bare")] + [("ds", "ds"), ("ds-lean", "ds-lean")]
            for who, flavour in pairs:
                server = servers.get("ds" if who.startswith("ds") else who)
                if server is None or flavour not in files[endpoint]:
                    continue
                results[(endpoint, who)] = r = measure(server, files[endpoint][flavour], args.duration)
                print(f"  {LABELS[endpoint]:<14} {who:<14} {r['requests']:>6} requests  {r['rps']:7.0f}/s  "
                      f"CPU {r['cpu_ms']:6.2f} ms/req  p95 {r['p95_us'] / 1000:6.1f} ms", file=sys.stderr, flush=True)
    finally:
        for server in servers.values():
            server.stop()
    print(report(results, args.duration, db_path, variants))


if __name__ == "__main__":
    main()

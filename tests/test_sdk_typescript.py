"""TypeScript types generated from openapi.yaml by openapi-typescript compile against a small usage file.

The node tools are pinned in package.json / package-lock.json and installed by `make test` (`npm ci`).
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"
QUIET_NODE = {"NO_UPDATE_NOTIFIER": "1", "npm_config_update_notifier": "false", "DO_NOT_TRACK": "1",
              "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


def node_tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm ci` (make test does)")
    return str(path)


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=180, env={**os.environ, **QUIET_NODE})


def test_generated_types_compile_with_the_usage_file(tmp_path):
    for name in ("usage.ts", "tsconfig.json"):
        shutil.copy(ROOT / "tests" / "ts" / name, tmp_path / name)
    gen = run([node_tool("openapi-typescript"), str(ROOT / "openapi.yaml"), "-o", str(tmp_path / "schema.d.ts")], ROOT)
    assert gen.returncode == 0, gen.stdout + gen.stderr
    schema = (tmp_path / "schema.d.ts").read_text()
    assert '"/v1/export/quotes"' in schema and "Problem" in schema
    # usage.ts also holds lines marked @ts-expect-error: if the types were too loose to reject them,
    # tsc would fail on the unused directives, so a pass means the check has teeth.
    tsc = run([node_tool("tsc"), "-p", str(tmp_path / "tsconfig.json")], tmp_path)
    assert tsc.returncode == 0, tsc.stdout + tsc.stderr


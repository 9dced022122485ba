"""Property-based run of every operation in the committed spec against gunicorn on 127.0.0.1 (all checks)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_PER_OPERATION = 100  # issue #6: at least 100 per operation


def test_schemathesis_all_checks_pass(live_server, tmp_path):
    cmd = [str(Path(sys.executable).parent / "schemathesis"), "run", str(ROOT / "openapi.yaml"),
           "--url", live_server.url, "-n", str(EXAMPLES_PER_OPERATION), "--checks", "all",
           "--request-timeout", "10", "--workers", "2", "--seed", "1", "--no-color"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=900, cwd=ROOT)
    out = result.stdout + result.stderr
    print(out[-6000:])
    assert result.returncode == 0, out[-6000:]

"""scripts/ensure_browser.py: which Chromium `make test` hands to the browser tests, and its message when none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "ensure_browser.py"


def _executable(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return path


def _run(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the script on a machine reduced to tmp_path/bin: no chromium, no apt-get, no Playwright browser."""
    bin_ = tmp_path / "bin"
    bin_.mkdir(exist_ok=True)
    base = {k: v for k, v in os.environ.items() if k != "MATCHBOARD_CHROMIUM"}
    base |= {"PATH": str(bin_), "PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "no-browsers")}
    return subprocess.run(
        [sys.executable, str(SCRIPT)], env=base | env, capture_output=True, text=True, check=False, timeout=120
    )


def test_no_browser_stops_with_one_message_saying_what_to_run(tmp_path: Path) -> None:
    done = _run(tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "The browser tests need Chromium, and none was found." in done.stderr
    assert "sudo apt-get install chromium" in done.stderr
    assert ".venv/bin/playwright install chromium" in done.stderr
    assert "MATCHBOARD_CHROMIUM=/path/to/chromium" in done.stderr


def test_chromium_on_the_path_is_found(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    chromium = _executable(tmp_path / "bin" / "chromium", 'echo "Chromium 1.0"\n')
    done = _run(tmp_path)
    assert (done.returncode, done.stdout) == (0, f"{chromium}\n"), done.stderr


def test_a_chromium_that_does_not_start_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    _executable(tmp_path / "bin" / "chromium", 'echo "libnss3.so: cannot open shared object file" >&2; exit 127\n')
    done = _run(tmp_path)
    assert done.returncode == 1
    assert "does not start: libnss3.so" in done.stderr
    assert "none was found" in done.stderr


def test_the_chosen_browser_is_used_or_refused_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    _executable(tmp_path / "bin" / "chromium", 'echo "Chromium 1.0"\n')
    mine = _executable(tmp_path / "my-chrome", 'echo "Chrome 2.0"\n')
    assert _run(tmp_path, MATCHBOARD_CHROMIUM=str(mine)).stdout == f"{mine}\n"
    done = _run(tmp_path, MATCHBOARD_CHROMIUM=str(tmp_path / "missing"))
    assert (done.returncode, done.stdout) == (1, "")
    assert f"MATCHBOARD_CHROMIUM={tmp_path / 'missing'} is not a Chromium that starts" in done.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="installs with apt-get only as root")
def test_as_root_with_apt_get_it_installs_debians_chromium(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    log = tmp_path / "apt.log"
    # A stand-in apt-get that records its calls and, on install, puts a chromium on the PATH.
    _executable(
        tmp_path / "bin" / "apt-get",
        f'echo "$DEBIAN_FRONTEND $*" >> {log}\n'
        f"if [ \"$1\" = install ]; then printf '#!/bin/sh\\necho Chromium\\n' > {tmp_path}/bin/chromium; "
        f"/bin/chmod +x {tmp_path}/bin/chromium; fi\n",
    )
    done = _run(tmp_path)
    assert (done.returncode, done.stdout) == (0, f"{tmp_path / 'bin' / 'chromium'}\n"), done.stderr
    calls = log.read_text(encoding="utf-8").splitlines()
    assert calls == ["noninteractive update", "noninteractive install -y chromium"]

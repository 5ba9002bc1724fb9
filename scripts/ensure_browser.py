"""Find the Chromium that the browser tests drive, or install Debian's; print its path.

`make test` runs this before the tests and hands the path to them as MATCHBOARD_CHROMIUM. In order:

1. MATCHBOARD_CHROMIUM, when set: that browser and no other.
2. `chromium` on PATH (Debian's package puts it at /usr/bin/chromium).
3. Playwright's own Chromium, when `playwright install chromium` has downloaded it.
4. As root with apt-get: `apt-get update`, then `apt-get install -y chromium` (Debian's package).

Otherwise it stops with one message saying what to run. The path goes to standard output; everything else
(apt-get's output, the message) goes to standard error. Exit status 0 when a browser starts, 1 otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

ENV = "MATCHBOARD_CHROMIUM"


def _say(text: str) -> None:
    print(f"ensure_browser: {text}", file=sys.stderr)


def starts(path: str) -> bool:
    """Whether the browser at `path` runs at all (`--version` needs its shared libraries, not a display)."""
    try:
        done = subprocess.run(  # noqa: S603 (the path of a browser found on this machine or chosen by its user)
            [path, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        _say(f"{path} does not start: {error}")
        return False
    if done.returncode != 0:
        _say(f"{path} does not start: {(done.stderr or done.stdout).strip()[:500]}")
    return done.returncode == 0


def on_path() -> str | None:
    """Debian's Chromium (or any `chromium` on PATH)."""
    return shutil.which("chromium")


def playwrights_own() -> str | None:
    """Return the Chromium that `playwright install chromium` downloaded, if it did."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as playwright:
        path = playwright.chromium.executable_path
    return path if os.access(path, os.X_OK) else None


def can_apt() -> bool:
    """Whether Debian's package can be installed here: root, with apt-get on PATH."""
    return os.geteuid() == 0 and shutil.which("apt-get") is not None


def apt_install() -> bool:
    """`apt-get update` then install Debian's chromium; apt-get's output goes to standard error."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _say("no Chromium found; installing Debian's package `chromium` with apt-get")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        if subprocess.run(command, env=env, stdout=sys.stderr, check=False).returncode != 0:  # noqa: S603
            _say(f"`{' '.join(command)}` failed")
            return False
    return True


HOW_TO_GET_ONE = f"""\
The browser tests need Chromium, and none was found.
Install one, then run `make test` again:
  - Debian or Ubuntu: `sudo apt-get install chromium` (as root, `make test` does this itself), or
  - Playwright's own build: `.venv/bin/playwright install chromium` (add `--with-deps` on a machine that
    lacks its libraries), or
  - any Chromium you have: `make test {ENV}=/path/to/chromium`."""


def find() -> str | None:
    """Return the path of a Chromium that starts, installing Debian's when this machine allows it."""
    chosen = os.environ.get(ENV)
    if chosen:
        if os.access(chosen, os.X_OK) and starts(chosen):
            return chosen
        _say(f"{ENV}={chosen} is not a Chromium that starts. Set it to one, or unset it to search.")
        return None
    for candidate in (on_path(), playwrights_own()):
        if candidate and starts(candidate):
            return candidate
    if can_apt() and apt_install():
        installed = on_path()
        if installed and starts(installed):
            return installed
    return None


def main() -> int:
    """Print the browser's path, or explain how to get one."""
    path = find()
    if path is None:
        if not os.environ.get(ENV):
            print(HOW_TO_GET_ONE, file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

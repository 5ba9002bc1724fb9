"""GitHub Actions workflows: safe by construction (zizmor, schemas, our own rules) and their scripts' logic."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT, run_cli

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SCRIPTS = ROOT / ".github" / "scripts"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(SCRIPTS))

import ghapi  # noqa: E402
import intake_pr  # noqa: E402
import pr_summary  # noqa: E402
import upkeep_issues  # noqa: E402

SHA_PIN = re.compile(r"^\s*(?:-\s+)?uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$")
EVENT_IN_EXPRESSION = re.compile(r"\$\{\{[^}]*github\s*\.\s*(event|head_ref)", re.IGNORECASE)


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    on = workflow.get("on", workflow.get(True))  # type: ignore[call-overload]  # PyYAML reads `on` as true
    return on if isinstance(on, dict) else dict.fromkeys([on] if isinstance(on, str) else on or [])


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_the_four_workflows_exist() -> None:
    assert [p.name for p in WORKFLOWS] == ["intake.yml", "pages.yml", "upkeep.yml", "validate.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_scripts_never_expand_event_data(path: Path) -> None:
    for step in steps(load(path)):
        script = step.get("run", "")
        assert "${{ github.event" not in script, step
        assert "${{ github.head_ref" not in script, step
        assert not EVENT_IN_EXPRESSION.search(script), step


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_permissions_are_empty_at_the_top_and_set_per_job(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert isinstance(job.get("permissions"), dict), f"{name} has no permissions of its own"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkouts_keep_no_credentials(path: Path) -> None:
    checkouts = [s for s in steps(load(path)) if s.get("uses", "").startswith("actions/checkout@")]
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_pull_request_target(path: Path) -> None:
    assert "pull_request_target" not in triggers(load(path))
    assert "pull_request_target" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    for step in steps(load(path)):
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    for line in lines:
        assert SHA_PIN.match(line), f"{line!r} needs a full SHA and a # vX.Y.Z comment"


def test_each_workflow_has_the_least_permissions_it_needs() -> None:
    jobs = {p.stem: load(p)["jobs"] for p in WORKFLOWS}
    assert jobs["validate"]["validate"]["permissions"] == {"contents": "read"}
    assert jobs["pages"]["address"]["permissions"] == {"pages": "read"}
    assert jobs["pages"]["build"]["permissions"] == {"contents": "read"}
    assert jobs["pages"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["pages"]["deploy"]["environment"]["name"] == "github-pages"
    assert jobs["upkeep"]["remind"]["permissions"] == {"contents": "read", "issues": "write"}
    assert jobs["intake"]["intake"]["permissions"] == {
        "contents": "write",
        "pull-requests": "write",
        "issues": "write",
    }


def test_triggers() -> None:
    on = {p.stem: triggers(load(p)) for p in WORKFLOWS}
    assert set(on["validate"]) == {"pull_request"}
    assert set(on["pages"]) == {"push", "schedule", "workflow_dispatch"}
    assert on["pages"]["push"]["branches"] == ["main"]
    assert set(on["upkeep"]) == {"schedule", "workflow_dispatch"}
    assert on["intake"]["issues"]["types"] == ["opened", "edited", "labeled"]
    assert "concurrency" in load(ROOT / ".github/workflows/pages.yml")


def test_intake_runs_only_for_the_forms_label() -> None:
    from generator.contribute.forms import INTAKE_LABEL

    condition = load(ROOT / ".github/workflows/intake.yml")["jobs"]["intake"]["if"]
    assert f"contains(github.event.issue.labels.*.name, '{INTAKE_LABEL}')" in condition


def test_pages_uses_the_official_actions() -> None:
    used = {s["uses"].split("@")[0] for s in steps(load(ROOT / ".github/workflows/pages.yml")) if "uses" in s}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= used


LOCK = ROOT / "requirements-lock.txt"
LOCK_INSTALL = "pip install --require-hashes --only-binary :all: -r requirements-lock.txt"
SELF_INSTALL = "pip install --no-deps --no-build-isolation -e ."
INSTALLER = re.compile(r"\b(pip3?|uv|pipx|easy_install|conda|poetry|pdm)\b")


def _lock() -> dict[str, tuple[str, int]]:
    """The lock's entries: canonical name -> (version, number of hashes)."""
    entries: dict[str, tuple[str, int]] = {}
    for block in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")):
        if entry := re.match(r"([A-Za-z0-9._-]+)==(\S+)", block):
            entries[canonicalize_name(entry[1])] = (entry[2], block.count("--hash=sha256:"))
    return entries


def _pins(path: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            requirement = Requirement(line)
            [spec] = requirement.specifier
            assert spec.operator == "==", f"{path.name}: {line} is not pinned exactly"
            pins[canonicalize_name(requirement.name)] = spec.version
    return pins


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_install_python_packages_only_from_the_hashed_lock(path: Path) -> None:
    installs = []
    for step in steps(load(path)):
        for line in step.get("run", "").splitlines():
            if INSTALLER.search(line) and re.search(r"\binstall\b|\bsync\b|\badd\b", line):
                installs.append(line.strip())
    assert installs == [LOCK_INSTALL, SELF_INSTALL]


def test_the_lock_pins_every_requirement_at_its_version_with_hashes() -> None:
    lock = _lock()
    for source in ("requirements.txt", "requirements-build.txt"):
        for name, version in _pins(ROOT / source).items():
            assert name in lock, f"{name} of {source} is missing from {LOCK.name}: regenerate it (its header)"
            assert lock[name][0] == version, f"{name}: {source} pins {version}, {LOCK.name} {lock[name][0]}"
    assert all(hashes for _, hashes in lock.values()), [n for n, (_, h) in lock.items() if not h]
    assert "setuptools" in lock  # the build backend: the workflows install matchboard without build isolation
    header = "\n".join(itertools.takewhile(lambda line: line.startswith("#"), LOCK.read_text("utf-8").splitlines()))
    assert "pip-compile --generate-hashes" in header  # the command that regenerates the lock, for people and Dependabot
    assert "requirements.txt requirements-build.txt" in header


def test_dependabot_keeps_the_actions_and_the_python_pins_current() -> None:
    updates = {u["package-ecosystem"]: u for u in load(ROOT / ".github" / "dependabot.yml")["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["directory"] == "/"
        assert update["schedule"]["interval"] == "weekly"


def _tool(name: str) -> str:
    path = BIN / name
    assert path.exists(), f"{name} is missing: pip install -r requirements-dev.txt"
    return str(path)


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("zizmor"), "--offline", "--no-progress", ".github"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout


@pytest.mark.parametrize(
    ("schema", "pattern"),
    [
        ("vendor.github-workflows", "workflows/*.yml"),
        ("vendor.github-issue-forms", "ISSUE_TEMPLATE/*.yml"),
        ("vendor.dependabot", "dependabot.yml"),
    ],
)
def test_files_match_githubs_schemas(schema: str, pattern: str) -> None:
    files = sorted(str(p) for p in (ROOT / ".github").glob(pattern))
    assert files
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", schema, *files], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- pr_summary.py -------------------------------------------------------------------------

MATCHES = [
    {"need": "cold-chain-sensors", "offer": "lora-sensors", "score": 71, "reasons": ["similar texts", "same country"]},
    {"need": "cold-chain-sensors", "offer": "rfid-tags", "score": 48, "reasons": ["shared keywords: rfid"]},
    {"need": "ski-cores", "offer": "lora-sensors", "score": 52, "reasons": ["both technology"]},
]


def test_name_status_with_renames_and_odd_names() -> None:
    raw = "A\0listings/needs/a.yaml\0M\0listings/offers/b c.yaml\0R097\0listings/old.yaml\0listings/needs/new.yaml\0"
    assert pr_summary.parse_name_status(raw) == [
        pr_summary.Changed("added", "listings/needs/a.yaml"),
        pr_summary.Changed("changed", "listings/offers/b c.yaml"),
        pr_summary.Changed("renamed", "listings/needs/new.yaml"),
    ]
    assert pr_summary.parse_name_status("") == []


def test_validator_lines_are_read_per_file() -> None:
    output = (
        "listings/needs/x.yaml:17:12: error: `organisation.country` 'XX' is not an ISO 3166-1 country code\n"
        "::error file=listings/needs/x.yaml,line=17,col=12::`organisation.country` 'XX' is not ...\n"
        "listings/offers/y.yaml:3:1: warning: keyword repeated\n"
        "2 files checked: 1 error in 1 file, 1 warning; 1 listings valid\n"
    )
    problems = pr_summary.parse_problems(output)
    assert set(problems) == {"listings/needs/x.yaml", "listings/offers/y.yaml"}
    assert problems["listings/needs/x.yaml"][0].line == 17
    assert problems["listings/offers/y.yaml"][0].level == "warning"


def test_summary_lists_the_matches_of_a_valid_listing() -> None:
    changed = [pr_summary.Changed("added", "listings/offers/lora-sensors.yaml")]
    markdown = pr_summary.summary_markdown(changed, {}, MATCHES, 0, "78 files checked: all 78 listings valid")
    assert "### `listings/offers/lora-sensors.yaml`: added, valid" in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| need")]
    assert rows == [
        "| need `cold-chain-sensors` | 71 | similar texts; same country |",
        "| need `ski-cores` | 52 | both technology |",
    ]
    assert "78 listings valid" in markdown


def test_summary_shows_the_errors_of_an_invalid_listing() -> None:
    changed = [pr_summary.Changed("changed", "listings/needs/x.yaml")]
    problems = pr_summary.parse_problems("listings/needs/x.yaml:5:3: error: `title` is too short\n")
    markdown = pr_summary.summary_markdown(changed, problems, None, 1)
    assert "`listings/needs/x.yaml`: changed, **invalid**" in markdown
    assert "- line 5, column 3: error: `title` is too short" in markdown
    assert "suggested partner" not in markdown


def test_summary_without_matches_or_changes() -> None:
    changed = [pr_summary.Changed("added", "listings/needs/lonely.yaml")]
    assert "No suggested partners" in pr_summary.summary_markdown(changed, {}, MATCHES, 0)
    assert "could not be computed" in pr_summary.summary_markdown(changed, {}, None, 0)
    assert "adds or changes no file" in pr_summary.summary_markdown([], {}, MATCHES, 0)
    assert "did not run to the end" in pr_summary.summary_markdown([], {}, None, 2)


def test_summary_escapes_what_a_fork_controls() -> None:
    changed = [pr_summary.Changed("added", "listings/needs/<img src=x>`|.yaml")]
    matches = [{"need": "<img src=x>`|", "offer": "o|<b>", "score": 40, "reasons": ["<script>x</script> | y"]}]
    markdown = pr_summary.summary_markdown(changed, {}, matches, 0)
    row = next(line for line in markdown.splitlines() if line.startswith("| offer"))
    assert row == "| offer `o\\|<b>` | 40 | &lt;script&gt;x&lt;/script&gt; \\| y |"
    assert "<script>" not in markdown
    assert "`listings/needs/<img src=x>'|.yaml`" in markdown  # inside a code span: shown, not rendered


def test_summary_text_mentions_no_one_and_links_nowhere() -> None:
    """Reasons quote shared keywords: a keyword `@agency-staff` would have notified a GitHub user."""
    shown = pr_summary.text("@someone [x](https://evil.example) *loud* #12 ![i](https://t.example/p.png)")
    assert shown == ("@\u2060someone \\[x\\](https://evil.example) \\*loud\\* #\u206012 "
                     "\\!\\[i\\](https://t.example/p.png)")  # fmt: skip


def test_summary_script_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "changed").write_bytes(b"A\0listings/offers/rfid-tags.yaml\0")
    (tmp_path / "validate").write_text("1 file checked: all 1 listings valid\n", encoding="utf-8")
    (tmp_path / "matches").write_text(json.dumps(MATCHES), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "pr_summary.py"), "--changed", str(tmp_path / "changed"),
         "--validate", str(tmp_path / "validate"), "--validate-status", "0", "--matches", str(tmp_path / "matches")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "| need `cold-chain-sensors` | 48 | shared keywords: rfid |" in result.stdout


# --- a fake GitHub API ---------------------------------------------------------------------


class FakeGitHub(ghapi.GitHub):
    """Records requests and answers from in-memory issues, comments and pull requests."""

    def __init__(self, comments: list[dict[str, Any]] | None = None, pulls: list[dict[str, Any]] | None = None) -> None:
        super().__init__("t0ken", "agency/board")
        self.comments = comments or []
        self.pulls = pulls or []
        self.issues: list[dict[str, Any]] = []
        self.calls: list[tuple[str, str, Any]] = []

    def request(self, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None) -> Any:
        self.calls.append((method, path, body))
        if method == "GET" and path == "pulls":
            return [p for p in self.pulls if f"{self.owner}:{p['head']}" == (query or {}).get("head")]
        if method == "POST" and path == "pulls":
            pull = {"number": 7, "html_url": "https://github.com/agency/board/pull/7", **body}
            self.pulls.append(pull)
            return pull
        if method == "POST" and path.endswith("/comments"):
            self.comments.append({"id": 100 + len(self.comments), "user": {"login": "github-actions[bot]"}, **body})
            return self.comments[-1]
        if method == "POST" and path == "issues":
            return {"number": 50}
        return {}

    def paginate(self, path: str, query: dict[str, Any] | None = None) -> list[Any]:
        self.calls.append(("GET", path, query))
        return self.comments if path.endswith("/comments") else self.issues

    def writes(self) -> list[tuple[str, str]]:
        return [(m, p) for m, p, _ in self.calls if m != "GET"]


# --- intake_pr.py --------------------------------------------------------------------------

BOT = {"login": "github-actions[bot]"}


def test_the_issue_is_read_from_the_event() -> None:
    event = {"issue": {"number": 12, "html_url": "u"}, "repository": {"default_branch": "trunk"}}
    assert intake_pr.issue_from_event(event) == intake_pr.Issue(12, "trunk", "u")
    for bad in ({}, {"issue": {"number": "12"}}, {"issue": {"number": True}}, {"issue": {"number": 0}}):
        with pytest.raises(ValueError, match="issue number"):
            intake_pr.issue_from_event(bad)
    assert intake_pr.branch_name(12) == "listing/issue-12"


@pytest.mark.parametrize(
    "out",
    ["", "listings/a.yaml\nlistings/b.yaml", "/etc/passwd", "listings/../x.yaml", "other/x.yaml", "listings/x.sh"],
)
def test_only_a_listing_path_is_committed(out: str) -> None:
    with pytest.raises(ValueError, match=r"path|lines"):
        intake_pr.listing_path(out)


def test_listing_path_and_kind() -> None:
    assert intake_pr.listing_path("listings/offers/laser-42.yaml\n") == "listings/offers/laser-42.yaml"
    assert intake_pr.listing_kind("listings/offers/laser-42.yaml") == "offer"
    assert intake_pr.listing_kind("listings/needs/x-1.yaml") == "need"


def test_the_workflows_own_comment_is_updated_not_a_submitters() -> None:
    mine = {"id": 5, "user": BOT, "body": f"{intake_pr.MARKER}\nold"}
    planted = {"id": 4, "user": {"login": "someone"}, "body": intake_pr.MARKER}
    assert intake_pr.choose_comment([planted, mine]) == 5
    assert intake_pr.choose_comment([planted, {"id": 3, "user": BOT, "body": "other"}]) is None
    assert intake_pr.choose_comment([]) is None


def test_upsert_comment_creates_then_updates_then_leaves_alone() -> None:
    api = FakeGitHub()
    assert intake_pr.upsert_comment(api, 3, intake_pr.problems_comment("- fix it")) == "created"
    assert intake_pr.upsert_comment(api, 3, intake_pr.problems_comment("- fix it")) == "unchanged"
    assert intake_pr.upsert_comment(api, 3, intake_pr.success_comment(7, "url", "x-3")) == "updated"
    assert api.writes() == [("POST", "issues/3/comments"), ("PATCH", "issues/comments/100")]


def test_upsert_pull_opens_one_pull_request_per_issue() -> None:
    api = FakeGitHub()
    first = intake_pr.upsert_pull(api, "listing/issue-3", "main", "New offer: x-3 (#3)", "body")
    again = intake_pr.upsert_pull(api, "listing/issue-3", "main", "New offer: x-3 (#3)", "body")
    assert first["number"] == again["number"] == 7
    assert api.writes() == [("POST", "pulls")]
    intake_pr.upsert_pull(api, "listing/issue-3", "main", "New offer: y-3 (#3)", "body")
    assert api.writes()[-1] == ("PATCH", "pulls/7")


def test_pull_request_body_closes_the_issue_and_shows_the_matches() -> None:
    issue = intake_pr.Issue(3, "main", "")
    body = intake_pr.pr_body(issue, "listings/needs/ski-cores.yaml", "all 78 listings valid", MATCHES)
    assert body.startswith("Closes #3.")
    assert "| offer `lora-sensors` | 52 | both technology |" in body


def test_the_push_address_carries_the_token() -> None:
    assert intake_pr.remote_url("https://github.com/", "abc", "o/r") == "https://x-access-token:abc@github.com/o/r.git"
    with pytest.raises(ValueError, match="GITHUB_SERVER_URL"):
        intake_pr.remote_url("http://github.com", "abc", "o/r")


def _git(cwd: Path, *args: str) -> str:
    git = shutil.which("git")
    assert git
    return subprocess.run([git, *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def board_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A checkout of a small board and the bare repository it pushes to."""
    remote, work = tmp_path / "remote.git", tmp_path / "work"
    _git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(remote))
    _git(tmp_path, "init", "--quiet", "-b", "main", str(work))
    for path in sorted((ROOT / "listings").rglob("*.yaml"))[:6]:
        target = work / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    _git(work, "add", ".")
    _git(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet", "-m", "board")
    _git(work, "push", "--quiet", str(remote), "main")
    monkeypatch.chdir(work)
    return work, remote


def _event(tmp_path: Path, number: int, body: str) -> Path:
    event = {"action": "opened", "issue": {"number": number, "body": body, "html_url": "u", "labels": []},
             "repository": {"default_branch": "main"}}  # fmt: skip
    path = tmp_path / f"event-{number}.json"
    path.write_text(json.dumps(event), encoding="utf-8")
    return path


def _run_intake(tmp_path: Path, work: Path, event: Path, api: FakeGitHub, monkeypatch: pytest.MonkeyPatch) -> int:
    result = run_cli("intake", "--event", str(event), "--today", "2026-11-26", cwd=work)
    (tmp_path / "out.txt").write_text(result.out, encoding="utf-8")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    monkeypatch.setattr(ghapi.GitHub, "from_env", classmethod(lambda cls: api))
    return intake_pr.main(["--status", str(result.status), "--out", str(tmp_path / "out.txt")])


def test_a_valid_issue_becomes_a_branch_a_pull_request_and_a_comment(
    tmp_path: Path, board_repo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_intake import ANSWERS, body

    work, remote = board_repo
    monkeypatch.setattr(intake_pr, "remote_url", lambda server, token, repository: str(remote))
    api = FakeGitHub()
    assert _run_intake(tmp_path, work, _event(tmp_path, 42, body(ANSWERS)), api, monkeypatch) == 0
    files = _git(remote, "ls-tree", "-r", "--name-only", "listing/issue-42")
    assert "listings/offers/laser-micro-welding-of-medical-grade-stainless-steel-parts-42.yaml" in files
    assert api.writes() == [("POST", "pulls"), ("POST", "issues/42/comments")]
    assert api.pulls[0]["head"] == "listing/issue-42"
    assert "#7" in api.comments[0]["body"]
    # The same issue again (an edit that changes nothing): no push, no second pull request or comment.
    head = _git(remote, "rev-parse", "listing/issue-42")
    _git(work, "checkout", "--quiet", "main")
    assert _run_intake(tmp_path, work, _event(tmp_path, 42, body(ANSWERS)), api, monkeypatch) == 0
    assert _git(remote, "rev-parse", "listing/issue-42") == head
    assert api.writes() == [("POST", "pulls"), ("POST", "issues/42/comments")]


def test_an_issue_with_problems_gets_a_comment_and_no_branch(
    tmp_path: Path, board_repo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_intake import ANSWERS, body

    work, remote = board_repo
    answers = {**ANSWERS, "Country": "XX"}
    api = FakeGitHub()
    assert _run_intake(tmp_path, work, _event(tmp_path, 43, body(answers)), api, monkeypatch) == 0
    assert api.writes() == [("POST", "issues/43/comments")]
    assert "Edit this issue" in api.comments[0]["body"]
    assert "listing/issue-43" not in _git(remote, "branch", "--list")


# --- upkeep_issues.py ----------------------------------------------------------------------

DUE = {"id": "ski-cores", "path": "listings/needs/ski-cores.yaml", "state": "expiring", "expires": "2026-12-01",
       "days_left": 5, "renewed": None}  # fmt: skip
URL = "https://github.com/agency/board/blob/main/{path}"


def _issue(number: int, title: str, state: str = "open", body: str = "", **extra: Any) -> dict[str, Any]:
    return {"number": number, "title": title, "state": state, "body": body, "labels": [{"name": "upkeep"}], **extra}


def test_the_title_must_hold_the_whole_id() -> None:
    assert upkeep_issues.mentions("Listing expires soon: ski-cores (on 2026-12-01)", "ski-cores")
    assert not upkeep_issues.mentions("Listing expires soon: ski-cores-carbon (on 2026-12-01)", "ski-cores")
    assert not upkeep_issues.mentions("Listing expires soon: bio-ski-cores", "ski-cores")


def test_an_open_reminder_is_updated_not_duplicated() -> None:
    issues = [_issue(9, "Listing expires soon: ski-cores (on 2026-12-01)", body="old text")]
    [action] = upkeep_issues.plan([DUE], issues, URL)
    assert (action.kind, action.number) == ("update", 9)
    assert "listings/needs/ski-cores.yaml" in action.body


def test_no_reminder_yet_creates_one() -> None:
    others = [
        _issue(1, "Listing expires soon: ski-cores (on 2026-12-01)", state="closed"),
        _issue(2, "Listing expires soon: ski-cores (on 2026-12-01)", pull_request={}),
        {**_issue(3, "ski-cores is mentioned"), "labels": [{"name": "bug"}]},
    ]
    [action] = upkeep_issues.plan([DUE], others, URL)
    assert action.kind == "create"
    assert action.title == "Listing expires soon: ski-cores (on 2026-12-01)"


def test_an_unchanged_reminder_is_left_alone() -> None:
    title, body = upkeep_issues.reminder_title(DUE), upkeep_issues.reminder_body(DUE, URL.format(path=DUE["path"]))
    [action] = upkeep_issues.plan([DUE], [_issue(9, title, body=body)], URL)
    assert (action.kind, action.number) == ("skip", 9)


def test_a_reminder_a_maintainer_closed_stays_closed_until_the_next_expiry() -> None:
    body = upkeep_issues.reminder_body(DUE, "u")
    closed = [_issue(9, upkeep_issues.reminder_title(DUE), state="closed", body=body)]
    assert upkeep_issues.plan([DUE], closed, URL)[0].kind == "skip"
    renewed = {**DUE, "expires": "2027-12-01"}
    assert upkeep_issues.plan([renewed], closed, URL)[0].kind == "create"


def test_a_reminder_of_a_listing_no_longer_due_is_closed() -> None:
    body = upkeep_issues.reminder_body(DUE, "u")
    issues = [_issue(9, upkeep_issues.reminder_title(DUE), body=body), _issue(10, "manual upkeep note")]
    assert upkeep_issues.plan([], issues, URL) == [upkeep_issues.Action("close", "ski-cores", 9)]


def test_reminder_texts() -> None:
    expired = {**DUE, "state": "expired", "days_left": -3}
    assert upkeep_issues.reminder_title(expired) == "Listing expired: ski-cores (on 2026-12-01)"
    assert "3 days ago" in upkeep_issues.reminder_body(expired, "u")
    assert "matchboard renew ski-cores" in upkeep_issues.reminder_body(DUE, "u")
    once = upkeep_issues.reminder_body({**DUE, "renewed": "2025-12-01"}, "u")
    assert "renewed only once" in once
    assert "matchboard renew" not in once


def test_apply_sends_the_planned_requests() -> None:
    api = FakeGitHub()
    actions = [
        upkeep_issues.Action("create", "a", None, "t", "b"),
        upkeep_issues.Action("update", "b", 9, "t", "b"),
        upkeep_issues.Action("close", "c", 10),
        upkeep_issues.Action("skip", "d", 11),
    ]
    upkeep_issues.apply(api, actions)
    assert api.writes() == [("POST", "issues"), ("PATCH", "issues/9"), ("POST", "issues/10/comments"),
                            ("PATCH", "issues/10")]  # fmt: skip
    assert api.calls[0][2]["labels"] == ["upkeep"]


def test_the_upkeep_output_feeds_the_plan(tmp_path: Path) -> None:
    result = run_cli("upkeep", "--json", "--today", "2030-01-01", cwd=ROOT)
    due = json.loads(result.out)
    assert due
    actions = upkeep_issues.plan(due, [], URL)
    assert {a.kind for a in actions} == {"create"}
    assert len({a.title for a in actions}) == len(due)


def test_the_api_client_refuses_plain_http() -> None:
    with pytest.raises(ValueError, match="https"):
        ghapi.GitHub("t", "o/r", "http://api.example")
    with pytest.raises(ValueError, match="owner/name"):
        ghapi.GitHub("t", "noslash")


# --- intake_pr.py: an edit after review ---------------------------------------------------------


@pytest.fixture
def intake_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A checkout of the default branch and a bare remote, as the intake job has them."""
    remote, work = tmp_path / "remote.git", tmp_path / "work"
    _git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(remote))
    _git(tmp_path, "init", "--quiet", "-b", "main", str(work))
    (work / "listings" / "offers").mkdir(parents=True)
    (work / "listings" / "offers" / "other.yaml").write_text("id: other\n", encoding="utf-8")
    _git(work, "-c", "user.name=t", "-c", "user.email=t@t.example", "add", ".")
    _git(work, "-c", "user.name=t", "-c", "user.email=t@t.example", "commit", "--quiet", "-m", "start")
    _git(work, "push", "--quiet", str(remote), "main")
    monkeypatch.chdir(work)
    return work, remote


def test_an_edited_issue_becomes_a_new_commit_never_a_rewrite(intake_repo: tuple[Path, Path]) -> None:
    work, remote = intake_repo
    issue = intake_pr.Issue(42, "main", "u")
    first = work / "listings" / "offers" / "laser-welding-42.yaml"
    first.write_text("id: laser-welding-42\ntitle: Laser welding\n", encoding="utf-8")
    assert intake_pr.push_branch(str(first.relative_to(work)), issue, "laser-welding-42", str(remote)) == (
        intake_pr.Pushed(True, False, "")
    )
    reviewed = _git(work, "rev-parse", "HEAD").strip()
    # The submitter edits the issue: the title changes the file's name too.
    _git(work, "checkout", "--quiet", "main")
    second = work / "listings" / "offers" / "laser-micro-welding-42.yaml"
    second.write_text("id: laser-micro-welding-42\ntitle: Laser micro-welding\n", encoding="utf-8")
    done = intake_pr.push_branch(str(second.relative_to(work)), issue, "laser-micro-welding-42", str(remote))
    assert (done.pushed, done.updated) == (True, True)
    assert "-title: Laser welding" in done.change
    assert "+title: Laser micro-welding" in done.change
    history = _git(remote, "log", "--format=%H %s", "listing/issue-42").splitlines()
    assert history[1].split()[0] == reviewed  # what the reviewer saw is still there, below the new commit
    assert history[0].endswith("Update offer laser-micro-welding-42: issue #42 was edited")
    files = _git(remote, "ls-tree", "-r", "--name-only", "listing/issue-42").split()
    assert files == ["listings/offers/laser-micro-welding-42.yaml", "listings/offers/other.yaml"]
    # The same edit again changes nothing.
    _git(work, "checkout", "--quiet", "main")
    second.parent.mkdir(parents=True, exist_ok=True)
    second.write_text("id: laser-micro-welding-42\ntitle: Laser micro-welding\n", encoding="utf-8")
    again = intake_pr.push_branch(str(second.relative_to(work)), issue, "laser-micro-welding-42", str(remote))
    assert again == intake_pr.Pushed(False, True, "")


class ReviewsApi:
    """Records what the workflow would ask of GitHub's API about a pull request's reviews."""

    def __init__(self, reviews: list[dict[str, object]]) -> None:
        self.reviews = reviews
        self.sent: list[tuple[str, str, object]] = []

    def paginate(self, path: str, query: dict[str, object] | None = None) -> list[dict[str, object]]:
        return self.reviews if path.endswith("/reviews") else []

    def request(self, method: str, path: str, body: object = None, query: object = None) -> object:
        self.sent.append((method, path, body))
        return None


def test_an_edit_is_said_on_the_pull_request_and_approvals_are_dismissed() -> None:
    api = ReviewsApi([{"id": 7, "state": "APPROVED"}, {"id": 8, "state": "COMMENTED"}])
    change = "-title: a\n+title: b ``` @someone [x](javascript:alert(1))\n"
    assert intake_pr.after_edit(api, {"number": 5}, change) == 1  # type: ignore[arg-type]
    (method, path, body), (verb, dismissal, reason) = api.sent
    assert (method, path) == ("POST", "issues/5/comments")
    text = body["body"]  # type: ignore[index]
    assert "approvals given before it were dismissed" in text
    assert "\n````diff\n" + change + "\n````\n" in text  # a fence longer than any run of backticks in the diff
    assert (verb, dismissal) == ("PUT", "pulls/5/reviews/7/dismissals")
    assert reason["event"] == "DISMISS"  # type: ignore[index]

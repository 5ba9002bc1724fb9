"""Turn a new-listing issue into a pull request, or tell the submitter what to fix.

Run by .github/workflows/intake.yml after `matchboard intake --event "$GITHUB_EVENT_PATH" > out.txt`:

    python .github/scripts/intake_pr.py --status "$STATUS" --out out.txt

On status 0 (out.txt holds the path of the listing written) it validates the board, commits the
file on branch `listing/issue-<number>`, pushes it, opens the pull request if none is open and
comments its link on the issue. On status 1 (out.txt holds Markdown listing the problems) it
comments that on the issue. The issue number and the default branch are read from the event file,
never from the workflow text. One comment per issue is kept up to date rather than adding one per
edit. An edit of the issue after the pull request opened becomes a new commit on the branch (never a
force-push), the pull request gets a comment with the diff, and approvals given before are dismissed.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import ghapi
import pr_summary

MARKER = "<!-- matchboard-intake -->"
BOT_LOGIN = "github-actions[bot]"
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"
COMMENT_LIMIT = 50_000  # characters of a diff quoted in a comment: GitHub takes at most 65,536


@dataclass(frozen=True)
class Issue:
    """What the script needs from the `issues` event."""

    number: int
    default_branch: str
    url: str


def issue_from_event(event: dict[str, Any]) -> Issue:
    """Return the issue number, the repository's default branch and the issue's address."""
    issue = event.get("issue") or {}
    number = issue.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise ValueError("the event holds no issue number")
    branch = (event.get("repository") or {}).get("default_branch") or "main"
    if not isinstance(branch, str):
        raise ValueError("the event holds no default branch")
    return Issue(number, branch, str(issue.get("html_url") or ""))


def branch_name(number: int) -> str:
    """Return the branch of an issue's listing: named from the number only, never from its text."""
    return f"listing/issue-{int(number)}"


def listing_path(out: str) -> str:
    """Return the listing path `matchboard intake` printed, checked to be a file under listings/."""
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    if len(lines) != 1:
        raise ValueError(f"expected one path from matchboard intake, got {len(lines)} lines")
    path = PurePosixPath(lines[0])
    if path.is_absolute() or ".." in path.parts or path.parts[:1] != ("listings",) or path.suffix != ".yaml":
        raise ValueError(f"unexpected listing path {lines[0]!r}")
    return str(path)


def listing_kind(path: str) -> str:
    """Return "need" or "offer" from a listing's folder (listings/needs/... or listings/offers/...)."""
    folder = PurePosixPath(path).parts[1] if len(PurePosixPath(path).parts) > 2 else ""
    return {"needs": "need", "offers": "offer"}.get(folder, "listing")


def choose_comment(comments: list[dict[str, Any]]) -> int | None:
    """Return the id of the workflow's own comment on the issue, to update it, or None to create one."""
    for comment in comments:
        login = (comment.get("user") or {}).get("login")
        if login == BOT_LOGIN and MARKER in (comment.get("body") or ""):
            return int(comment["id"])
    return None


def problems_comment(out: str) -> str:
    """Return the comment that asks the submitter to edit the issue (the text matchboard intake printed)."""
    return f"{MARKER}\n{out.strip()}\n"


def success_comment(pr_number: int, pr_url: str, listing_id: str) -> str:
    """Return the comment that points the submitter to the pull request."""
    return (
        f"{MARKER}\nThank you! Your listing `{listing_id}` passed the checks and waits for review in "
        f"#{pr_number} ({pr_url}). It appears on the board once a maintainer merges the pull request.\n\n"
        "To change anything, edit this issue: the pull request is updated after each edit.\n"
    )


def failure_comment(validate_output: str) -> str:
    """Return the comment for a listing that intake accepted but the board's validator did not."""
    shown = "\n".join(line for line in validate_output.splitlines() if not line.startswith("::")).strip()[:6000]
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", shown)), default=0))  # text cannot close it
    return (
        f"{MARKER}\nThank you! The listing could not be added because the board's check failed:\n\n"
        f"{fence}text\n{shown}\n{fence}\n\n"
        "A maintainer will look into it; there is nothing you need to change for now.\n"
    )


def pr_title(kind: str, listing_id: str, number: int) -> str:
    """Return the pull request's title."""
    return f"New {kind}: {listing_id} (#{number})"


def pr_body(issue: Issue, path: str, validate_summary: str, matches: list[dict[str, Any]] | None) -> str:
    """Return the pull request's description: the source issue, the check's result and the matches."""
    section = pr_summary.summary_markdown(
        [pr_summary.Changed("added", path)], {}, matches, 0, validate_summary
    ).replace("## Listings in this pull request", "## Checks run by the intake workflow", 1)
    return (
        f"Closes #{issue.number}.\n\n"
        f"This pull request was opened from the issue form by the intake workflow. Pull requests opened "
        f"by a workflow start no other workflows, so the listing was checked here:\n\n{section}\n"
        "Merge to publish it; to run the usual checks too, close and reopen this pull request.\n"
    )


def upsert_comment(api: ghapi.GitHub, number: int, body: str) -> str:
    """Update the workflow's comment on the issue, or create it; return what was done."""
    comments = api.paginate(f"issues/{number}/comments")
    existing = choose_comment(comments)
    if existing is None:
        api.request("POST", f"issues/{number}/comments", {"body": body})
        return "created"
    current = next(c for c in comments if int(c["id"]) == existing)
    if current.get("body") == body:
        return "unchanged"
    api.request("PATCH", f"issues/comments/{existing}", {"body": body})
    return "updated"


def find_pull(api: ghapi.GitHub, branch: str) -> dict[str, Any] | None:
    """Return the open pull request from the branch, if any."""
    pulls = api.request("GET", "pulls", query={"state": "open", "head": f"{api.owner}:{branch}"})
    return pulls[0] if pulls else None


def upsert_pull(api: ghapi.GitHub, branch: str, base: str, title: str, body: str) -> dict[str, Any]:
    """Open the pull request from the branch, or bring the open one's title and description up to date."""
    pull = find_pull(api, branch)
    if pull is None:
        data = {"title": title, "head": branch, "base": base, "body": body, "maintainer_can_modify": True}
        created: dict[str, Any] = api.request("POST", "pulls", data)
        return created
    if pull.get("title") != title or pull.get("body") != body:
        api.request("PATCH", f"pulls/{pull['number']}", {"title": title, "body": body})
    return pull


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git in the checkout; the output is captured so a URL with the token is never echoed."""
    return subprocess.run(["git", *args], check=check, capture_output=True, text=True)  # noqa: S603, S607


def matchboard(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a matchboard command with the interpreter running this script."""
    return subprocess.run([sys.executable, "-m", "generator", *args], check=False, capture_output=True, text=True)  # noqa: S603


def remote_url(server: str, token: str, repository: str) -> str:
    """Return the https address git pushes to with the token (`x-access-token`, as GitHub documents)."""
    server = server.rstrip("/")
    if not server.startswith("https://"):
        raise ValueError(f"unexpected GITHUB_SERVER_URL {server!r}")
    return server.replace("https://", f"https://x-access-token:{token}@", 1) + f"/{repository}.git"


@dataclass(frozen=True)
class Pushed:
    """What push_branch did to the issue's branch."""

    pushed: bool  # the branch on the remote changed
    updated: bool  # the branch held an earlier version: the new one is a commit on top of it
    change: str  # when updated: the diff of the listing files against that earlier version


def push_branch(path: str, issue: Issue, listing_id: str, remote: str, secret: str = "") -> Pushed:
    """Commit the listing on the issue's branch and push it, never rewriting what was pushed before.

    The first time, the branch starts from the checked-out default branch. After an edit of the issue,
    the new version is a new commit on top of the branch (the file an earlier title named is removed),
    so reviewers see what changed since they looked; nothing is force-pushed.
    """
    branch = branch_name(issue.number)
    git("config", "user.name", BOT_LOGIN)
    git("config", "user.email", BOT_EMAIL)
    fetched = git("fetch", "--quiet", "--depth=1", remote, f"refs/heads/{branch}", check=False)
    if fetched.returncode != 0:
        git("checkout", "-B", branch)
        git("add", "--", path)
        if git("diff", "--cached", "--quiet", check=False).returncode == 0:
            raise SystemExit(f"{path} is already on the default branch as submitted; nothing to propose")
        git("commit", "-m", f"Add {listing_kind(path)} {listing_id} from issue #{issue.number}")
        _push(remote, branch, secret)
        return Pushed(True, False, "")
    text = Path(path).read_bytes()
    Path(path).unlink()  # the branch tracks it: checking the branch out must not meet an untracked copy
    git("checkout", "--quiet", "-B", branch, "FETCH_HEAD")
    earlier = [f for f in git("ls-files", "--", "listings").stdout.split() if f.endswith(f"-{issue.number}.yaml")]
    for stale in sorted(set(earlier) - {path}):
        git("rm", "--quiet", "--", stale)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(text)
    git("add", "--", path)
    if git("diff", "--cached", "--quiet", check=False).returncode == 0:
        return Pushed(False, True, "")
    change = git("diff", "--cached", "--", "listings").stdout
    git("commit", "-m", f"Update {listing_kind(path)} {listing_id}: issue #{issue.number} was edited")
    _push(remote, branch, secret)
    return Pushed(True, True, change)


def _push(remote: str, branch: str, secret: str) -> None:
    pushed = git("push", remote, f"HEAD:refs/heads/{branch}", check=False)
    if pushed.returncode != 0:
        error = pushed.stderr.replace(secret, "***") if secret else pushed.stderr
        raise SystemExit("git push failed:\n" + error)


def change_comment(change: str) -> str:
    """Return the pull request comment that says what an edit of the issue changed, quoted inertly."""
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", change)), default=0) + 1)
    shown = change if len(change) <= COMMENT_LIMIT else change[:COMMENT_LIMIT] + "\n[... the rest left out]"
    return (
        "The issue was edited after this pull request was opened. The new version is the latest commit; "
        "approvals given before it were dismissed. What changed:\n\n"
        f"{fence}diff\n{shown}\n{fence}\n"
    )


def after_edit(api: ghapi.GitHub, pull: dict[str, Any], change: str) -> int:
    """Say on the pull request what an edit changed and dismiss the approvals given before; return how many."""
    number = int(pull["number"])
    api.request("POST", f"issues/{number}/comments", {"body": change_comment(change)})
    approved = [r for r in api.paginate(f"pulls/{number}/reviews") if r.get("state") == "APPROVED"]
    message = "The listing changed after this approval (the issue was edited); please review the new commit."
    for review in approved:
        api.request(
            "PUT", f"pulls/{number}/reviews/{review['id']}/dismissals", {"message": message, "event": "DISMISS"}
        )
    return len(approved)


def main(argv: list[str] | None = None) -> int:
    """Open or update the pull request for the issue, or comment the problems."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--status", type=int, required=True, help="exit status of matchboard intake")
    parser.add_argument("--out", required=True, help="what matchboard intake printed")
    args = parser.parse_args(argv)
    event = json.loads(Path(os.environ["GITHUB_EVENT_PATH"]).read_text(encoding="utf-8"))
    issue = issue_from_event(event)
    out = Path(args.out).read_text(encoding="utf-8")
    api = ghapi.GitHub.from_env()
    if args.status == 1:
        done = upsert_comment(api, issue.number, problems_comment(out))
        print(f"issue #{issue.number}: problems found; comment {done}")
        return 0
    if args.status != 0:
        print(f"matchboard intake could not read the event (exit status {args.status})", file=sys.stderr)
        return 1
    path = listing_path(out)
    listing_id = PurePosixPath(path).stem
    checked = matchboard("validate")
    print(checked.stdout, end="")  # the ::error annotations show on the run
    if checked.returncode != 0:
        upsert_comment(api, issue.number, failure_comment(checked.stdout + checked.stderr))
        print(checked.stderr, file=sys.stderr, end="")
        return 1
    summary = [line for line in checked.stdout.splitlines() if line.strip() and not line.startswith("::")]
    found = matchboard("match", "--json")
    matches = json.loads(found.stdout) if found.returncode == 0 and found.stdout.strip() else None
    server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
    remote = remote_url(server, api.token, api.repository)
    pushed = push_branch(path, issue, listing_id, remote, api.token)
    print(f"branch {branch_name(issue.number)}: {'pushed' if pushed.pushed else 'unchanged'}")
    body = pr_body(issue, path, summary[-1] if summary else "", matches)
    title = pr_title(listing_kind(path), listing_id, issue.number)
    pull = upsert_pull(api, branch_name(issue.number), issue.default_branch, title, body)
    if pushed.pushed and pushed.updated:
        dismissed = after_edit(api, pull, pushed.change)
        print(f"pull request #{pull['number']}: the edit is a new commit; {dismissed} approvals dismissed")
    done = upsert_comment(api, issue.number, success_comment(int(pull["number"]), str(pull["html_url"]), listing_id))
    print(f"pull request #{pull['number']}; comment {done}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Open or update one reminder issue per listing that expires soon or has expired.

Run by .github/workflows/upkeep.yml:

    matchboard upkeep --json > due.json
    python .github/scripts/upkeep_issues.py due.json

A reminder is an issue with the label "upkeep" whose title holds the listing id. An open
reminder is updated (never duplicated); a reminder a maintainer closed for the same expiry
date is left closed; an open reminder whose listing is no longer due (renewed or removed)
is closed. Standard library only; the token comes from GITHUB_TOKEN.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ghapi

LABEL = "upkeep"
LABEL_COLOR = "fbca04"
MARKER = re.compile(r"<!-- matchboard-upkeep id=(?P<id>[^ ]+) expires=(?P<expires>[^ ]+) -->")


@dataclass(frozen=True)
class Action:
    """What to do about one listing's reminder."""

    kind: str  # create, update, close, skip
    listing_id: str
    number: int | None = None  # the existing issue
    title: str = ""
    body: str = ""


def mentions(title: str, listing_id: str) -> bool:
    """Return whether a title holds the listing id as a whole word (`ski` is not in `ski-cores`)."""
    return re.search(rf"(?<![\w-]){re.escape(listing_id)}(?![\w-])", title) is not None


def is_reminder(issue: dict[str, Any]) -> bool:
    """Return whether an API issue is an upkeep reminder (labelled, not a pull request)."""
    labels = {(label.get("name") if isinstance(label, dict) else label) for label in issue.get("labels", [])}
    return LABEL in labels and "pull_request" not in issue


def find_reminder(issues: list[dict[str, Any]], listing_id: str) -> dict[str, Any] | None:
    """Return the open reminder issue of a listing (the oldest if there are several), or None."""
    found = [
        i for i in issues if is_reminder(i) and i.get("state") == "open" and mentions(i.get("title", ""), listing_id)
    ]
    return min(found, key=lambda i: int(i["number"])) if found else None


def closed_for(issues: list[dict[str, Any]], listing_id: str, expires: str) -> bool:
    """Return whether a maintainer closed this listing's reminder for the same expiry date."""
    for issue in issues:
        m = MARKER.search(issue.get("body") or "")
        if (
            is_reminder(issue)
            and issue.get("state") == "closed"
            and m
            and (m["id"], m["expires"]) == (listing_id, expires)
        ):
            return True
    return False


def reminder_title(due: dict[str, Any]) -> str:
    """Return the reminder's title, which holds the listing id."""
    if due["state"] == "expired":
        return f"Listing expired: {due['id']} (on {due['expires']})"
    return f"Listing expires soon: {due['id']} (on {due['expires']})"


def reminder_body(due: dict[str, Any], file_url: str) -> str:
    """Return the reminder's text: what happens and how to renew."""
    listing_id, expires, days = due["id"], due["expires"], int(due["days_left"])
    if due["state"] == "expired":
        when = f"expired on {expires} ({-days} day{'s' if days != -1 else ''} ago) and is now in the board's archive"
    elif days == 0:
        when = f"expires today ({expires})"
    else:
        when = f"expires on {expires}, in {days} day{'s' if days != 1 else ''}"
    lines = [
        f"<!-- matchboard-upkeep id={listing_id} expires={expires} -->",
        f"The listing `{listing_id}` ([{due['path']}]({file_url})) {when}.",
        "",
    ]
    if due.get("renewed"):
        lines += [
            f"It was already renewed on {due['renewed']}, and a listing is renewed only once. If the need or offer "
            "is still current, submit it again as a new listing.",
        ]
    else:
        lines += [
            "If the need or offer is still current, renew it once for up to a year from today:",
            "",
            f"- run `matchboard renew {listing_id}` and open a pull request with the change, or",
            "- edit the file on GitHub: set `expires` to a date at most a year from today and add a line "
            "`renewed: YYYY-MM-DD` with today's date.",
        ]
    lines += [
        "",
        "Nothing needs doing if it is no longer current: expired listings leave the lists and the matching "
        "but keep their page in the archive.",
        "",
        "This issue is updated every day by the upkeep workflow and closed once the listing is renewed or removed.",
    ]
    return "\n".join(lines) + "\n"


def plan(due: list[dict[str, Any]], issues: list[dict[str, Any]], file_url: str) -> list[Action]:
    """Return the action for every due listing and for reminders no longer needed.

    `file_url` is a template with `{path}`, e.g. https://github.com/o/r/blob/main/{path}.
    """
    actions: list[Action] = []
    for item in due:
        title, body = reminder_title(item), reminder_body(item, file_url.replace("{path}", item["path"]))
        existing = find_reminder(issues, item["id"])
        if existing is not None:
            same = existing.get("title") == title and (existing.get("body") or "") == body
            kind = "skip" if same else "update"
            actions.append(Action(kind, item["id"], int(existing["number"]), title, body))
        elif closed_for(issues, item["id"], item["expires"]):
            actions.append(Action("skip", item["id"]))
        else:
            actions.append(Action("create", item["id"], None, title, body))
    still_due = {item["id"] for item in due}
    for issue in issues:
        m = MARKER.search(issue.get("body") or "")
        if m and is_reminder(issue) and issue.get("state") == "open" and m["id"] not in still_due:
            actions.append(Action("close", m["id"], int(issue["number"])))
    return actions


def ensure_label(api: ghapi.GitHub) -> None:
    """Create the "upkeep" label if the repository does not have it yet."""
    try:
        api.request("GET", f"labels/{LABEL}")
    except ghapi.GitHubError as err:
        if err.status != 404:
            raise
        api.request("POST", "labels", {"name": LABEL, "color": LABEL_COLOR, "description": "Listing renewal reminders"})


def apply(api: ghapi.GitHub, actions: list[Action]) -> None:
    """Carry out the planned actions."""
    for action in actions:
        if action.kind == "create":
            created = api.request("POST", "issues", {"title": action.title, "body": action.body, "labels": [LABEL]})
            print(f"{action.listing_id}: opened #{created['number']}")
        elif action.kind == "update":
            api.request("PATCH", f"issues/{action.number}", {"title": action.title, "body": action.body})
            print(f"{action.listing_id}: updated #{action.number}")
        elif action.kind == "close":
            api.request(
                "POST",
                f"issues/{action.number}/comments",
                {"body": "The listing is no longer due (renewed or removed); closing this reminder."},
            )
            api.request("PATCH", f"issues/{action.number}", {"state": "closed", "state_reason": "completed"})
            print(f"{action.listing_id}: closed #{action.number}")
        else:
            print(f"{action.listing_id}: up to date")


def main(argv: list[str] | None = None) -> int:
    """Read the due listings and bring the reminder issues up to date."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: upkeep_issues.py DUE_JSON (the output of matchboard upkeep --json)", file=sys.stderr)
        return 2
    due = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    api = ghapi.GitHub.from_env()
    server = os.environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/")
    branch = os.environ.get("GITHUB_REF_NAME") or "main"
    ensure_label(api)
    issues = api.paginate("issues", {"labels": LABEL, "state": "all"})
    apply(api, plan(due, issues, f"{server}/{api.repository}/blob/{branch}/{{path}}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Text from outside (partner boards, file names) made safe to print on one line of a log."""

from __future__ import annotations


def printable(text: str) -> str:
    """Return text with its control and format characters escaped (a newline as backslash and n).

    A newline could start a log line of its own, and in GitHub Actions a line starting `::` is a command.
    """
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)

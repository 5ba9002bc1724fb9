"""The commands that work on the whole board: match, explain, search, build, serve."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from pathlib import Path

from generator import pipeline
from generator.check import report
from generator.cli import options, progress, summary
from generator.core import dates, settings, vocab
from generator.core.facets import FILTERS
from generator.core.model import Match
from generator.match import criteria, embeddings, explain, index
from generator.match.board import Board
from generator.render import exports
from generator.render.preview import preview_server
from generator.render.size import site_size, size_report


def add_commands(commands: options.SubParsers) -> None:
    """Register match, explain and search."""
    sub = options.add_command(
        commands, "match", "Suggest need-offer pairs, best first per need, with the reasons.",
        "matchboard match --today 2026-11-26 --json", run_match,
    )  # fmt: skip
    _board_options(sub)
    sub.add_argument("--json", action="store_true", help="print a JSON array (the stable format for tools)")
    sub = options.add_command(
        commands, "explain", "Show the per-criterion breakdown of one pair and why it is, or is not, suggested.",
        "matchboard explain pelton-laufrad-sanierung-sedimentabrasion rechargement-reparation-roues-pelton",
        run_explain,
    )  # fmt: skip
    sub.add_argument("need", metavar="NEED", help="id of the need")
    sub.add_argument("offer", metavar="OFFER", help="id of the offer")
    _board_options(sub)
    sub = options.add_command(
        commands, "search", "Full-text search over the active listings, best first.",
        'matchboard search "laser welding" --type offer --country FR', run_search,
    )  # fmt: skip
    sub.add_argument("query", metavar="QUERY", help="words to look for; quotes, AND, OR and NOT work")
    _board_options(sub)
    for facet in FILTERS:
        sub.add_argument(str(facet.flag), dest=facet.key, help=f"only listings with this {facet.key}")
    sub.add_argument("--limit", type=options.count, default=10, help="how many results (default: 10)")
    sub = options.add_command(
        commands, "build", "Check, match and index the listings, then write the static site.",
        "matchboard build --listings listings --site site --today 2026-11-26", run_build,
    )  # fmt: skip
    _board_options(sub)
    sub.add_argument("--site", metavar="DIR", default="site", help="where the site goes (default: site)")
    sub.add_argument("--summary-file", metavar="FILE",
                     help='append the summary as Markdown, e.g. "$GITHUB_STEP_SUMMARY" in GitHub Actions')  # fmt: skip
    sub.add_argument("--site-url", metavar="URL", default=os.environ.get("SITE_URL") or None,
                     help="the site's address, overriding site_url in mkdocs.yml (default: $SITE_URL)")  # fmt: skip
    sub = options.add_command(
        commands, "serve", "Build the site and serve it on http://127.0.0.1:8000 until Ctrl-C.",
        "matchboard serve --port 8000", run_serve,
    )  # fmt: skip
    _board_options(sub)
    sub.add_argument("--site", metavar="DIR", default="site", help="where the site goes (default: site)")
    sub.add_argument("--port", type=options.port, default=8000, help="port on 127.0.0.1 (default: 8000; 0: any free)")
    sub.set_defaults(summary_file=None)


def _board_options(sub: argparse.ArgumentParser) -> None:
    options.add_listings_option(sub)
    options.add_today_option(sub)
    options.add_config_option(sub)
    sub.add_argument("--build", metavar="DIR", default="build", help="where the index is kept (default: build)")
    options.add_quiet_option(sub)


def _board(args: argparse.Namespace) -> tuple[Board, settings.MatchSettings] | None:
    """Load, index and match, or print the problems and return None."""
    try:
        with progress.reporter(args.quiet, lines=False) as shown:
            prepared = pipeline.prepare(
                Path(args.listings), dates.build_date(args.today), Path(args.config), Path(args.build), shown
            )
    except pipeline.PipelineError as err:
        _print_failure(err)
        return None
    _print_warnings(prepared)
    return prepared.board, prepared.settings.matching


def _print_warnings(prepared: pipeline.Prepared) -> None:
    """Print what went wrong with partner boards: the build goes on without them or with their last copy."""
    for warning in prepared.network.warnings:
        print(f"matchboard: warning: {warning}", file=sys.stderr)


def _print_failure(err: pipeline.PipelineError) -> None:
    """Print a stage's failure: the listing problems and what to do, or one error line."""
    for line in report.problem_lines(err.problems):
        print(line, file=sys.stderr)
    if err.problems:
        print(err, file=sys.stderr)
    else:
        print(f"matchboard{' ' + err.stage if err.stage else ''}: error: {err}", file=sys.stderr)


def run_match(args: argparse.Namespace) -> int:
    """Print the suggestions as JSON or as text, partner boards' listings included (as api/matches.json has them)."""
    prepared = _board(args)
    if prepared is None:
        return 1
    board, _ = prepared
    matches = board.all_matches()
    if args.json:
        print(json.dumps([exports.match_record(m) for m in matches], ensure_ascii=False, indent=2))
        return 0
    titles = {(x.board, x.id): x.title for x in (*board.listings, *board.partners)}
    current: tuple[str | None, str] | None = None
    for m in matches:
        if (m.need_board, m.need) != current:
            current = (m.need_board, m.need)
            print(f"\n{m.need}{_on(m.need_board)}: {titles[current]}")
        print(f"  {m.score:3d} {m.strength:<8}  {m.offer}{_on(m.offer_board)}: {titles[(m.offer_board, m.offer)]}")
        for reason in _shown_reasons(m):
            print(f"         - {reason}")
    needs = len({(m.need_board, m.need) for m in matches})
    print(f"\n{len(matches)} suggestion{'' if len(matches) == 1 else 's'} for {needs} need{'' if needs == 1 else 's'}")
    return 0


def _on(partner: str | None) -> str:
    """Return where a partner board's listing lives, after its id; nothing for this board's own."""
    return f" (on {partner})" if partner else ""


def _shown_reasons(m: Match) -> list[str]:
    """Return the reasons that count (they come biggest contribution first)."""
    return [r.text for r in m.reasons if r.score > 0]


def run_explain(args: argparse.Namespace) -> int:
    """Print the breakdown of one pair."""
    prepared = _board(args)
    if prepared is None:
        return 1
    board, chosen = prepared
    listings = board.by_id()
    unknown = [x for x in (args.need, args.offer) if x not in listings]
    if unknown:
        elsewhere = next((x.board for x in board.partners if x.id == unknown[0]), None)  # listed by match --json
        note = f" on this board ({unknown[0]!r} is on the partner board {elsewhere})" if elsewhere else ""
        print(f"matchboard explain: error: no listing with id {unknown[0]!r}{note}", file=sys.stderr)
        return 1
    need, offer = listings[args.need], listings[args.offer]
    if need.type == "offer" and offer.type == "need":
        need, offer = offer, need
    result = explain.explain(board, need, offer, chosen)
    for line in _explanation_lines(result, chosen):
        print(line)
    return 0


def _explanation_lines(result: explain.Explanation, chosen: settings.MatchSettings) -> list[str]:
    lines = [f"need:  {result.need.id}: {result.need.title}", f"offer: {result.offer.id}: {result.offer.title}", "",
             "hard rules:"]  # fmt: skip
    lines += [f"  {'ok  ' if rule.passed else 'FAIL'}  {rule.text}" for rule in result.rules]
    weights = criteria.weights(chosen)
    if result.criteria:
        cosine, csls = result.meaning or (0.0, 0.0)
        lines += ["", "criterion     weight  score  points  why"]
        for reason, points in result.criteria:
            weight = weights.get(reason.criterion)
            shown = f"{weight:6.0f}" if weight is not None else "     -"
            lines.append(f"  {reason.criterion:<11} {shown}  {reason.score:5.2f}  {points:6.1f}  {reason.text}")
        total = sum(weights.values())
        lines += [
            "",
            f"total: {round(result.total or 0)} of 100 (points / {total:.0f} x 100); threshold {chosen.threshold}",
            f"relevance: {result.relevance or 0:.2f} (meaning, text and keywords); minimum {chosen.min_relevance:.2f}; "
            f"the other criteria count in full from {chosen.full_relevance:.2f}",
            f"meaning: cosine {cosine:.3f} of the two listings' sentence embeddings ({embeddings.MODEL}), "
            f"{csls:+.3f} against their nearest partners (CSLS); the criterion scores 0 up to "
            f"{criteria.MEANING_FLOOR:+.2f} and 1 from {criteria.MEANING_FULL:+.2f}",
        ]
    lines += ["", f"verdict: {result.verdict}"]
    return lines


_CONTROL = re.compile("[\\x00-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]")


def terminal_text(text: str) -> str:
    """Return text without control characters: a title must not drive the terminal (escape sequences)."""
    return _CONTROL.sub("", text)


def run_search(args: argparse.Namespace) -> int:
    """Print the listings matching the query."""
    prepared = _board(args)
    if prepared is None:
        return 1
    board, _ = prepared
    filters = {f.key: _code(f.key, getattr(args, f.key)) for f in FILTERS if getattr(args, f.key, None)}
    for f in FILTERS:  # a value no listing can have would only ever find nothing: say so
        known = vocab.labels(f.vocabulary) if f.vocabulary else None
        if f.key in filters and known is not None and filters[f.key] not in known:
            print(f"matchboard search: error: {f.flag} {filters[f.key]!r} is not one of: {', '.join(known)}",
                  file=sys.stderr)  # fmt: skip
            return 2
    active = {x.id: x for x in board.active()}
    texts = {x.id: {t.language: f"{t.summary}\n{t.description}" for t in x.texts()} for x in active.values()}
    hits = index.search(board.index_path, args.query, filters, args.limit, texts)
    for rank, hit in enumerate(hits, 1):
        listing = active[hit.id]
        print(f"{rank:2d}. {hit.id} ({listing.type}, {listing.category}, {listing.organisation.country}, "
              f"{listing.language}) score {hit.score:.2f}")  # fmt: skip
        print(f"    {terminal_text(listing.title)}")
        if hit.snippet:
            print(f"    {terminal_text(hit.snippet)}")
    print(f"{len(hits)} result{'' if len(hits) == 1 else 's'} for {terminal_text(repr(args.query))}")
    return 0


def _code(key: str, value: str) -> str:
    """Return a filter value as the listings write it: country, region and sector codes in upper case."""
    return value.strip().upper() if key in ("country", "region", "sector") else value.strip()


def run_build(args: argparse.Namespace) -> int:
    """Build the site; print where it is and what it holds (progress and a summary go to standard error)."""
    try:
        with progress.reporter(args.quiet, lines=True) as shown:
            done = pipeline.build(
                Path(args.listings), Path(args.site), dates.build_date(args.today), Path(args.config),
                Path(args.build), shown, getattr(args, "site_url", None),
            )  # fmt: skip
    except pipeline.PipelineError as err:
        _print_failure(err)
        return 1
    _print_warnings(done)
    board = done.board
    size = site_size(Path(args.site))  # walked once: for the summary and against the host's limit
    if args.summary_file or not args.quiet:
        figures = summary.summary_of(Path(args.site), size, board, shown)
        if not args.quiet:
            print("\n".join(summary.text_lines(figures)), file=sys.stderr)
        if args.summary_file:
            try:
                with Path(args.summary_file).open("a", encoding="utf-8") as out:
                    out.write(summary.markdown(figures))
            except OSError as err:  # the site is built; only the summary is lost
                print(f"matchboard build: error: cannot write the summary to {args.summary_file}: {err.strerror}",
                      file=sys.stderr)  # fmt: skip
                return 1
    if done.settings.operator is None and not args.quiet:
        print("matchboard build: warning: extra.board.operator is not set; the About page says the board gives no"
              " imprint (name and postal address of whoever runs it)", file=sys.stderr)  # fmt: skip
    active = board.active()
    print(
        f"built {args.site}/ for {board.today}: {len(active)} active listings, "
        f"{len(board.listings) - len(active)} others, {len(board.matches)} suggested matches"
        + (f", {len(board.partner_matches)} with partner boards' listings" if board.partner_matches else "")
    )
    sized = size_report(size, done.settings.host_limit_mb)  # the host's limit: docs/HOSTING.md
    if not args.quiet:
        print(sized.line, file=sys.stderr)  # standard output keeps its one line, for scripts
    if sized.warning:
        print(sized.warning, file=sys.stderr)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Build, then serve the site on 127.0.0.1 until interrupted (the port is taken first: no build for nothing)."""
    try:
        server = preview_server(Path(args.site), args.port)
    except OSError as err:
        print(f"matchboard serve: error: cannot serve on 127.0.0.1:{args.port}: {err.strerror}; is another server"
              " using it? choose another --port", file=sys.stderr)  # fmt: skip
        return 1
    with server:
        status = run_build(args)
        if status != 0:
            return status
        port = server.server_address[1]  # the one the system chose for --port 0
        print(f"serving {args.site}/ on http://127.0.0.1:{port}/ (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0

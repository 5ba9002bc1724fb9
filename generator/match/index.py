"""The Whoosh index of active listings: every Whoosh call of the project lives here."""

from __future__ import annotations

import math
import os
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields, index, qparser, query
from whoosh.highlight import Formatter, SentenceFragmenter, get_text
from whoosh.scoring import BM25F

from generator.core import parallel
from generator.core.facets import FILTERS
from generator.core.languages import LANGUAGES
from generator.core.model import Listing
from generator.match import topics
from generator.match.features import TOPIC_PREFIX
from generator.match.textanalysis import analyzer, tokens

# Text is indexed per language so each language gets its own stemming; a query is parsed with
# every language's analyzer. Field weights make a word in the title count more than in the body.
TEXT_FIELDS = {"title": 3.0, "keywords": 3.0, "body": 1.0}
# Topics from schema/topics.yaml are indexed as terms too, so a German and a French listing
# about the same thing share terms even when they share no word.
TOPIC_FIELD, TOPIC_WEIGHT = "topic", 2.0
K1, B = 1.2, 0.75
PARALLEL_FROM = 2000  # listings; below this, worker processes cost more than they save

TermWeights = dict[str, float]


@dataclass(frozen=True)
class Hit:
    """One search result: the listing id, its score and a snippet with matches marked."""

    id: str
    score: float
    snippet: str


def _schema() -> fields.Schema:
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        **{f.key: fields.KEYWORD if f.many else fields.ID for f in FILTERS},
        trl=fields.NUMERIC(int),
        topic=fields.KEYWORD(scorable=True),
    )
    for name in TEXT_FIELDS:
        for language in LANGUAGES:
            schema.add(f"{name}_{language}", fields.TEXT(analyzer=analyzer(language), phrase=False))
    return schema


def _document(listing: Listing) -> dict[str, object]:
    document: dict[str, object] = {"id": listing.key, **{f.key: " ".join(f.values(listing)) for f in FILTERS}}
    if listing.trl is not None:
        document["trl"] = listing.trl
    # Text fields get their analysed tokens (Whoosh indexes a list as it is), so each text is
    # analysed once, here, for both the index and the topics; the schema's analyzers, the same
    # ones, still parse queries.
    keywords = tokens(" . ".join(listing.keywords), listing.language)
    document[f"keywords_{listing.language}"] = keywords
    found: Counter[str] = Counter(topics.concepts_in(keywords, listing.language))
    # The original and each translation go to their own language's fields: a German search
    # finds the German translation of a French listing, with German stemming.
    for text in listing.texts():
        language = text.language
        title_tokens, body_tokens = (
            tokens(text.title, language),
            tokens(f"{text.summary}\n{text.description}", language),
        )
        document[f"title_{language}"] = title_tokens
        document[f"body_{language}"] = body_tokens
        # No token spans a line break, so the title's tokens then the body's are the whole text's.
        found.update(topics.concepts_in(title_tokens + body_tokens, language))
    document[TOPIC_FIELD] = " ".join(c for c in sorted(found) for _ in range(found[c]))
    return document


def build_index(listings: Iterable[Listing], path: Path) -> None:
    """Write a fresh index of the given listings into the folder `path`."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    ix = index.create_in(str(path), _schema())
    topics.vocabulary()  # loaded once here, not once per worker
    documents = parallel.fork_map(_document, list(listings), PARALLEL_FROM)
    # A large board is analysed on every core into separate segments (term_weights reads
    # them in a fixed order, so the weights are the same bit for bit).
    procs = min(os.cpu_count() or 1, 4) if len(documents) >= PARALLEL_FROM else 1
    writer = ix.writer(limitmb=256, procs=procs, multisegment=procs > 1)
    for document in documents:
        writer.add_document(**document)
    writer.commit()


def term_weights(path: Path) -> dict[str, TermWeights]:
    """Return BM25F term weights per listing id, from the index's postings and statistics.

    A term's weight in a listing saturates with its (field-weighted, length-normalised)
    frequency and grows with its rarity across the board, as in BM25F; terms are pooled across
    languages, so `iso`, `13485` or `lidar` connect listings written in different languages.
    """
    ix = index.open_dir(str(path))
    with ix.reader() as reader:
        ids = {docnum: stored["id"] for docnum, stored in reader.iter_docs()}
        count = max(len(ids), 1)
        pseudo: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for field in sorted(reader.indexed_field_names()):  # a fixed order: sums come out the same
            name = field.rsplit("_", 1)[0]
            if name not in TEXT_FIELDS and field != TOPIC_FIELD:
                continue
            average = max(reader.field_length(field) / count, 1.0)
            weight = TOPIC_WEIGHT if field == TOPIC_FIELD else TEXT_FIELDS[name]
            prefix = TOPIC_PREFIX if field == TOPIC_FIELD else ""
            scale: dict[int, float] = {}  # per document: field weight / length normalisation
            for text in reader.field_terms(field):
                for docnum, frequency in reader.postings(field, text).items_as("frequency"):
                    if docnum not in scale:
                        scale[docnum] = weight / (1 - B + B * reader.doc_field_length(docnum, field, 0) / average)
                    pseudo[docnum][prefix + text] += frequency * scale[docnum]
    frequency_of: dict[str, int] = defaultdict(int)
    for terms in pseudo.values():
        for text in terms:
            frequency_of[text] += 1
    idf = {t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in frequency_of.items()}
    return {
        ids[docnum]: {t: idf[t] * tf * (K1 + 1) / (K1 + tf) for t, tf in terms.items()}
        for docnum, terms in pseudo.items()
    }


def search(
    path: Path, text: str, filters: Mapping[str, str], limit: int, texts: Mapping[str, Mapping[str, str]]
) -> list[Hit]:
    """Return the listings best matching `text` (BM25F), restricted by exact-value filters.

    `texts` maps listing ids to language -> the text to cut snippets from (the index stores no text).
    """
    ix = index.open_dir(str(path))
    field_names = [f"{name}_{language}" for name in TEXT_FIELDS for language in LANGUAGES]
    boosts = {f"{name}_{language}": boost for name, boost in TEXT_FIELDS.items() for language in LANGUAGES}
    parser = qparser.MultifieldParser(field_names, ix.schema, fieldboosts=boosts, group=qparser.OrGroup.factory(0.9))
    parsed = parser.parse(text)
    restrict = [query.Term(name, value) for name, value in sorted(filters.items()) if value]
    with ix.searcher(weighting=BM25F()) as searcher:
        results = searcher.search(parsed, limit=limit, filter=query.And(restrict) if restrict else None)
        results.fragmenter = SentenceFragmenter(maxchars=300)
        results.formatter = _MarkdownBold()
        hits = []
        for hit in results:
            listing_id = hit["id"]
            snippet = _snippet(hit, texts.get(listing_id, {}))
            hits.append(Hit(listing_id, round(hit.score, 3), snippet))
    return hits


class _MarkdownBold(Formatter):  # type: ignore[misc]
    """Mark matched words as **word**, readable in a terminal and in Markdown."""

    between = " … "

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return f"**{get_text(text, token, replace)}**"


def more_like(path: Path, listing: Listing, filters: Mapping[str, str], limit: int) -> list[Hit]:
    """Return the listings a plain BM25F query made of all of a listing's words finds first.

    This is the baseline the match engine is measured against, not part of matching.
    """
    ix = index.open_dir(str(path))
    text = "\n".join((listing.title, " ".join(listing.keywords), listing.summary, listing.description))
    terms = [
        query.Term(f"{name}_{language}", token)
        for name in TEXT_FIELDS
        for language in LANGUAGES
        for token in sorted(set(tokens(text, language)))
    ]
    restrict = [query.Term(name, value) for name, value in sorted(filters.items())]
    with ix.searcher(weighting=BM25F()) as searcher:
        results = searcher.search(query.Or(terms), limit=limit, filter=query.And(restrict) if restrict else None)
        return [Hit(hit["id"], round(hit.score, 3), "") for hit in results]


def _snippet(hit: object, texts: Mapping[str, str]) -> str:
    """Return the best snippet of the texts (original or translation) the query matched."""
    for language, text in texts.items():
        snippet = str(hit.highlights(f"body_{language}", text=text, top=2))  # type: ignore[attr-defined]
        if snippet:
            return snippet
    return ""

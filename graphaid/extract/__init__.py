"""From one document to mentions and relations, each relation citing the sentence it was read from.

A thin pipeline: the recognisers annotate the document (:mod:`graphaid.extract.article`), then each relation
rule reads the annotated article: pairing, experts, founding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphaid.documents import Document
from graphaid.extract.article import Article, annotate
from graphaid.extract.founding import founding_relations
from graphaid.extract.mentions import Mention, Relation
from graphaid.extract.pairing import pairing_relations, pairs_from_postings
from graphaid.extract.people import KnownNames, PersonFinder, default_finder, expert_windows, find_experts
from graphaid.extract.sides import DONOR, RECIPIENT, has_aid_words
from graphaid.model import Label, Rel

__all__ = ["Extraction", "Relation", "extract", "extract_many"]

_ANAPHORA = ("该院", "我院", "本院", "该医院")


@dataclass(slots=True)
class Extraction:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    has_aid: bool = True


def extract(doc: Document, finder: PersonFinder | None = None) -> Extraction:
    """Mentions and relations of one document."""
    result = Extraction(doc)
    if not _tells_of_aid(doc):
        result.has_aid = False
        return result
    article = annotate(doc)
    result.mentions.extend(article.orgs)
    result.mentions.extend(article.places)
    result.relations.extend(pairing_relations(article))
    sentences = article.sentences
    experts = find_experts(doc.text, [(s.start, s.end, i) for i, s in enumerate(sentences)], finder)
    for expert in experts:
        _expert_relations(result, article, expert)
    result.relations.extend(pairs_from_postings(result.relations))
    if result.relations:  # units are only read as founded by aid in an article that tells of aid
        units, relations = founding_relations(article, experts)
        result.mentions.extend(units)
        result.relations.extend(relations)
    return result


def extract_many(docs: Sequence[Document], finder: PersonFinder | None = None) -> list[Extraction]:
    """:func:`extract` of each document, the same results, with the name recogniser called once for them all."""
    windows = [
        window
        for doc in docs
        if _tells_of_aid(doc)
        for window in expert_windows(doc.text, [(s.start, s.end, i) for i, s in enumerate(doc.sentences)])
    ]
    if windows:
        finder = KnownNames(finder or default_finder(), windows)
    return [extract(doc, finder) for doc in docs]


def _tells_of_aid(doc: Document) -> bool:
    return has_aid_words("".join(s.text for s in doc.sentences))


def _expert_relations(result: Extraction, article: Article, expert: Mention) -> None:
    sides, main = article.sides, article.main
    actors, sentence = article.actors_by_sent[expert.sent], article.sentences[expert.sent]
    if _works_at_recipient(sides, expert, actors, sentence):
        return
    donors = [a for a in actors if a.label is Label.HOSPITAL and sides.side(a) == DONOR]
    recipients = [a for a in actors if sides.side(a) == RECIPIENT]
    sender = _nearest(donors, expert)
    if sender is None and any(w in sentence.text for w in _ANAPHORA):
        sender = main.get(DONOR, hospital=True)
    hospitals = [a for a in recipients if a.label is Label.HOSPITAL]
    after = [a for a in hospitals if a.start > expert.end] or [a for a in recipients if a.start > expert.end]
    posted = after[0] if after else _nearest(hospitals, expert) or _nearest(recipients, expert)
    if posted is None and main.single_recipient_hospital:
        posted = main.get(RECIPIENT, hospital=True)
    if sender is None and posted is None:
        return
    expert.affiliation = sender
    expert.key = f"{expert.surface}|{sender.key if sender else result.doc.doc_id}"
    result.mentions.append(expert)
    if sender is not None:
        result.relations.append(Relation(sender, expert, Rel.SENDS, sentence))
    if posted is not None:
        result.relations.append(Relation(expert, posted, Rel.POSTED_TO, sentence))


def _works_at_recipient(sides, expert, actors, sentence) -> bool:
    """某自治区人民医院某某副院长: someone of the receiving hospital, not an expert sent to it."""
    before = [a for a in actors if a.label is Label.HOSPITAL and a.end <= expert.start]
    if not before or any(sides.side(a) == DONOR for a in before):
        return False
    gap = sentence.text[before[-1].end - sentence.start : expert.start - sentence.start]
    return sides.side(before[-1]) == RECIPIENT and len(gap) <= 12 and not re.search(r"[,，。；;、:：]", gap)


def _nearest(candidates: list[Mention], anchor: Mention) -> Mention | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c.start - anchor.start))

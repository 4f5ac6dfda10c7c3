"""Within one document: names that stand for another name of the same document (县妇幼保健院 -> the county's
one named before; 丁青医院 -> 丁青县人民医院; 医疗集团 -> the hospital that leads it)."""

from __future__ import annotations

from graphaid.documents import Document
from graphaid.extract.mentions import Mention
from graphaid.extract.orgs import LEVEL_CHARS, normal_rest
from graphaid.lexicon import read_lines
from graphaid.model import Label
from graphaid.places import gazetteer


def complete_references(doc: Document, orgs: list[Mention], places_by_sent: list[list[Mention]]) -> list[Mention]:
    """The document's institutions, each shortened or generic name given the identity it stands for."""
    out = []
    full = [o for o in orgs if not o.abbreviated and o.places]
    group_tails = read_lines("group_tails.txt")
    for org in orgs:
        if org.label is Label.HOSPITAL:
            for tail in group_tails:
                head = org.rest[: -len(tail)] if org.rest.endswith(tail) else ""
                if head and head.endswith(("医院", "保健院", "卫生院")):
                    org.key = f"{org.region}|{head}"
                    org.rest = head
            if org.abbreviated:
                level, rest = org.surface[:1], normal_rest(org.surface[1:])
                same = [f for f in full if f.rest == rest and gazetteer().places[f.places[-1]].name.endswith(level)]
                earlier = [f for f in same if f.start < org.start]
                # the nearest full name before it, else the first one after it
                ref = earlier[-1] if earlier else (same[0] if same else None)
                if ref is None or level not in LEVEL_CHARS:
                    continue
                org.key, org.region, org.places, org.rest = ref.key, ref.region, ref.places, ref.rest
                org.abbreviated = False
            elif org.places and org.rest == "医院":
                own = [f for f in full if f.region == org.region and f.rest == "人民医院"]
                if own:
                    org.key = own[0].key
                    org.rest = own[0].rest
        out.append(org)
    return out

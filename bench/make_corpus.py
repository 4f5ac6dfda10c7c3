"""Write N synthetic news articles about medical pairing aid, deterministic for a seed, with their truth.

    python bench/make_corpus.py 100000 /tmp/corpus --seed 0

Articles are built the way the seed and development articles are: real divisions from the division table
(graphaid.places.gazetteer()), donors in the eastern provinces and recipient counties in the western ones
(plus pairs within one western province), hospitals named after their place (X县人民医院, X市第一人民医院,
X大学附属医院 ...), pairing and founding sentences in the styles of real reporting, expert profiles, filler,
and page chrome (navigation, related headlines naming other places, copyright, share bars). About 10% of the
files are GB18030 .txt, 15% are full .html pages and 5% tell of no aid at all; these shares are exact in every
block of 20 articles, so even a small corpus has each kind. Word lists and templates are in corpus_words.toml.

Layout: ``OUT/0000/0000000.txt`` (1,000 files a folder), ``OUT/truth.jsonl`` (one line per article, in order:
its document id as ``graphaid build OUT/`` names it and the donor -> recipient pairs it states, by division
code) and ``OUT/corpus.json`` (what was generated). Article ``i`` depends only on the seed and ``i``, so the
first 2,000 articles of a 100,000-article corpus are the 2,000-article corpus of the same seed.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graphaid.model import Label
from graphaid.places import Place, gazetteer

WORDS_FILE = Path(__file__).with_name("corpus_words.toml")
GENERATOR_VERSION = 2
PER_FOLDER = 1000
BLOCK = 20
# kinds of file in every block of BLOCK articles: 2 GB18030 .txt, 3 .html, the rest UTF-8 .txt
BLOCK_FORMATS = ["gb18030"] * 2 + ["html"] * 3 + ["txt"] * (BLOCK - 5)
NO_AID_PER_BLOCK = 1
RECIPIENT_PROVINCES = (
    "贵州省",
    "云南省",
    "四川省",
    "甘肃省",
    "青海省",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "西藏自治区",
    "广西壮族自治区",
    "内蒙古自治区",
    "重庆市",
    "陕西省",
)
NTH = "一二三四五六七八九十"
CHOICE = re.compile(r"\[\[(.+?)\]\]")


@cache
def words() -> dict:
    """The generator's word lists and templates (corpus_words.toml), read once."""
    with WORDS_FILE.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True, slots=True)
class Site:
    """A division as articles write it: the full name, the short form with its level, the bare name."""

    code: str
    name: str
    level: Label
    province: str
    city: str | None
    short: str  # 镇宁县, 黔东南州, 宁波市 (the full name when there is no shorter one)
    bare: str | None  # 镇宁, 黔东南, 宁波 (None when the bare name also means another place)


@dataclass(slots=True)
class Pair:
    """One donor -> recipient pairing an article states, with the words it uses for both sides."""

    donor: Site
    recipient: Site
    programme: str | None = None  # 藏/疆/青 for 援藏/援疆/援青
    intra: bool = False


@dataclass(slots=True)
class Article:
    """One generated article: where it goes, how it is encoded, its text and the pairs it states."""

    index: int
    doc_id: str
    fmt: str  # txt | html
    encoding: str  # utf-8 | gb18030
    aid: bool
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    meta: str = ""
    related_marker: str = ""
    related: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    pairs: list[dict] = field(default_factory=list)

    def truth(self) -> dict:
        """The truth line for this article."""
        return {
            "doc": self.doc_id,
            "format": self.fmt,
            "encoding": self.encoding,
            "aid": self.aid,
            "pairs": self.pairs,
        }


class World:
    """The places of the division table usable in articles, and the standing pairings of one seed.

    Every recipient county has one donor (a county, city or province in a partner province, or for some a
    city or the province above it in its own province), as in real pairing programmes where a pairing lasts
    for years and is reported many times.
    """

    def __init__(self, seed: int):
        gz = gazetteer()
        self.sites: dict[str, Site] = {}
        for place in sorted(gz.places.values(), key=lambda p: p.code):
            site = _site(place, gz.by_keyword)
            if site:
                self.sites[site.code] = site
        by_name = {s.name: s for s in self.sites.values() if s.level is Label.PROVINCE}
        self.province = {s.code: s for s in by_name.values()}
        partners = {by_name[d].code: [by_name[r].code for r in rs] for d, rs in words()["partners"].items()}
        self.programme = {by_name[p].code: abbr for p, abbr in words()["programmes"].items()}
        self.universities: dict[str, list[str]] = defaultdict(list)
        for entry in words()["names"]["university_hospitals"]:
            hospital, place = entry.split("|")
            for site in self.sites.values():
                if site.name == place:
                    self.universities[site.code].append(hospital)
        recipient_provinces = {by_name[name].code for name in RECIPIENT_PROVINCES}
        in_province: dict[str, dict[Label, list[Site]]] = defaultdict(lambda: defaultdict(list))
        for site in self.sites.values():
            in_province[site.province][site.level].append(site)
        rng = random.Random(f"{seed}-world")
        self.recipients: list[Site] = []
        self.donor_of: dict[str, tuple[Site, bool]] = {}
        self.recipients_in: dict[str, list[Site]] = defaultdict(list)
        for province in sorted(recipient_provinces):
            for county in in_province[province][Label.COUNTY]:
                self.recipients.append(county)
                self.recipients_in[province].append(county)
                donors = [d for d, rs in partners.items() if province in rs]
                if rng.random() < 0.15:  # within one province the higher level gives
                    cities = in_province[province][Label.CITY]
                    own = [c for c in cities if c.code == county.city]
                    choice = rng.random()
                    if own and choice < 0.5:
                        donor = own[0]
                    elif cities and choice < 0.8:
                        donor = rng.choice(cities)
                    else:
                        donor = self.province[province]
                    self.donor_of[county.code] = (donor, True)
                    continue
                donor_province = rng.choice(donors)
                level = rng.random()
                pool = in_province[donor_province]
                if level < 0.45 and pool[Label.COUNTY]:
                    donor = rng.choice(pool[Label.COUNTY])
                elif level < 0.85 and pool[Label.CITY]:
                    donor = rng.choice(pool[Label.CITY])
                else:
                    donor = self.province[donor_province]
                self.donor_of[county.code] = (donor, False)
        self.all_counties = [s for s in self.sites.values() if s.level is Label.COUNTY]

    def pair(self, recipient: Site) -> Pair:
        """The standing pairing that serves a recipient county."""
        donor, intra = self.donor_of[recipient.code]
        programme = None if intra else self.programme.get(recipient.province)
        return Pair(donor, recipient, programme, intra)


def _site(place: Place, by_keyword: dict[str, set[str]]) -> Site | None:
    """The place as a Site, or None when its full name also means another place (鼓楼区)."""
    if by_keyword.get(place.name) != {place.code}:
        return None
    unique = sorted(k for k in place.keywords if by_keyword.get(k) == {place.code} and k != place.name)
    # the bare name is a head of the full name (镇宁, 安州), never an old name the table also knows (安县)
    bares = [k for k in unique if place.name.startswith(k) and len(k) >= 2]
    bare = min(bares, key=lambda k: (len(k), k)) if bares else None
    short = place.name
    for auto, level in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if place.name.endswith(auto) and bare and bare + level in unique:
            short = bare + level  # 镇宁县, 黔东南州
    return Site(place.code, place.name, place.level, place.province, place.city, short, bare)


class Writer:
    """Fills templates for one article from its own random stream."""

    def __init__(self, world: World, rng: random.Random):
        self.world = world
        self.rng = rng
        self.words = words()
        self.names_used: set[str] = set()
        self.used: set[str] = set()  # filler templates already in this article

    # --- small pieces -------------------------------------------------------------------------------------
    def pick(self, section: str, key: str) -> str:
        """One entry of a word list."""
        return self.rng.choice(self.words[section][key])

    def person(self) -> str:
        """A plausible Chinese name (family name + one or two given-name characters), new in this article."""
        names = self.words["names"]
        for _ in range(20):
            given = "".join(self.rng.choices(names["given_chars"], k=self.rng.choice((1, 2, 2))))
            name = self.rng.choice(names["surnames"]) + given
            if name not in self.names_used:
                self.names_used.add(name)
                return name
        return name

    def date(self, year: int | None = None) -> str:
        """A date as articles write it: 2019年7月30日, 2019年7月 or 7月30日."""
        year = year or self.rng.randint(2016, 2024)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice((f"{year}年{month}月{day}日", f"{year}年{month}月", f"{month}月{day}日"))

    def number(self, key: str) -> object:
        """A value for a template placeholder that is not a party's name: counts, years, names of reporters."""
        r = self.rng
        ranges = {
            "year": (2016, 2024),
            "month": (1, 12),
            "years": (1, 5),
            "months": (1, 18),
            "n": (2, 9),
            "m": (5, 60),
            "k": (1000, 200000),
            "n2": (100, 3000),
            "n3": (10, 300),
            "n4": (200, 20000),
            "pct": (60, 95),
        }
        if key in ranges:
            return r.randint(*ranges[key])
        if key == "nth":
            return NTH[r.randint(0, 9)]
        if key == "date":
            return self.date()
        if key == "slogan":
            return self.pick("templates", "slogans")
        if key == "source":
            return self.pick("names", "news_sources")
        if key in ("reporter", "reporter2"):
            return self.person()
        raise KeyError(key)

    def written(self, site: Site, prefix: bool = False) -> str:
        """How a text names a place: mostly in full, sometimes short (黔东南州), with its province in front."""
        name = site.name if self.rng.random() < 0.6 else site.short
        if prefix and site.level is not Label.PROVINCE and self.rng.random() < 0.4:
            province = self.world.province[site.province]
            name = (province.bare or province.name if self.rng.random() < 0.5 else province.name) + name
        return name

    def hospital(self, site: Site, recipient: bool = False) -> str:
        """A hospital named after a place, the way real ones are."""
        hospitals = self.words["hospitals"]
        if site.level is Label.PROVINCE:
            return (site.name if self.rng.random() < 0.7 else site.bare or site.name) + self.rng.choice(
                hospitals["province"]
            )
        if site.code in self.world.universities and not recipient and self.rng.random() < 0.3:
            return self.rng.choice(self.world.universities[site.code])
        if site.level is Label.CITY:
            return self.written(site) + self.rng.choice(hospitals["city"])
        if recipient and self.rng.random() < 0.12:
            return self.written(site) + self.pick("names", "towns") + "卫生院"
        return self.written(site) + self.rng.choice(hospitals["county_recipient" if recipient else "county_donor"])

    def agency(self, site: Site) -> str:
        """The health authority of a place (黄平县卫生健康局)."""
        ending = {Label.COUNTY: "卫生健康局", Label.CITY: "卫生健康委员会", Label.PROVINCE: "卫生健康委"}
        return self.written(site) + ending[site.level]

    def short(self, site: Site) -> str:
        """The short name used in titles and filler: 台江县, 台江, 黔东南州."""
        if site.bare and self.rng.random() < 0.3:
            return site.bare
        return site.short if self.rng.random() < 0.6 else site.name

    # --- sentences ----------------------------------------------------------------------------------------
    def parties(self, pair: Pair) -> dict[str, str]:
        """The words for both sides of one pairing, kept for the whole article so it names them consistently."""
        donor, recipient = pair.donor, pair.recipient
        choice = self.rng.random()
        dh = self.hospital(donor)
        if choice < 0.55:
            d = dh
        elif choice < 0.8:
            d = self.written(donor, prefix=True)
        else:
            d = self.agency(donor)
        rh = self.hospital(recipient, recipient=True)
        r = rh if self.rng.random() < 0.6 else self.written(recipient, prefix=True)
        return {
            "D": d,
            "R": r,
            "Dh": dh,
            "Rh": rh,
            "Ds": self.short(donor),
            "Rs": self.short(recipient),
            "Rc": self.written(recipient, prefix=True),
            "Dp": self.world.province[donor.province].name,
            "Rp": self.world.province[recipient.province].name,
            "abbr": pair.programme or "",
        }

    def fill(self, template: str, values: dict) -> str:
        """The template with its [[a|b]] choices made, the parties' words, and fresh values for the rest."""
        if "[[" in template:
            template = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        return template.format_map(_Values(self, values))

    def pairing(self, pair: Pair, values: dict) -> str:
        """A sentence stating the pairing, in one of the styles of real reporting."""
        templates = self.words["templates"]
        if pair.programme and self.rng.random() < 0.5:
            return self.fill(self.rng.choice(templates["programme_pairings"]), values)
        return self.fill(self.rng.choice(templates["pairings"]), values)

    def experts(self, values: dict) -> list[str]:
        """Expert material: a block of profiles, a list sentence, or a photo caption."""
        names, templates = self.words["names"], self.words["templates"]
        kind = self.rng.random()

        def expert() -> dict:
            return {
                "name": self.person(),
                "role": self.rng.choice(names["roles"]),
                "dept": self.rng.choice(names["departments"]),
                "post": self.rng.choice(names["posts"]),
                "operation": self.rng.choice(names["operations"]),
            }

        if kind < 0.45:
            lines = [self.rng.choice(templates["profile_headings"])]
            for _ in range(self.rng.randint(1, 3)):
                lines.append(self.fill(self.rng.choice(templates["profiles"]), {**values, **expert()}))
            return lines
        if kind < 0.75:
            team = [expert() for _ in range(self.rng.randint(2, 4))]
            listed = [f"{e['dept']}{e['role']}{e['name']}" for e in team]
            joined = "、".join(listed[:-1]) + "和" + listed[-1]
            return [self.fill(self.rng.choice(templates["expert_lists"]), {**values, "experts": joined})]
        return [self.fill(self.rng.choice(templates["captions"]), {**values, **expert()})]

    def founding(self, values: dict) -> str:
        """A sentence on units the donor founded at the recipient hospital."""
        units = self.rng.sample(self.words["names"]["founded"], self.rng.randint(1, 3))
        extra = {"units": "、".join(units), "unit": units[0]}
        return self.fill(self.rng.choice(self.words["templates"]["foundings"]), {**values, **extra})

    def filler(self, count: int, values: dict, section: str = "templates", key: str = "filler") -> list[str]:
        """Up to ``count`` filler paragraphs this article has not used yet."""
        pool = [t for t in self.words[section][key] if t not in self.used]
        chosen = self.rng.sample(pool, min(count, len(pool)))
        self.used.update(chosen)
        return [self.fill(t, values) for t in chosen]


class _Values(dict):
    """Template values: the given ones, and the rest drawn only when a template asks for them (speed)."""

    def __init__(self, writer: Writer, values: dict):
        super().__init__(values)
        self.writer = writer

    def __missing__(self, key: str) -> object:
        value = self[key] = self.writer.number(key)
        return value


def article_kinds(seed: int, block: int) -> tuple[list[str], set[int]]:
    """File kinds of one block of articles and which of them tell of no aid (exact shares in every block)."""
    rng = random.Random(f"{seed}-block-{block}")
    formats = list(BLOCK_FORMATS)
    rng.shuffle(formats)
    no_aid = set(rng.sample(range(BLOCK), NO_AID_PER_BLOCK))
    return formats, no_aid


def doc_id(index: int, fmt: str, per_folder: int = PER_FOLDER) -> str:
    """The article's path under OUT, which is also its document id in ``graphaid build OUT/``."""
    return f"{index // per_folder:04d}/{index:07d}.{fmt}"


def make_article(world: World, seed: int, index: int, per_folder: int = PER_FOLDER) -> Article:
    """Article ``index`` of the corpus of ``seed`` (depends on nothing else)."""
    formats, no_aid = article_kinds(seed, index // BLOCK)
    kind = formats[index % BLOCK]
    fmt = "html" if kind == "html" else "txt"
    encoding = "gb18030" if kind == "gb18030" else "utf-8"
    rng = random.Random(f"{seed}-article-{index}")
    article = Article(index, doc_id(index, fmt, per_folder), fmt, encoding, index % BLOCK not in no_aid)
    writer = Writer(world, rng)
    target = rng.randint(800, 2500)
    if article.aid:
        values = _aid_body(article, writer, world, rng)
        pool, key = "templates", "filler"
    else:
        place = rng.choice(world.all_counties)
        values = {"P": writer.written(place), "Rs": writer.short(place)}
        article.title = writer.fill(writer.pick("no_aid", "titles"), values)
        article.paragraphs = writer.filler(3, values, "no_aid", "paragraphs")
        pool, key = "no_aid", "paragraphs"
    _chrome(article, writer, world, rng)
    # filler goes after the lead and between sections, never between a heading and what it heads
    gaps = [i for i in range(1, len(article.paragraphs) + 1) if len(article.paragraphs[i - 1]) >= 40]
    added: dict[int, list[str]] = defaultdict(list)
    length = _length(article)
    while length < target and gaps:
        paragraph = writer.filler(1, values, pool, key)
        if not paragraph:
            break
        added[rng.choice(gaps)].append(paragraph[0])
        length += len(paragraph[0])
    for gap in sorted(added, reverse=True):
        article.paragraphs[gap:gap] = added[gap]
    return article


def _aid_body(article: Article, writer: Writer, world: World, rng: random.Random) -> dict[str, str]:
    """Title, meta line and paragraphs of an article about aid; records the pairs it states.

    Returns the words for the main pairing's sides, for the filler that follows.
    """
    primary = rng.choice(world.recipients)
    recipients = [primary]
    extra = rng.random()
    if extra > 0.7:  # some articles report on several counties of one province, as seed 003 does
        others = [c for c in world.recipients_in[primary.province] if c.code != primary.code]
        recipients += rng.sample(others, min(len(others), 1 if extra < 0.9 else 2))
    pairs = [world.pair(r) for r in recipients]
    parts = [writer.parties(p) for p in pairs]
    templates = words()["templates"]
    article.title = writer.fill(rng.choice(templates["titles"]), parts[0])
    article.meta = writer.fill(
        rng.choice(
            (
                "来源: {source} 作者: {reporter} 发布时间: {stamp}",
                "{stamp}   来源: {source}",
                "发布时间:{stamp} 来源:{source} 浏览量:{n2}",
            )
        ),
        {"stamp": f"{rng.randint(2016, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
    )
    stated: set[tuple[str, str]] = set()
    lead = []
    if not pairs[0].intra and rng.random() < 0.3:
        lead.append(writer.fill(rng.choice(templates["province_context"]), parts[0]))
        stated.add((pairs[0].donor.province, pairs[0].recipient.province))
    lead.append(writer.pairing(pairs[0], parts[0]))
    lead += writer.filler(1, parts[0])
    article.paragraphs.append("".join(lead))
    for i, (pair, values) in enumerate(zip(pairs, parts, strict=True)):
        stated.add((pair.donor.code, pair.recipient.code))
        if rng.random() < 0.5:
            article.paragraphs.append(rng.choice(templates["section_headings"]))
        if i > 0 or rng.random() < 0.4:
            article.paragraphs.append(writer.pairing(pair, values))
        if rng.random() < 0.55:
            article.paragraphs += writer.experts(values)
        if rng.random() < 0.4:
            article.paragraphs.append(writer.founding(values))
    if rng.random() < 0.5:
        article.paragraphs.append(writer.fill(rng.choice(templates["closings"]), parts[0]))
    sites = world.sites
    article.pairs = [
        {"donor": sites[d].name, "donor_code": d, "recipient": sites[r].name, "recipient_code": r}
        for d, r in sorted(stated)
    ]
    return parts[0]


def _chrome(article: Article, writer: Writer, world: World, rng: random.Random) -> None:
    """Page furniture around the article: breadcrumbs, related headlines about other places, copyright."""
    chrome = words()["chrome"]
    if rng.random() < 0.6:
        article.header = rng.sample(chrome["header"], rng.randint(1, 3))
    if rng.random() < 0.85:
        article.related_marker = rng.choice(chrome["related_markers"])
        for template in rng.sample(chrome["headlines"], rng.randint(3, 6)):
            x, y = rng.sample(world.all_counties, 2)
            article.related.append(template.format(X=writer.written(x), Y=writer.written(y)))
        headline = article.related[0]
        article.footer = [
            writer.fill(rng.choice(chrome["footers"]), {}),
            writer.fill(rng.choice(chrome["share"]), {"headline": headline}),
        ]


def _length(article: Article) -> int:
    parts = [article.title, article.meta, *article.header, *article.paragraphs, article.related_marker]
    return sum(len(p) for p in parts + article.related + article.footer)


FULLWIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）"})


def render(article: Article, rng: random.Random) -> str:
    """The article as the file's text: a plain text page, or a full HTML page."""
    paragraphs = article.paragraphs
    if rng.random() < 0.5:  # sites differ: some keep full-width punctuation, some have it normalised
        paragraphs = [p.translate(FULLWIDTH) for p in paragraphs]
    if article.fmt == "html":
        return _render_html(article, paragraphs, rng)
    indent = rng.choice(("", "  ", "    ", "\u3000\u3000"))
    lines = [*article.header, "", article.title, "", article.meta, ""]
    lines += [indent + p + "\n" for p in paragraphs]
    if article.related_marker:
        lines += ["", article.related_marker, *article.related, ""]
    lines += article.footer
    return "\n".join(lines) + "\n"


def _render_html(article: Article, paragraphs: list[str], rng: random.Random) -> str:
    esc = html.escape
    charset = "gb18030" if article.encoding == "gb18030" else "utf-8"
    nav = "".join(f'<li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(words()["chrome"]["nav"]))
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    related = ""
    if article.related_marker:
        items = "".join(
            f'<li><a href="/news/{rng.randint(10000, 99999)}.html">{esc(h)}</a></li>' for h in article.related
        )
        related = f'<div class="related"><h3>{esc(article.related_marker)}</h3><ul>{items}</ul></div>'
    footer = "".join(f"<p>{esc(f)}</p>" for f in article.footer)
    header = "".join(f"<span>{esc(h)}</span>" for h in article.header)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="zh-CN"><head><meta charset="{charset}"><title>{esc(article.title)}</title></head>\n'
        f'<body><div class="header"><ul class="nav">{nav}</ul>{header}</div>\n'
        f'<div class="article"><h1>{esc(article.title)}</h1><div class="info">{esc(article.meta)}</div>\n'
        f'<div class="content">\n{body}\n</div></div>\n{related}\n'
        f'<div class="footer">{footer}</div></body></html>\n'
    )


@dataclass(slots=True)
class CorpusStats:
    articles: int = 0
    chars: int = 0
    bytes: int = 0
    pairs: int = 0
    seconds: float = 0.0


def generate(count: int, out: str | Path, seed: int = 0, per_folder: int = PER_FOLDER) -> CorpusStats:
    """Write ``count`` articles and truth.jsonl under ``out``, streaming (memory holds one article at a time)."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    stats = CorpusStats()
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for article, text in articles(world, seed, count, per_folder):
            path = out / article.doc_id
            if article.index % per_folder == 0:
                path.parent.mkdir(exist_ok=True)
            data = text.encode(article.encoding)
            path.write_bytes(data)
            truth.write(json.dumps(article.truth(), ensure_ascii=False) + "\n")
            stats.articles += 1
            stats.chars += len(text)
            stats.bytes += len(data)
            stats.pairs += len(article.pairs)
    stats.seconds = time.perf_counter() - started
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "articles": count,
        "seed": seed,
        "per_folder": per_folder,
        "chars": stats.chars,
        "bytes": stats.bytes,
        "pairs": stats.pairs,
    }
    (out / "corpus.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return stats


def articles(world: World, seed: int, count: int, per_folder: int = PER_FOLDER) -> Iterator[tuple[Article, str]]:
    """The articles of a corpus with their file text, one at a time."""
    for index in range(count):
        article = make_article(world, seed, index, per_folder)
        yield article, render(article, random.Random(f"{seed}-render-{index}"))


def read_truth(out: str | Path) -> list[dict]:
    """The truth lines of a generated corpus."""
    with (Path(out) / "truth.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="How many articles to write.")
    parser.add_argument("out", type=Path, help="The folder to write them to (created if missing).")
    parser.add_argument("--seed", type=int, default=0, help="Same seed, same bytes (default 0).")
    parser.add_argument("--per-folder", type=int, default=PER_FOLDER, help="Articles per subfolder.")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("COUNT must be at least 1")
    stats = generate(args.count, args.out, args.seed, args.per_folder)
    print(
        f"{stats.articles} articles, {stats.chars / 1e6:.1f} M characters, {stats.bytes / 1e6:.1f} MB, "
        f"{stats.pairs} stated pairs in {stats.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

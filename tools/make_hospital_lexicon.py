"""Regenerate graphaid/data/hospitals.tsv: real top-tier hospitals, the forms text names them by, and their region.

Source: ``result.csv`` of https://github.com/46319943/3AHospital (Luoyun, Apache-2.0, last changed 2020-11-28), the
list of 三甲 hospitals from a-hospital.com with an address each. A name there carries other names in brackets
(北京大学第三医院（北医三院）). We keep a form only where it is safe to find in running text: it names one hospital
(forms given to two are dropped), has at least three characters, and is more than a place, a number or a generic
phrase (肿瘤医院, 中心医院, 友谊医院: words that name hospitals in more than one province). Derived forms: the name
without its leading place (北京积水潭医院 -> 积水潭医院), without the university it is attached to
(首都医科大学附属北京天坛医院 -> 北京天坛医院), with and without the university's medical school (某大学附属某医院 ->
某大学医学院附属某医院), 解放军 for 中国人民解放军, and a university's numbered hospital
in the short forms reporters use (苏州大学附属第一医院 -> 苏大附一院, 苏大一院); forms two hospitals share are
dropped. The region is the finest division the address names, read from its start (a place that names a street,
some city's 解放路, is none), else the places in the name.

Usage (the only step that needs the network; nothing is downloaded when graphaid runs):

    git clone https://github.com/46319943/3AHospital /tmp/3ahospital
    python tools/make_hospital_lexicon.py /tmp/3ahospital
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from graphaid.extract.orgs import normal_rest
from graphaid.lexicon import read_lines, read_table
from graphaid.model import Label
from graphaid.places import LEVEL_SUFFIXES, Gazetteer, gazetteer

DATA = Path(__file__).resolve().parent.parent / "graphaid" / "data"
OUT = DATA / "hospitals.tsv"
SHARED_OUT = DATA / "hospital_shared_names.tsv"
# a name more hospitals share than this names a kind of hospital, not one of a few
MAX_SHARERS = 4
# military medical universities renamed in the reform of 2017, old name -> new name
RENAMED_UNIVERSITIES = {"第二军医大学": "海军军医大学", "第三军医大学": "陆军军医大学", "第四军医大学": "空军军医大学"}
LICENSE_OUT = DATA / "hospitals.LICENSE.txt"
SOURCE = "https://github.com/46319943/3AHospital"

# Words that name a kind of hospital, not one hospital: a form made only of these (after its place and ending)
# is generic. Specialties, ranks, owners and the like, as they occur in the source's names.
GENERIC_WORDS = """
中国人民解放军 解放军 人民武装警察部队 武警 部队 军区 总队 陆军 海军 空军 火箭军 联勤保障 中心 总 分 附属 附 大学 学院
医学院 医科 医科大学 医大 医学 临床 第一 第二 第三 第四 第五 第六 第七 第八 第九 第十 一 二 三 四 五 六 七 八 九 十
人民 市立 省立 区立 县立 市 省 区 县 州 自治区 地区 中医药 中医 中西医结合 中西结合 中西医 西医 民族 蒙医 藏医 维吾尔医
妇幼保健 妇幼 妇女儿童 妇儿 妇产科 妇产 妇婴 妇女 儿童 儿科 妇 儿 肿瘤 精神卫生 精神病 精神 神经 心理 传染病 传染
结核病 结核 胸科 肺科 骨科 骨伤科 骨伤 眼科 眼 耳鼻咽喉 五官科 口腔 皮肤病 皮肤 防治 研究所 研究院 康复 疗养 老年病
老年 心血管病 心血管 心脏 脑科 肛肠 外科 烧伤 整形 职业病 急救 医疗 保健 红十字会 红十字 红会 工人 职工 铁路 油田
石化 矿务局 矿业 矿 集团 公司 钢铁 煤炭 煤业 农垦 林业 电力 公安 友谊 和平 国际 中心医院 医院 医 院 所 病 按摩 正骨
创伤 生殖 乳腺 疾病 专科 心脑血管 性病 针灸 推拿 美容 激光 航空 核工业 石油 管理局 体育 监狱 眼耳鼻喉 眼视光 公共卫生
救治 劳动卫生 化学工业 纺织 银行 慈善 华侨 侨联 工厂
""".split()  # noqa: SIM905 (a list of 170 words reads better as text)

GENERIC_WORDS_LONGEST_FIRST = sorted(GENERIC_WORDS, key=len, reverse=True)
# a numbered short ending (二院) is part of the name it ends (湘雅二院): the numeral is what tells hospitals apart
ENDINGS = sorted(
    {*(e for e in read_lines("hospital_suffixes.txt") if not re.fullmatch("[一二三四五六七八九十]院", e)), "院", "中心"}
    | {"防治所", "防治院", "东院", "西院", "南院", "北院"},  # a campus (某医院北院) ends as a hospital does
    key=len,
    reverse=True,
)
_BRACKETS = re.compile(r"[（(]([^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*)[)）]")
_UNIVERSITY = re.compile(r"^.{2,10}?(?:大学|医学院|学院)(?:医学院)?附属(?=.{3})")
# 某大学某医院 without 附属 (四川大学某某医院 -> 某某医院): only where a hospital's own name follows, not a numbered
# or clinical school's (某大学第一医院, 某大学临床学院)
_UNIVERSITY_UNMARKED = re.compile(r"^.{2,14}?(?:大学|医学院)(?=[^附第临学属]{2,6}医院$)")
# a campus named in brackets (某医院（某某医院南区）): another name of this hospital
_CAMPUS = ("院区", "南区", "北区", "东区", "西区", "东部", "西部", "南部", "北部")
# 某市解放中路, 某省共和路: a place's name that starts a street's is no division of the address
_STREET = re.compile(r"[东西南北中]?(?:路|街|大街|大道|巷)")
_DIGITS = re.compile(r"\d+")
_OWNER = re.compile(r"大学|学院|医科|医大|局|公司|集团|研究|医院|中心|省|市")
_ODD_ZERO = re.compile(r"(?<=[一二三四五六七八九])[0OＯ○零](?=[一二三四五六七八九〇0OＯ○零]*(?:中心)?医院)")


def split_name(raw: str) -> tuple[str, list[str]]:
    """The name outside brackets and the other names inside them; a bracket that is no name stays in the name."""
    aliases: list[str] = []
    kept = raw
    for m in _BRACKETS.finditer(raw):
        inner = m.group(1)
        # the source cuts some other names short of their ending (北大人民医): complete them
        parts = [p + "院" if p.endswith("医") else p for p in re.split(r"[、，,\s]", inner) if p]
        if any(_ending(p.split("（")[0].split("(")[0]) or p.endswith(_CAMPUS) for p in parts):
            kept = kept.replace(m.group(0), " ", 1)
            for part in parts:
                # a name with a former name in brackets: 中国人民解放军第四七三医院（空军兰州医院）
                outer, *inner_names = re.split(r"[（()）]", part)
                aliases += [n for n in (outer, *inner_names) if n]
    # 孝感市（中心）人民医院: a bracket that holds no name is part of the name
    names = [n for n in re.sub(r"[（()）]", "", kept).split() if n]
    # 湖州市第三人民医院湖州市精神病院: the source runs two names of one hospital together
    starts = "|".join(_province_names())
    joined = re.compile(r"(.{4,}?(?:医院|中心))(?=(?:" + starts + r").{2,}(?:医院|院)$)")
    parts = [p for n in names for p in (joined.sub(r"\1 ", n).split())]
    aliases = [re.sub(r"^(?:原|合并)", "", a) for a in parts[1:] + aliases]
    return _zeros(parts[0]), [_zeros(a) for a in aliases]


def _zeros(name: str) -> str:
    """第三0二医院, 第二Ｏ二医院: the source's zeros as print writes them (〇)."""
    return _ODD_ZERO.sub("〇", name)


@cache
def _province_names() -> tuple[str, ...]:
    """Names a second hospital name in a run-together pair starts with: cities and provinces, full and short."""
    gz = gazetteer()
    return tuple(
        sorted(
            {kw for kw, codes in gz.by_keyword.items() if any(gz.places[c].level is not Label.COUNTY for c in codes)},
            key=len,
            reverse=True,
        )
    )


def _ending(name: str) -> str:
    return next((e for e in ENDINGS if name.endswith(e) and len(name) > len(e)), "")


def leading_places(gz: Gazetteer, name: str) -> tuple[list[str], int]:
    """Division codes written at the start of a name or an address, each inside the one before, and where they end."""
    codes: list[str] = []
    pos = 0
    matches = list(gz.scan(name))
    starts = {m.start for m in matches}
    for i, match in enumerate(matches):
        if match.end not in starts and not match.surface.endswith(LEVEL_SUFFIXES) and _STREET.match(name, match.end):
            # 某市解放中路, 青海省共和路: the place that names the street is none of the address's divisions, but
            # the places one keyword runs together before it (西安市雁塔|西路) are
            matches[i + 1 :] = []
            shorter = next((m for m in gz.scan(name[: match.end - 1]) if m.start == match.start), None)
            if shorter is None:
                break
            match = shorter
        # 吉林省吉林市市船营区: tolerate a stray level character between two places
        if match.start - pos > (1 if codes else 0):
            break
        code = gz.resolve(match, set(codes))
        if code is None or (codes and not gz.is_within(code, codes[-1])):
            break
        codes.append(code)
        pos = match.end
    return codes, pos


def region_of(gz: Gazetteer, name: str, address: str, other_names: list[str]) -> str:
    """The finest division the address names, else the one the name names; '' when neither says. Where the two
    disagree the name wins (an address the source geocoded wrong), except where another name of the hospital
    starts with the address's place (岳阳医院 is 上海中医药大学附属岳阳中西医结合医院, in 上海) and for a
    university's hospital whose address does not name its name's place at all: that place is the university's
    (北京大学深圳医院 stands in 深圳) or a word of its own name (南华大学附属第一医院 is not in 南华县)."""
    from_name, _ = leading_places(gz, name)
    # an address may start with a label (北院地址：) or with a street: read from its first place
    first = next((m for m in gz.scan(address) if gz.resolve(m, set())), None)
    from_address, _ = leading_places(gz, address[first.start :]) if first else ([], 0)
    university = _UNIVERSITY.match(name) or _UNIVERSITY_UNMARKED.match(name)
    if (
        from_address
        and from_name
        and not (gz.is_within(from_address[-1], from_name[-1]) or gz.is_within(from_name[-1], from_address[-1]))
    ):
        named_elsewhere = university and not any(kw in address for kw in gz.places[from_name[0]].keywords)
        if named_elsewhere or any(
            (places := leading_places(gz, other)[0]) and gz.is_within(from_address[-1], places[0])
            for other in other_names
        ):
            from_name = []
        else:
            from_address = []
    codes = max(from_address, from_name, key=lambda c: len(gz.lineage(c[-1])) if c else 0)
    return codes[-1] if codes else ""


def derived_forms(gz: Gazetteer, name: str) -> set[str]:
    """Shorter forms of a name that text uses: without the university, without the leading place, 解放军."""
    forms = {name}
    m = _UNIVERSITY.match(name) or _UNIVERSITY_UNMARKED.match(name)
    if m:
        forms.add(name[m.end() :])
    if name.startswith("中国人民解放军"):
        forms.add(name.replace("中国人民解放军", "解放军", 1))
    # a university's hospital is named with and without its medical school (某大学医学院附属某医院)
    m = _MEDICAL_SCHOOL.match(name)
    if m:
        forms.add(m["university"] + ("附属" if m["school"] else "医学院附属") + m["rest"])
    # a medical college since made a medical university (某某医学院 -> 某某医科大学): text uses either name
    m = _COLLEGE.match(name)
    if m and gz.lookup(m["place"]):
        forms.add(f"{m['place']}医科大学{m['rest']}")
    for form in list(forms):
        _, pos = leading_places(gz, form)
        rest = form[pos:]
        # 枣庄市立医院 (a level character belongs to the name), 上海交通大学附属瑞金医院 (the place belongs to
        # the university), 峰峰矿务局第一医院 (to the company): nothing to strip
        if (
            pos
            and not rest.startswith(("立", "医", "院", "属"))
            and not _OWNER.search(rest[: -len(_ending(rest)) or None])
        ):
            forms.add(rest)
    for form in list(forms):
        if "〇" in form:
            forms.add(form.replace("〇", "零"))
    return forms


_COLLEGE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)医学院(?P<rest>(?:附属|第).{2,})$")
_MEDICAL_SCHOOL = re.compile(r"^(?P<university>[\u4e00-\u9fff]{2,10}?大学)(?P<school>医学院)?附属(?P<rest>.{3,})$")
# 某某大学(医学院)附属第一医院, 某某医科大学第一附属医院: a university's numbered hospital
_NUMBERED = re.compile(
    r"^(?P<university>(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<kind>医科大学|大学|医学院))(?:医学院)?(?:附属)?第?"
    r"(?P<n>[一二三四五六七八九])(?:附属)?医院$"
)
# how text shortens each kind of university: the place's first character and the kind's short form
_UNIVERSITY_SHORT = {"医科大学": ("医大", "医"), "大学": ("大",), "医学院": ("医",)}


def abbreviated_forms(gz: Gazetteer, name: str) -> set[str]:
    """The forms reporters write a university's numbered hospital in (某大一院, 某大附一院, 某医大一附院,
    某某医科大学附一院): the rule the language abbreviates by, applied to the whole name."""
    m = _NUMBERED.match(name)
    if not m:
        return set()
    n = m["n"]
    # only a university named after a place is shortened to its first character (not 中国医科大学 to 中医)
    shorts = [m["place"][0] + short for short in _UNIVERSITY_SHORT[m["kind"]] if gz.lookup(m["place"])]
    forms = {f"{short}{tail}" for short in shorts for tail in (f"{n}院", f"附{n}院", f"{n}附院")}
    return forms | {f"{m['university']}{tail}" for tail in (f"附{n}院", f"{n}附院")}


def is_safe(gz: Gazetteer, form: str, spread: dict[str, set[str]] | None, own_name: bool = False) -> bool:
    """A form that text uses for this hospital and hardly for anything else.

    Without ``spread``, a form that may name a few hospitals of different provinces (协和医院), not any hospital.
    An ``own_name`` (the name under a university, 某大学湘雅医院 -> 湘雅医院) is not judged by where its characters
    occur in other hospitals' names: that another province has a 湘雅医学院附属某医院 makes 湘雅医院 no less one
    hospital's (a form two hospitals share is dropped all the same)."""
    if len(form) < 3 or not _ending(form):
        return False
    places, pos = leading_places(gz, form)
    core = form[pos : len(form) - len(_ending(form))]
    if not core:
        # 北京医院 as another name: any hospital of the place; but a university's hospital named by a district
        # after its city (某大学附属北京朝阳医院) is that one hospital (瑞金医院 names no city: the article's places
        # choose it, below)
        return (
            own_name
            and bool(places)
            and gz.places[places[-1]].level is Label.COUNTY
            and any(form.startswith(kw) for p in gz.lineage(places[-1])[:-1] for kw in p.keywords)
        )
    if places:
        return True  # 上海市第六人民医院, 大连市传染病医院: the place makes it one hospital
    rest = core
    for word in GENERIC_WORDS_LONGEST_FIRST:
        rest = rest.replace(word, "")
    rest = _DIGITS.sub(lambda m: m.group(0) if len(m.group(0)) >= 3 else "", rest)
    if not rest:
        return False  # 肿瘤医院, 81医院
    words = {core, rest} if len(rest) > 1 else {core}
    # (a shared name may be a word that is rarely a place: 新华医院)
    if any(gz.lookup(w) or (w in _place_stopwords() and spread is not None) for w in words):
        return False  # 岳阳医院, 中山医院, 南方医院: a place and an ending reads as any hospital of that place
    if spread is None:
        # a shared name must be a proper name of two characters or more (协和, 新华), not 第二中医院's 中
        return len(rest) > 1 and not any(_is_common_word(w, proper_names=False) for w in words)
    if any(_is_common_word(w) for w in words):
        return False  # 光明医院, 红旗医院: a common word and an ending name hospitals all over
    if _DIGITS.fullmatch(rest) or (own_name and len(rest) > 1):
        return True
    # a pair of characters that names hospitals of one province only (not 协和, 同济, 长征)
    return any(len(spread.get(core[i : i + 2], ())) <= 1 for i in range(len(core) - 1))


@cache
def _common_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary: word -> (frequency, part of speech)."""
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return {w: (f, tags.get(w, "")) for w, f in tokenizer.FREQ.items() if f}


def far_place_name(gz: Gazetteer, form: str, region: str) -> bool:
    """A place name and an ending, nothing else, the place not where the hospital stands (瑞金医院 in 上海): what
    text may as well write for that place's own hospital."""
    ending = _ending(form)
    core = form[: len(form) - len(ending)] if ending else ""
    places = gz.lookup(core) if core else []
    return (
        bool(region)
        and bool(places)
        and not any(gz.is_within(region, p.code) or gz.is_within(p.code, region) for p in places)
    )


def in_different_provinces(entries: dict[str, dict], names: set[str]) -> bool:
    """Whether the hospitals sharing a name are in different provinces, each with its region known."""
    provinces = [entries[n]["province"] for n in names]
    return all(provinces) and len(set(provinces)) == len(provinces)


def _is_common_word(word: str, proper_names: bool = True) -> bool:
    """A frequent word of the general lexicon that is not a place name (华山 stays: a mountain names few), nor a
    proper name when ``proper_names`` is False (新华)."""
    freq, tag = _common_words().get(word, (0, ""))
    return freq >= 500 and tag != "ns" and (proper_names or tag not in ("nz", "nr", "nt"))


@cache
def _place_stopwords() -> frozenset[str]:
    return frozenset(read_lines("place_stopwords.txt"))


def _bare(name: str) -> str:
    """A hospital's name without the words one hospital is listed both with and without, in the one spelling
    the extractor reads (中医院 -> 中医医院) and with the fuller of the endings one hospital goes by
    (hospital_other_forms.tsv; not 医院 -> 人民医院, which would join a proper name to a people's hospital)."""
    bare = normal_rest(re.sub("^中国人民解放军|附属|医学院", "", name))
    for short, fuller in _ending_forms():
        if bare.endswith(short) and not bare.endswith(fuller):
            return bare[: -len(short)] + fuller
    return bare


@cache
def _ending_forms() -> tuple[tuple[str, str], ...]:
    rows = [(short, fuller) for short, fuller in read_table("hospital_other_forms.tsv", 2) if short != "医院"]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def main(repo: str) -> None:
    gz = gazetteer()
    root = Path(repo)
    with (root / "result.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    date = subprocess.run(
        ["git", "-C", repo, "log", "-1", "--format=%cs %h"], capture_output=True, text=True, check=False
    ).stdout.strip()

    entries: dict[str, dict] = {}
    for row in rows:
        name, given = split_name(row["name"].strip())
        entry = entries.setdefault(name, {"given": [], "region": "", "province": ""})
        entry["given"] += given
        if not entry["region"]:
            entry["region"] = region_of(gz, name, row["address"].strip(), given)
    # 西南医院 lists 中央医院, and 中国人民解放军第三军医大学第一附属医院 lists 西南医院: one hospital, listed twice;
    # keep the longer name, unless the two addresses disagree
    for name in sorted(entries, key=len):
        entry = entries.get(name)
        if entry is None:
            continue
        for other in [g for g in entry["given"] if g in entries and g != name]:
            into, gone = (name, other) if len(name) >= len(other) else (other, name)
            a, b = entries[into]["region"], entries[gone]["region"]
            if a and b and not (gz.is_within(a, b) or gz.is_within(b, a)):
                continue
            merged = entries.pop(gone)
            entries[into]["given"] += [gone, *merged["given"]]
            entries[into]["region"] = max(a, b, key=lambda c: len(gz.lineage(c)) if c else 0)
            if gone == name:
                break
    # 某大学某医院 and 某大学附属某医院 (or 中国人民解放军某医院 and 某医院, 某市中医院 and 某市中医医院): one hospital
    # the source lists twice; keep the longer name
    by_bare: dict[str, list[str]] = defaultdict(list)
    for name in entries:
        by_bare[_bare(name)].append(name)
    for names in by_bare.values():
        into, *gone = sorted(names, key=len, reverse=True)
        regions = sorted({entries[n]["region"] for n in names} - {""}, key=lambda c: len(gz.lineage(c)))
        if not gone or any(not gz.is_within(finer, regions[0]) for finer in regions):
            continue
        for name in gone:
            entries[into]["given"] += [name, *entries.pop(name)["given"]]
            entries[into]["merged"] = [*entries[into].get("merged", ()), name]
        entries[into]["region"] = regions[-1] if regions else ""
    for entry in entries.values():
        entry["province"] = gz.places[entry["region"]].province if entry["region"] else ""

    # which provinces' hospitals a pair of characters occurs in (a hospital without a region counts on its own)
    spread: dict[str, set[str]] = defaultdict(set)
    for name, entry in entries.items():
        for form in {name, *entry["given"]}:
            for i in range(len(form) - 1):
                spread[form[i : i + 2]].add(entry["province"] or name)

    candidates: dict[str, set[str]] = {}
    for name, entry in entries.items():
        forms = set()
        for form in {name, *entry["given"]}:
            forms |= derived_forms(gz, form)
        # a name the source gives the hospital a second entry under is its name, however common its words
        merged = set(entry.get("merged", ()))
        own = {
            f[m.end() :]
            for f in {name, *entry["given"]}
            if (m := _UNIVERSITY.match(f) or _UNIVERSITY_UNMARKED.match(f))
        }
        # 解放军总医院 for 中国人民解放军总医院: the whole name, as text writes it, however generic its words
        army = "中国人民解放军"
        merged |= {"解放军" + f[len(army) :] for f in {name, *entry["given"]} if f.startswith(army)}
        # the military medical universities renamed in 2017 (第三军医大学 -> 陆军军医大学): their hospitals under
        # the new name, with and without the army's name before it
        for old, new in RENAMED_UNIVERSITIES.items():
            merged |= {f.replace(old, new) for f in {name, *entry["given"], *merged} if old in f}
        merged |= {f[len(army) :] for f in merged if f.startswith(army)} - {""}
        forms |= merged
        candidates[name] = {
            f for f in forms if f != name and (f in merged or is_safe(gz, f, spread, own_name=f in own))
        }
        for form in {name, *forms}:
            candidates[name] |= abbreviated_forms(gz, form)
    owners: dict[str, set[str]] = defaultdict(set)
    for name, forms in candidates.items():
        for form in forms:
            owners[form].add(name)
    # forms a few hospitals share (协和医院): the article's places choose among them
    sharers: dict[str, set[str]] = defaultdict(set)
    for name, entry in entries.items():
        for form in {name, *entry["given"]}:
            for short in derived_forms(gz, form):
                if short not in entries and is_safe(gz, short, None):
                    sharers[short].add(name)
    shared = {
        f: names
        for f, names in sharers.items()
        if 1 < len(names) <= MAX_SHARERS and in_different_provinces(entries, names)
    }
    # a hospital's own name under its university that reads as a place and an ending (瑞金医院, 长海医院, the
    # 中山医院 of several universities): unsafe to find alone, so the article's places choose it, as they choose
    # among the hospitals that share a name (only where the article names the hospital's province)
    # (not where the place is the hospital's own: 深圳医院 is any hospital of 深圳 as much as 北京大学深圳医院)
    own_place_names: dict[str, set[str]] = defaultdict(set)
    for name, entry in entries.items():
        for form in {name, *entry["given"]}:
            m = _UNIVERSITY.match(form) or _UNIVERSITY_UNMARKED.match(form)
            if m and far_place_name(gz, form[m.end() :], entry["region"]):
                own_place_names[form[m.end() :]].add(name)
    for form, names in own_place_names.items():
        if form in entries or form in shared or owners.get(form) or len(names) > MAX_SHARERS:
            continue
        if len(names) == 1 and entries[next(iter(names))]["province"] or in_different_provinces(entries, names):
            shared[form] = names
    lines = []
    aliases_total = 0
    for name in sorted(entries):
        # a form two hospitals share names neither; a form that is another hospital's name is that hospital's
        forms = sorted(f for f in candidates[name] if len(owners[f]) == 1 and f not in entries and f not in shared)
        aliases_total += len(forms)
        lines.append(f"{name}\t{'|'.join(forms)}\t{entries[name]['region']}")

    header = (
        f"# Top-tier (三甲) hospitals of China: name, other names (|), division code of the city or county.\n"
        f"# Source: result.csv of {SOURCE} (commit {date}), data of 2020 from a-hospital.com;\n"
        f"# Apache-2.0 licence, see hospitals.LICENSE.txt; attribution asked by the source: Luoyun, {SOURCE}\n"
        "# Generated by tools/make_hospital_lexicon.py: other names are the source's bracketed names and shorter\n"
        "# forms of them, kept only when safe to find in text (one hospital, more than a place or a generic phrase).\n"
        "# name\taliases\tregion\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    SHARED_OUT.write_text(
        f"# Names a few hospitals of hospitals.tsv share (协和医院): the name, then those hospitals (|).\n"
        f"# Source: the forms of hospitals.tsv (from {SOURCE}, Apache-2.0) that more than one hospital has;\n"
        "# generated by tools/make_hospital_lexicon.py. The places an article names choose among them.\n"
        + "".join(f"{form}\t{'|'.join(sorted(shared[form]))}\n" for form in sorted(shared)),
        encoding="utf-8",
    )
    shutil.copyfile(root / "LICENSE", LICENSE_OUT)
    with_region = sum(1 for e in entries.values() if e["region"])
    levels = defaultdict(int)
    for e in entries.values():
        if e["region"]:
            levels[gz.places[e["region"]].level] += 1
    print(f"{len(entries)} hospitals, {aliases_total} aliases, {with_region} with a region", file=sys.stderr)
    print({str(k): v for k, v in levels.items()}, "province only:", levels[Label.PROVINCE], file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])

"""The lexicon of known hospitals: names and aliases found in text, with the region of each hospital."""

import re
from importlib.resources import files

from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.extract.known_hospitals import find_known_hospitals, known_hospital
from graphaid.lexicon import read_table
from graphaid.places import gazetteer


def _entries() -> list[tuple[str, str, str]]:
    return read_table("hospitals.tsv", 3)


def _with_alias_and_region() -> tuple[str, str, str]:
    """The first hospital of the lexicon that has an alias of its own and a region."""
    return next((n, a.split("|")[0], r) for n, a, r in _entries() if a and r)


def test_shipped_lexicon_names_its_source_and_licence():
    text = files("graphaid.data").joinpath("hospitals.tsv").read_text(encoding="utf-8")
    head = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "github.com/46319943/3AHospital" in head and "Apache-2.0" in head
    licence = files("graphaid.data").joinpath("hospitals.LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert len(_entries()) > 1000


def test_every_region_is_a_division_of_the_table():
    places = gazetteer().places
    regions = [r for _, _, r in _entries() if r]
    assert len(regions) > 0.9 * len(_entries())
    assert all(r in places for r in regions)


def test_canonical_name_is_found_with_its_region():
    name, _, region = _with_alias_and_region()
    text = f"上月，{name}派出三名医生到县里坐诊。"
    (match,) = find_known_hospitals(text)
    assert text[match.start : match.end] == name == match.surface
    assert match.name == name and match.region == region


def test_alias_maps_to_its_canonical_name():
    name, alias, region = _with_alias_and_region()
    text = f"王晓梅医生在{alias}进修了半年。"
    (match,) = find_known_hospitals(text)
    assert match.surface == alias and match.name == name and match.region == region
    assert known_hospital(alias).name == name
    assert known_hospital(name).aliases and alias in known_hospital(name).aliases


def test_a_numbered_university_hospital_is_known_in_either_order_of_its_name():
    # 某大学第二附属医院 and 某大学附属第二医院 are one hospital, whichever order the lexicon lists (where the
    # other order is no form of the lexicon of its own)
    numbered = re.compile(r"第([一二三四五六七八九])附属医院$|附属第([一二三四五六七八九])医院$")
    rows = read_table("hospitals.tsv", 3)
    forms = {form for name, aliases, _ in rows for form in (name, *aliases.split("|"))}
    checked = 0
    for name, _, _ in rows:
        m = numbered.search(name)
        if not m:
            continue
        head = name[: m.start()]
        other = f"{head}附属第{m.group(1)}医院" if m.group(1) else f"{head}第{m.group(2)}附属医院"
        if other not in forms:
            assert known_hospital(other).name == name
            assert find_known_hospitals(f"{other}派出专家。")[0].name == name
            checked += 1
    assert checked > 20
    # and without the university's medical school (某大学医学院第一附属医院 -> 某大学第一附属医院)
    schools = [name for name, _, _ in rows if "大学医学院第" in name and numbered.search(name)]
    assert schools
    for name in schools:
        short = name.replace("大学医学院", "大学", 1)
        if short not in forms:
            assert known_hospital(short).name == name


def test_unknown_name_has_no_record():
    assert known_hospital("青禾镇卫生院") is None


def test_name_inside_a_longer_institution_is_not_matched():
    name, alias, _ = _with_alias_and_region()
    assert find_known_hospitals(f"{name}集团今天挂牌。") == []
    assert find_known_hospitals(f"{alias}医联体今天挂牌。") == []


def test_number_alias_inside_a_longer_number_is_not_matched():
    number = next(a for _, aliases, _ in _entries() for a in aliases.split("|") if a[:3].isdigit())
    assert find_known_hospitals(f"第7{number}。") == []
    assert [m.surface for m in find_known_hospitals(f"他在{number}工作。")] == [number]


def test_branch_after_a_known_name_is_reported_with_it():
    name, _, _ = _with_alias_and_region()
    (match,) = find_known_hospitals(f"{name}东院区开诊。")
    assert match.surface == name and match.branch == "东院区"
    (match,) = find_known_hospitals(f"{name}的专家赴分院。")
    assert match.branch == ""


def test_longest_name_wins_and_matches_do_not_overlap():
    # a canonical name that contains one of its own aliases is found once, whole
    name, alias = next((n, a) for n, aliases, _ in _entries() for a in aliases.split("|") if a and a in n and a != n)
    matches = find_known_hospitals(f"据{name}消息。")
    assert [m.surface for m in matches] == [name]
    assert matches[0].name == name or known_hospital(alias).name == matches[0].name


def test_a_universitys_numbered_hospital_is_found_by_the_short_forms_reporters_use():
    for short in ("锦医附三院", "锦医三院", "锦州医学院附三院", "佳大附一院", "佳木斯大学一附院"):
        text = f"{short}与林周县人民医院签订对口帮扶协议。"
        (match,) = find_known_hospitals(text)
        assert match.surface == short
    assert known_hospital("锦医三院").name == "锦州医学院附属第三医院"
    assert known_hospital("佳大附一院").name == "佳木斯大学第一附属医院"


def test_a_short_form_two_universities_share_names_neither():
    # 中国医科大学 is named after no place: 中医二院 would read into any county's second TCM hospital
    assert known_hospital("中医二院") is None
    assert not find_known_hospitals("市中医二院派出专家下乡义诊。")


def test_a_university_hospital_is_found_with_and_without_its_medical_school():
    # 某大学附属某医院 and 某大学医学院附属某医院 are the same hospital: text writes both
    pattern = re.compile(r"^(.{2,10}?大学)(医学院)?附属(.{3,})$")
    pairs = []
    for name, _, _ in _entries():
        m = pattern.match(name)
        if m:
            pairs.append((name, m[1] + ("附属" if m[2] else "医学院附属") + m[3]))
    assert len(pairs) > 20
    found = [known_hospital(other) for _, other in pairs]
    same = sum(hospital is not None and hospital.name == name for (name, _), hospital in zip(pairs, found, strict=True))
    # the generator leaves out the few forms it judges unsafe to find in running text
    assert same >= 0.8 * len(pairs)


def test_a_university_hospital_with_a_name_of_its_own_is_found_by_that_name():
    # 某大学某某医院: reporters drop the university, a military one too (no 附属 marks it)
    (match,) = find_known_hospitals("西京医院专家团队抵达霍邱县人民医院。")
    assert match.name == "中国人民解放军第四军医大学西京医院"
    assert match.hospital.region == "610100"
    # another province's hospital named after the same medical school (某地湘雅医学院附属某医院) takes nothing away
    assert known_hospital("湘雅医院").name == "中南大学湘雅医院"
    # a name several provinces' hospitals share stays shared (the article's places choose among them)
    assert known_hospital("仁济医院") is None


def test_a_name_the_lexicon_lacks_with_a_known_name_in_brackets_after_it_is_that_hospital():
    def first(name: str):
        text = f"{name}专家团队抵达湟源县人民医院，开展对口帮扶。"
        (named,) = [m for m in extract(document_from_text("t.txt", text)).mentions if m.start == 0]
        return named.key, named.region

    assert first("秦川大学第一附属医院（西京医院）") == first("西京医院")
    assert first("西京医院")[0] == "known|中国人民解放军第四军医大学西京医院"


def test_a_hospital_the_source_lists_under_two_names_is_one_hospital():
    # 某大学第一医院 and 某大学第一附属医院: one hospital, both names found, its numbered short forms kept
    first = known_hospital("兰州大学第一附属医院")
    assert first is not None
    assert known_hospital("兰州大学第一医院") is first
    assert known_hospital("兰大一院") is first


def test_a_hospital_the_source_lists_with_both_endings_of_one_kind_is_one_hospital():
    # 某市中医院 and 某市中医医院: the extractor reads them as one name, and so does the lexicon
    hospital = known_hospital("淄博市中医医院")
    assert hospital is not None
    assert known_hospital("淄博市中医院") is hospital


def test_a_medical_college_since_made_a_university_is_found_under_either_name():
    # 某某医学院 became 某某医科大学: reporters write the new name and its short forms (某医大附一院)
    college = known_hospital("锦州医学院附属第一医院")
    assert college is not None
    for form in ("锦州医科大学附属第一医院", "锦医大附一院", "锦州医科大学附一院"):
        assert known_hospital(form) is college


def test_an_other_name_the_source_cut_short_is_not_run_into_the_name():
    # the source writes some names with a cut-off other name in brackets (某某人民医院（某某人民医）)
    names = [name for name, _, _ in _entries()]
    assert not [n for n in names if re.search(r"医院.*医$", n)]


def test_a_university_hospital_s_own_name_that_reads_as_a_far_place_is_chosen_by_the_article_s_places():
    from graphaid.documents import document_from_text
    from graphaid.extract import extract
    from graphaid.model import Label

    def regions(text: str) -> dict[str, str | None]:
        found = extract(document_from_text("t.txt", text)).mentions
        return {m.surface: m.region for m in found if m.label is Label.HOSPITAL}

    # 长海 is a county far from the hospital so named: where the article names its province, it is that hospital
    text = "上海市援青医疗队中，长海医院派出专家3名赴刚察县人民医院开展帮扶。"
    # (named without a place, a top-tier hospital acts for its province)
    assert regions(text)["长海医院"] == "310000"
    assert regions(text.replace("上海市援青医疗队中，", ""))["长海医院"] is None
    assert known_hospital("长海医院") is None  # alone, it is no one hospital
    # a university hospital stands where its address is, not in its university's city
    assert gazetteer().places[known_hospital("北京大学深圳医院").region].province == "440000"


def test_a_military_hospital_is_found_under_the_army_s_short_name_too():
    # 中国人民解放军某医院 is written 解放军某医院, however generic its other words (总医院)
    general = known_hospital("中国人民解放军总医院")
    assert general is not None and known_hospital("解放军总医院") is general


def test_a_hospital_of_a_renamed_military_university_is_found_under_the_new_name():
    # 第三军医大学 has been 陆军军医大学 since 2017; the source lists its hospitals under the old name
    old = known_hospital("中国人民解放军第三军医大学第二附属医院")
    assert old is not None and known_hospital("陆军军医大学第二附属医院") is old


def test_a_hospital_standing_in_a_district_gives_for_its_city_unless_its_name_names_the_district():
    # the lexicon's region is the division of the address: a municipality's or a city's hospital in one of its
    # districts is the municipality's or the city's, a district's own hospital the district's
    entries = {name: region for name, _, region in _entries()}
    assert entries["上海长征医院"] == "310101" and known_hospital("上海长征医院").region == "310000"
    assert entries["中南大学附属湘雅三医院"] == "430104" and known_hospital("湘雅三医院").region == "430100"
    assert known_hospital("佛山市禅城区中心医院").region == entries["佛山市禅城区中心医院"] == "440604"


def test_a_city_hospital_in_a_district_pairs_as_the_city_not_the_district():
    text = "三峡大学仁和医院对口帮扶达日县人民医院，选派骨科专家常驻该院。"
    result = extract(document_from_text("t.txt", text))
    (pair,) = [r for r in result.relations if r.type.value == "PAIRS_WITH"]
    assert pair.source.region == "420500" and pair.target.region == gazetteer().lookup("达日县")[0].code


def test_a_known_hospitals_short_name_after_places_of_another_province_is_a_namesake():
    # 淮河医院 is a known hospital's other name; written after a district of another province it is a local one
    text = "金华市婺城区淮河医院对口帮扶绥阳县人民医院。"
    result = extract(document_from_text("t.txt", text))
    (giver,) = [m for m in result.mentions if m.surface == "金华市婺城区淮河医院"]
    assert not giver.canonical and gazetteer().lineage(giver.region)[0].name == "浙江省"


def test_a_known_hospitals_short_name_after_a_county_of_another_prefecture_of_its_province_is_the_countys_own():
    # the lexicon calls the region capital's hospital of Chinese and Mongolian medicine 中蒙医院 too; a banner of
    # another prefecture written before the name makes it the banner's own (the segmenter once parted it at 中)
    assert known_hospital("中蒙医院") is not None
    text = "苏州市立医院与阿荣旗中蒙医院签订对口帮扶协议，选派儿科专家孙雅琴到阿荣旗中蒙医院驻点帮扶。"
    result = extract(document_from_text("t.txt", text))
    hospitals = {m.surface: m for m in result.mentions if m.label.value == "Hospital"}
    aided = hospitals["阿荣旗中蒙医院"]
    assert not aided.canonical and aided.region == gazetteer().lookup("阿荣旗")[0].code
    posted = {(r.source.surface, r.target.surface) for r in result.relations if r.type.name == "POSTED_TO"}
    assert posted == {("孙雅琴", "阿荣旗中蒙医院")}
    # written after its own city, the name is still the known hospital's
    (named,) = [
        m
        for m in extract(document_from_text("t.txt", "呼和浩特市中蒙医院对口帮扶湄潭县人民医院。")).mentions
        if m.surface == "呼和浩特市中蒙医院"
    ]
    assert named.canonical == known_hospital("中蒙医院").name


def test_a_known_hospital_whose_name_has_no_hospital_ending_is_found_alone_in_its_sentence():
    # 某大学某眼科中心: the lexicon names it; no 医院 in the sentence must not hide it
    name = next(n for n, _, r in _entries() if n.endswith("眼科中心") and r)
    text = f"主刀医生是{name}眼底外科副主任医师钱伟。{name}与湄潭县人民医院签订对口帮扶协议。"
    result = extract(document_from_text("t.txt", text))
    assert [m.surface for m in result.mentions if m.key == f"known|{name}" and m.sent == 0] == [name]
    sends = {(r.source.surface, r.target.surface) for r in result.relations if r.type.name == "SENDS"}
    assert sends == {(name, "钱伟")}

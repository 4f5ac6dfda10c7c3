import pytest

from graphaid.model import Label
from graphaid.places import gazetteer, regiment_names, township_counties


def test_county_resolves_to_its_hierarchy_and_code():
    gz = gazetteer()
    (place,) = gz.lookup("纳雍县")
    assert place.code == "520525"
    assert [p.name for p in gz.lineage(place.code)] == ["贵州省", "毕节市", "纳雍县"]


def test_short_forms_of_autonomous_units_resolve_to_the_official_name():
    gz = gazetteer()
    assert [p.name for p in gz.lookup("镇宁")] == ["镇宁布依族苗族自治县"]
    assert [p.name for p in gz.lookup("镇宁县")] == ["镇宁布依族苗族自治县"]
    assert [p.name for p in gz.lookup("黔东南州")] == ["黔东南苗族侗族自治州"]
    assert [p.name for p in gz.lookup("黔西南州")] == ["黔西南布依族苗族自治州"]
    assert gz.lookup("阿克苏")[0].level is Label.CITY


def test_the_lookup_places_a_county_in_its_real_prefecture():
    gz = gazetteer()
    (wangmo,) = gz.lookup("望谟县")
    assert gz.lineage(wangmo.code)[1].name == "黔西南布依族苗族自治州"


def test_ambiguous_bare_names_are_not_guessed_without_context():
    gz = gazetteer()
    matches = gz.scan("鼓楼区")
    assert all(gz.resolve(m, set()) is None for m in matches)


def test_a_name_several_cities_share_is_the_one_within_the_finest_place_the_document_names():
    gz = gazetteer()
    (match,) = gz.scan("鼓楼区")
    province, nanjing, xuzhou = "320000", "320100", "320300"
    # (both lie in the province; only one in the city named too)
    assert gz.resolve(match, {province, nanjing}) == "320106"
    assert gz.resolve(match, {province, xuzhou}) == "320302"
    assert gz.resolve(match, {province}) is None
    assert gz.resolve(match, {nanjing, xuzhou}) is None


def test_scan_finds_the_place_names_of_a_phrase_longest_first():
    gz = gazetteer()
    found = [m.surface for m in gz.scan("广州市海珠区与贵州毕节市纳雍县")]
    assert found == ["广州市", "海珠区", "贵州", "毕节市", "纳雍县"]


def test_a_name_that_states_its_level_wins_over_a_bare_name_it_overlaps():
    # 位于|都匀市: the bare county name 于都 straddles the verb 位于 and the city's full name
    found = [m.surface for m in gazetteer().scan("医院位于都匀市城区")]
    assert found == ["都匀市"]


@pytest.mark.parametrize("text", ["医疗资源下沉豫西山区", "滇西山区的县医院", "陕西城市三级医院", "陕南县级医院"])
def test_a_province_s_abbreviation_and_a_direction_name_a_part_of_it_not_a_place_after_them(text):
    # 豫西|山区 is no 西山区, 陕西|城市 no 西城市 (a district's former name), 陕南|县级 no 南县
    assert [m.surface for m in gazetteer().scan(text)] in ([], ["陕西"])


def test_a_place_name_after_a_city_s_name_ending_in_an_abbreviation_is_found():
    # 宁 ends 南宁, a place name: what follows it is a name of its own
    assert [m.surface for m in gazetteer().scan("南宁西乡塘区人民医院")] == ["南宁", "西乡塘区"]


def test_a_district_is_found_under_its_former_name_as_a_county_or_city():
    gz = gazetteer()
    (district,) = gz.lookup("江都区")
    assert [p.code for p in gz.lookup("江都市")] == [district.code]


@pytest.mark.parametrize("former", ["康定县", "马尔康县", "弥勒县"])
def test_a_county_level_city_is_found_under_its_former_name_as_a_county(former):
    gz = gazetteer()
    (city,) = gz.lookup(former[:-1] + "市")
    assert [p.code for p in gz.lookup(former)] == [city.code]
    # and read whole in a name, not as the county its last characters spell (马尔|康县)
    (match,) = gz.scan(former + "人民医院")
    assert match.codes == (city.code,) and match.strong


@pytest.mark.parametrize("former", ["保山地区", "商洛地区"])
def test_a_prefecture_level_city_is_found_under_its_former_name_as_a_prefecture(former):
    gz = gazetteer()
    (city,) = gz.lookup(former[:-2] + "市")
    assert [p.code for p in gz.lookup(former)] == [city.code]


@pytest.mark.parametrize(("former", "now"), [("黔阳县", "洪江市"), ("万县", "万州区"), ("鼓浪屿区", "思明区")])
def test_a_division_renamed_or_merged_is_found_under_the_name_the_ministry_s_records_give_it_before(former, now):
    # (no stem of the present name spells these: the records of changes do)
    gz = gazetteer()
    (place,) = gz.lookup(now)
    assert [p.code for p in gz.lookup(former)] == [place.code]
    (match,) = gz.scan(former + "人民医院")
    assert match.codes == (place.code,)


def test_a_district_s_stem_with_a_county_s_level_it_never_had_is_no_place():
    # (海淀 was never a county: only the records' former names are read, so 援建|安县 is no 建安县)
    gz = gazetteer()
    assert gz.lookup("海淀县") == []
    (county,) = gz.lookup("安州区")
    assert [(m.surface, m.codes) for m in gz.scan("某省援建安县人民医院")][-1] == ("安县", (county.code,))


def test_every_division_of_the_production_and_construction_corps_is_a_place():
    gz = gazetteer()
    for number in ("第一师", "第八师", "第十四师", "十二师"):
        (division,) = gz.lookup(number)
        assert division.name.startswith("新疆生产建设兵团") and gz.lineage(division.code)[0].name == "新疆维吾尔自治区"


def test_a_province_s_own_name_means_the_province_unless_the_article_is_elsewhere():
    gz = gazetteer()
    (match,) = gz.scan("海南")
    assert gz.places[gz.resolve(match, set())].name == "海南省"
    (qinghai,) = gz.lookup("青海省")
    assert gz.places[gz.resolve(match, {qinghai.code})].name == "海南藏族自治州"


@pytest.mark.parametrize(("area", "district"), [("金普新区", "金州区"), ("广州南沙新区", "南沙区")])
def test_a_new_area_whose_territory_is_one_district_is_that_district(area, district):
    gz = gazetteer()
    assert [p.name for p in gz.lookup(area)] == [district]


@pytest.mark.parametrize(
    ("merged", "district"), [("闸北区", "静安区"), ("塘沽区", "滨海新区"), ("苏州市平江区", "姑苏区")]
)
def test_a_district_merged_into_another_is_found_as_the_one_that_took_it_over(merged, district):
    gz = gazetteer()
    assert [gz.places[code].name for m in gz.scan(merged) for code in m.codes][-1:] == [district]


def test_a_name_that_states_its_level_wins_over_a_prefecture_s_bare_name_it_overlaps():
    # 和 joins two places: 某市和|田阳区 is no 和田
    assert [m.surface for m in gazetteer().scan("肇庆市和田阳区两地卫生健康部门")] == ["肇庆市", "田阳区"]
    assert [m.surface for m in gazetteer().scan("新疆和田县")] == ["新疆", "和田县"]
    # the names that cover most of the text win: 甘肃|宁县, not 甘|肃宁县 (a county of another province)
    assert [m.surface for m in gazetteer().scan("对口帮扶甘肃宁县以来")] == ["甘肃", "宁县"]


@pytest.mark.parametrize(
    "text, names", [("在汉中山区守护群众健康", ["汉中"]), ("大连市中山区人民医院", ["大连市", "中山区"])]
)
def test_an_area_word_after_a_place_s_name_makes_no_name_that_starts_inside_it(text, names):
    # 汉中|山区 (mountain area): no 中山区; a district named in full after its city is still found
    assert [m.surface for m in gazetteer().scan(text)] == names


@pytest.mark.parametrize(
    "short, name",
    [
        ("塔县", "塔什库尔干塔吉克自治县"),
        ("前郭县", "前郭尔罗斯蒙古族自治县"),
        ("察县", "察布查尔锡伯自治县"),
        ("克州", "克孜勒苏柯尔克孜自治州"),
        ("博州", "博尔塔拉蒙古自治州"),
    ],
)
def test_a_division_s_short_name_in_common_use_is_found(short, name):
    assert [p.name for p in gazetteer().lookup(short)] == [name]
    assert [m.surface for m in gazetteer().scan(f"专家赴{short}人民医院帮扶")] == [short]


def test_the_level_character_that_opens_county_level_ends_no_name():
    # 绥阳|县级医院: 县级 takes the 县, so the county is named by its short form alone (weak, judged as such)
    found = gazetteer().scan("支援绥阳县级医院建设")
    assert [(m.surface, m.strong) for m in found] == [("绥阳", False)]
    found = gazetteer().scan("支援绥阳县的县级医院建设")
    assert [(m.surface, m.strong) for m in found] == [("绥阳县", True)]


def test_a_corps_city_lies_in_the_division_it_is_run_as_one_with():
    # (师市合一: the division table puts these cities under the Corps as a whole)
    gz = gazetteer()
    (city,) = gz.lookup("五家渠市")
    assert [p.name for p in gz.lineage(city.code)] == ["新疆维吾尔自治区", "新疆生产建设兵团第六师", "五家渠市"]


def test_a_regiment_is_written_by_its_number_in_the_corps_style():
    assert regiment_names(7) == ("七团", "7团")
    assert regiment_names(10) == ("十团", "10团")
    assert regiment_names(63) == ("六十三团", "63团")
    assert regiment_names(143) == ("一四三团", "143团")  # from 100 digit by digit
    assert regiment_names(130) == ("一三〇团", "一三零团", "130团")


def test_a_numbered_regiment_is_a_county_level_unit_of_the_division_the_article_names():
    gz = gazetteer()
    division, regiment = gz.scan("第八师一四三团")
    assert gz.places[division.codes[0]].name == "新疆生产建设兵团第八师"
    code = gz.resolve(regiment, {division.codes[0]})
    assert [p.name for p in gz.lineage(code)] == ["新疆维吾尔自治区", "新疆生产建设兵团第八师", "一四三团"]
    assert gz.places[code].level is Label.COUNTY
    # every division may hold the number: without a division to place it in, it is no place
    assert gz.resolve(regiment, set()) is None


def test_a_one_character_regiment_number_is_read_as_a_bare_name():
    # (一团 is also 拧成一团: it needs the context a bare county name needs)
    (one,) = gazetteer().scan("拧成一团")
    assert not one.strong
    (forty_seven,) = gazetteer().scan("到四十七团")
    assert forty_seven.strong


def test_a_regiment_s_number_is_no_bare_name_places_share():
    from graphaid.extract.coref import _shared_stems

    # (在三十多个连队: the stem of 三十团 is a count, not a bare name for the regiments of that number)
    assert not {"三十", "四十七", "一五二"} & set(_shared_stems())


def test_the_township_table_finds_a_town_s_county_under_the_forms_text_writes():
    gz = gazetteer()
    huangyuan = gz.lookup("湟源县")[0].code
    assert township_counties("申中乡") == {huangyuan}
    # a township written without its peoples (日月藏族乡), or made a town since (申中镇)
    assert township_counties("日月乡") == {huangyuan}
    assert township_counties("申中镇") == {huangyuan}
    # a name many counties share names none of them alone
    assert len(township_counties("城关镇")) > 100
    assert township_counties("不存在乡") == frozenset()

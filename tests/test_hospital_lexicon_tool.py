"""The hospital lexicon's generator reads each hospital's region from its address and its names."""

from make_hospital_lexicon import is_safe, leading_places, region_of

from graphaid.places import gazetteer


def test_a_street_named_after_a_place_is_no_division_of_the_address() -> None:
    gz = gazetteer()
    codes, _ = leading_places(gz, "浙江省湖州市长兴路8号")
    assert [gz.places[c].name for c in codes] == ["浙江省", "湖州市"]
    # a district written in full before its street stays
    codes, _ = leading_places(gz, "浙江省湖州市吴兴区长兴路8号")
    assert gz.places[codes[-1]].name == "吴兴区"


def test_another_name_that_starts_with_the_addresss_place_settles_where_the_hospital_is() -> None:
    gz = gazetteer()
    address = "江苏省常州市天宁区某路1号"
    assert gz.places[region_of(gz, "湖州医院", address, [])].name == "湖州市"
    assert gz.places[region_of(gz, "湖州医院", address, ["常州某学院附属湖州中西医结合医院"])].name == "天宁区"


def test_a_universitys_hospital_named_by_a_district_after_its_city_is_one_hospital() -> None:
    gz = gazetteer()
    assert is_safe(gz, "杭州余杭医院", {}, own_name=True)
    assert not is_safe(gz, "杭州医院", {}, own_name=True)
    assert not is_safe(gz, "余杭医院", {}, own_name=True)

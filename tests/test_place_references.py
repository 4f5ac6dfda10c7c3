"""The place an article speaks from (its page's footer, its source line) and 我县, 本市 that name it."""

from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.extract.article import annotate
from graphaid.extract.place_references import own_places
from graphaid.model import Rel
from graphaid.places import gazetteer


def code(name: str) -> str:
    (place,) = gazetteer().lookup(name)
    return place.code


def pairs(text: str) -> set[tuple[str, str | None]]:
    """Each pair's giver as written and its receiver's place."""
    relations = extract(document_from_text("t.txt", text)).relations
    return {(r.source.surface, r.target.region) for r in relations if r.type is Rel.PAIRS_WITH}


ARRIVAL = "3月12日，常州市第二人民医院帮扶专家一行6人抵达我县，开始为期半年的驻点帮扶。"


def test_my_county_is_the_county_of_the_source_line():
    text = f"专家来了\n来源：石阡县融媒体中心\n{ARRIVAL}\n常州市第二人民医院多年来对口帮扶县人民医院。"
    found = pairs(text)
    assert ("常州市第二人民医院", code("石阡县")) in found
    # the source line also completes the county's generic hospital
    assert {r.target.surface for r in extract(document_from_text("t.txt", text)).relations} >= {"石阡县人民医院"}


def test_my_county_is_the_county_of_the_pages_owner():
    text = f"专家来了\n{ARRIVAL}\n\n版权所有：石阡县人民政府"
    assert ("常州市第二人民医院", code("石阡县")) in pairs(text)


def test_without_a_place_of_its_own_my_county_is_the_one_county_the_article_names():
    text = f"专家来了\n{ARRIVAL}\n专家们随后在石阡县人民医院查房。"
    assert ("常州市第二人民医院", code("石阡县")) in pairs(text)
    # two counties: 我县 may be either, and is no party
    text = f"专家来了\n{ARRIVAL}\n常州市第二人民医院对口帮扶石阡县人民医院和印江县人民医院。"
    relations = extract(document_from_text("t.txt", text)).relations
    assert relations
    assert all(r.target.surface != "我县" for r in relations)


def test_my_city_is_the_finest_city_of_the_lineage():
    # a county-level city's outlet writes 我市 for itself, not for the prefecture over it
    text = "专家来了\n来源：宜兴市融媒体中心\n常州市第二人民医院选派专家到我市开展对口帮扶。"
    assert ("常州市第二人民医院", code("宜兴市")) in pairs(text)


def test_a_person_on_the_source_line_is_no_place():
    # 江华 is also a county's bare name; an author's name is not the article's place
    doc = document_from_text("t.txt", "专家来了\n作者：江华\n来源：石阡县融媒体中心\n正文。")
    assert own_places(doc) == [code("石阡县")]


def test_my_county_is_the_county_of_the_outlet_a_byline_names():
    arrival = "近日，常州市第二人民医院专家团队来到我县，对县人民医院开展帮扶。"
    for text in (
        f"专家来了\n{arrival}\n（石阡县融媒体中心 记者 张某）",
        f"专家来了\n石阡县融媒体中心讯 {arrival}",
    ):
        assert ("常州市第二人民医院", code("石阡县")) in pairs(text)


def test_where_a_patient_comes_from_is_not_the_county_my_county_means():
    text = "专家坐诊\n常州市第二人民医院的专家们来到我县开展对口帮扶。来自德江县的患者专程赶来就诊。"
    assert all(region != code("德江县") for _, region in pairs(text))


def test_that_county_is_the_county_named_last_before_it():
    text = "医疗帮扶\n石阡县地处黔东北，医疗资源匮乏。2021年起，常州市第二人民医院对口帮扶该县，先后派出专家30余人。"
    assert ("常州市第二人民医院", code("石阡县")) in pairs(text)
    # 该县人民医院 in an article of two counties: the one named last before it
    text = (
        "医疗帮扶\n常州市第二人民医院对口帮扶石阡县和印江县。专家们在石阡县坐诊后，又赶赴印江县，"
        "帮助该县人民医院建立胸痛中心。"
    )
    targets = {r.target.surface for r in extract(document_from_text("t.txt", text)).relations}
    assert "印江土家族苗族自治县人民医院" in targets or "印江县人民医院" in targets
    assert "石阡县人民医院" not in targets


def test_that_county_in_a_sentence_that_only_describes_it_is_no_party():
    # a description names no act: and 该县's antecedent may be wrong, so it adds no party there
    text = "医疗帮扶\n常州市第二人民医院对口帮扶石阡县人民医院。该县与江西省某县同属国家级贫困县，发展基础相似。"
    assert all(place != code("江西省") and giver != "江西省" for giver, place in pairs(text))
    doc = document_from_text("t.txt", text)
    assert not [m for ms in annotate(doc).actors_by_sent for m in ms if m.surface == "该县"]


def test_a_source_line_under_a_long_article_names_its_place():
    body = "".join(f"第{n}段，帮扶工作稳步推进，群众满意度不断提升。\n" for n in range(14))
    text = (
        "我市选派医疗人才赴望谟帮扶\n我市选派医疗骨干赴望谟县开展对口帮扶。市中心医院骨科专家派驻望谟县人民医院。\n"
        + body
        + "来源：舟山市卫生健康委员会\n"
    )
    assert own_places(document_from_text("t.txt", text)) == [code("舟山市")]
    assert ("舟山市中心医院", code("望谟县")) in pairs(text)

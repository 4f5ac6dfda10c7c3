"""Extraction mechanisms that must carry over to articles never seen: word boundaries of place names,
references an article completes (我院, 县人民医院, declared short names, township health centres), the sides
within one province, known hospitals and pairs implied by experts. Every article here is made up."""

import pytest

from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.extract.article import annotate
from graphaid.extract.known_hospitals import known_hospital
from graphaid.extract.orgs import find_orgs
from graphaid.extract.place_actors import stands_as_place
from graphaid.extract.sides import SideModel, find_triggers
from graphaid.graph import apply, new_graph
from graphaid.lexicon import read_table
from graphaid.model import PLACE_LABELS, Label, Rel
from graphaid.places import gazetteer
from graphaid.questions import donors
from graphaid.resolve import records


def extraction(text: str):
    return extract(document_from_text("t.txt", text))


def links(text: str, rel: Rel) -> set[tuple[str, str]]:
    return {(r.source.surface, r.target.surface) for r in extraction(text).relations if r.type is rel}


def pairs(text: str) -> set[tuple[str, str]]:
    return links(text, Rel.PAIRS_WITH)


def regions_of(text: str, ending: str) -> set[str | None]:
    """The regions of the mentions whose names end with ``ending``."""
    return {m.region for m in extraction(text).mentions if m.surface.endswith(ending)}


def postings(text: str) -> set[tuple[str, str]]:
    return links(text, Rel.POSTED_TO)


def hospitals_in(sentence: str) -> list[str]:
    return [m.surface for m in find_orgs(sentence, 0, len(sentence), 0) if m.label is Label.HOSPITAL]


def code(name: str) -> str:
    (place,) = gazetteer().lookup(name)
    return place.code


HUOQIU = code("霍邱县")


@pytest.mark.parametrize("phrase", ["副县长", "该县", "全县", "两县"])
def test_a_level_word_inside_another_word_is_not_a_county(phrase):
    result = extraction(f"霍邱县人民医院对口帮扶工作推进会召开，{phrase}出席并讲话，会议由六安市人民医院主持。")
    # (该县 is the county named before it)
    counties = {m.region for m in result.mentions if m.label in PLACE_LABELS}
    assert counties <= {HUOQIU, code("六安市")}


def test_a_university_named_after_a_place_is_not_that_place_as_a_party():
    result = extraction("吉林大学与霍邱县签订对口帮扶协议，共建县域医疗中心。")
    assert all(m.surface != "吉林" for m in result.mentions)


def test_our_hospital_is_the_hospital_of_the_source_line():
    text = "来源：六安市人民医院 发布时间：2021-03-02\n我院与霍邱县人民医院签订对口帮扶协议，派出专家团队长期驻点。"
    assert ("六安市人民医院", "霍邱县人民医院") in pairs(text)


def test_our_hospital_is_the_site_a_breadcrumb_opens_with():
    text = (
        "泽库县人民医院 > 新闻中心 > 医院动态\n\n我院对口帮扶工作回眸\n\n"
        "无锡市人民医院是我院东西部协作的结对医院，先后派出9批医疗队到我院帮扶。"
    )
    assert ("无锡市人民医院", "泽库县人民医院") in pairs(text)
    # a breadcrumb that opens with the home page names no site
    assert ("无锡市人民医院", "泽库县人民医院") not in pairs(text.replace("泽库县人民医院 >", "首页 >"))


def test_our_hospital_is_the_publisher_a_line_under_the_title_gives_before_the_date():
    text = (
        "援青专家欢迎会在我院举行\n\n湟源县人民医院　2022-03-15　浏览量：2108\n\n"
        "3月14日，我院举行金华市中心医院援青专家欢迎会。专家钱国平、孙燕将在我院工作一年。"
    )
    assert ("金华市中心医院", "湟源县人民医院") in pairs(text)
    assert ("钱国平", "湟源县人民医院") in postings(text)
    # (its office may stand between them)
    with_office = text.replace("湟源县人民医院　2022", "湟源县人民医院　党委宣传部　2022")
    assert ("金华市中心医院", "湟源县人民医院") in pairs(with_office)


def test_our_hospital_is_the_one_a_title_opens_with_whose_team_goes_to_another():
    text = (
        "金华市中心医院第五批援青医疗队赴湟源县人民医院\n\n来源：党委宣传部\n\n"
        "3月6日，我院援青医疗队欢送会举行。据悉，我院今年同时向湟中区第一人民医院派出3名骨干医师开展对口支援。"
    )
    assert ("金华市中心医院", "湟中区第一人民医院") in pairs(text)
    # (a title whose team goes the other way round names no sender: 某医院迎来…)
    assert ("湟源县人民医院", "湟中区第一人民医院") not in pairs(text.replace("援青医疗队赴", "迎来援青医疗队"))


def test_our_hospital_is_the_one_an_author_s_bracket_opens_with():
    text = (
        "援青日记｜在湟源的第一百天\n\n作者：钱国平（金华市中心医院骨科副主任医师，第五批援青人才）\n\n"
        "到湟源整整一百天。这一批来湟源的医生一共三个人：我、我院心内科的孙燕，还有金华市第二医院产科的王晓丽。"
        "我们医院和湟源县人民医院结对已经六年了。"
    )
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)
    assert ("金华市第二医院", "王晓丽") in links(text, Rel.SENDS)


def test_our_hospital_is_the_hospital_that_owns_the_site_in_the_footer():
    text = "我院与霍邱县人民医院签订对口帮扶协议，派出专家团队长期驻点。\n版权所有：安庆市立医院 地址：某路1号"
    ours = [m for m in extraction(text).mentions if m.start == 0]
    assert [m.key for m in ours] == [f"known|{known_hospital('安庆市立医院').name}"]


def test_our_hospital_is_the_one_the_article_writes_in_brackets_after_it():
    text = (
        "专家赴湟源县人民医院开展交流 我院同步举办义诊\n"
        "5月9日，我院（无锡市人民医院）专家来到湟源县人民医院开展义诊。院长表示，我院将在学科建设等方面给予全力支持。"
    )
    last = text.rfind("我院")
    (ours,) = [m for m in extraction(text).mentions if m.start == last]
    assert ours.surface == "无锡市人民医院"


def test_a_joiner_before_a_level_word_makes_no_one_character_county():
    text = "无锡市人民医院对口帮扶湟源县人民医院。医疗队全体成员和县人民医院中层干部参加了座谈。"
    names = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert "和县人民医院" not in names
    assert "湟源县人民医院" in names


def test_our_hospital_is_the_one_the_first_sentence_opens_with_after_a_credit_and_a_date():
    text = (
        "我院两名医生启程援青\n"
        "（严明亮/文）2025年9月10日上午，无锡市人民医院召开援青医疗队欢送座谈会。"
        "2011年以来，我院先后派出24批医疗专家对口支援湟源县人民医院。"
    )
    (ours,) = [m for m in extraction(text).mentions if m.start == text.rfind("我院")]
    assert ours.surface == "无锡市人民医院"


def test_our_hospital_is_the_source_lines_whatever_note_follows_it():
    text = "来源：湟源县人民医院（综合无锡市卫健委网站信息）\n无锡市人民医院骨科医生罗永福抵达我院，开展对口支援工作。"
    (ours,) = [m for m in extraction(text).mentions if m.start == text.rfind("我院")]
    assert ours.surface == "湟源县人民医院"


@pytest.mark.parametrize("credits", ["文/王晓丽　图/孙燕", "文：王晓丽", "供稿：党委宣传部"])
def test_our_hospital_is_the_one_the_last_line_names_before_the_credits(credits):
    text = f"我院与湟源县人民医院签订对口帮扶协议，派出专家团队长期驻点。\n金华市第一医院　{credits}"
    (ours,) = [m for m in extraction(text).mentions if m.start == 0]
    assert ours.surface == "金华市第一医院"


def test_our_hospital_without_a_source_line_is_left_out():
    result = extraction("我院与霍邱县人民医院签订对口帮扶协议，派出专家团队长期驻点。")
    assert not [r for r in result.relations if r.type is Rel.PAIRS_WITH]


def test_a_generic_county_hospital_is_the_hospital_of_the_one_county_the_article_names():
    text = "六安市人民医院派出专家赴霍邱县开展对口帮扶。专家们在县人民医院开设专家门诊，并与县人民医院签订帮扶协议。"
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert f"{HUOQIU}|人民医院" in hospitals


def test_a_generic_county_hospital_is_left_out_when_two_counties_are_named():
    text = "六安市人民医院帮扶霍邱县和金寨县。专家们在县人民医院开设专家门诊。"
    names = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert names == {"六安市人民医院"}


def test_a_declared_short_name_stands_for_the_full_name():
    text = "六安市人民医院（以下简称六医院）与霍邱县人民医院结对。今年六医院对口帮扶霍邱县人民医院，选派骨干医师驻点。"
    relations = extraction(text).relations
    second = [r for r in relations if r.type is Rel.PAIRS_WITH and r.sentence.text.startswith("今年")]
    assert [(r.source.surface, r.target.surface) for r in second] == [("六安市人民医院", "霍邱县人民医院")]


def test_a_declared_short_name_with_the_hospitals_place_before_it_is_that_hospital():
    text = "凯里医大一附院专家抵达施秉县\n凯里医科大学第一附属医院（以下简称“医大一附院”）对口帮扶施秉县人民医院。"
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert len(hospitals) == 2


def test_a_township_health_centre_lies_in_the_county_named_before_it():
    text = "六安市人民医院对口帮扶霍邱县，专家团队来到石桥镇中心卫生院开展义诊。"
    centres = [m for m in extraction(text).mentions if m.label is Label.HOSPITAL and "卫生院" in m.surface]
    assert [(c.region, c.surface) for c in centres] == [(HUOQIU, "霍邱县石桥镇中心卫生院")]


def test_a_subdistrict_s_community_health_centre_after_its_district_is_named_whole():
    # jieba cuts the unknown 桥前 into characters, and 前 alone is a word that never stands inside a name
    text = "金华市婺城区桥前街道社区卫生服务中心与霍邱县石桥镇卫生院结成帮扶对子。"
    hospitals = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals.get("婺城区桥前街道社区卫生服务中心") == code("婺城区")


def test_a_township_health_centre_lies_in_the_county_the_article_names_most_not_where_someone_came_from():
    text = (
        "金华市对口帮扶霍邱县，霍邱县人民医院迎来第三批专家。"
        "来自金华市婺城区桥前街道社区卫生服务中心的全科医生罗春梅，工作地点在石桥镇中心卫生院。"
    )
    centres = {m.surface: m.region for m in extraction(text).mentions if "石桥镇" in m.surface}
    assert centres == {"霍邱县石桥镇中心卫生院": HUOQIU}


def test_township_centres_named_without_their_counties_lie_where_the_township_table_puts_them():
    # a giving district's subdistricts and a receiving county's townships, paired one by one, none with its county
    text = (
        "金华市婺城区与湟源县开展县乡一体结对帮扶：新狮街道社区卫生服务中心结对申中乡卫生院，"
        "秋滨街道社区卫生服务中心与巴燕乡卫生院结成对子。"
    )
    assert {
        ("婺城区新狮街道社区卫生服务中心", "湟源县申中乡卫生院"),
        ("婺城区秋滨街道社区卫生服务中心", "湟源县巴燕乡卫生院"),
    } <= pairs(text)
    # the receiving county named before the town, but the town is not one of its own
    text = "湟源县人民医院与金华市婺城区人民医院结对。新狮街道社区卫生服务中心全科医师孙燕驻点申中乡卫生院。"
    mentions = extraction(text).mentions
    centres = {m.surface: m.region for m in mentions if "卫生" in m.surface and "人民" not in m.surface}
    assert centres == {"婺城区新狮街道社区卫生服务中心": code("婺城区"), "湟源县申中乡卫生院": code("湟源县")}


def test_a_township_centre_s_name_is_its_town_s_as_the_township_table_holds_it():
    # a town whose name holds a place's (全|丰镇, 立|新乡), or that words before it run into (结对白龙桥镇)
    assert hospitals_in("医生钱建华驻点全丰镇卫生院。") == ["全丰镇卫生院"]
    assert hospitals_in("今年又派驻东阳江镇卫生院。") == ["东阳江镇卫生院"]
    assert hospitals_in("今年起结对白龙桥镇卫生院。") == ["白龙桥镇卫生院"]
    # (a count and an adverb before the town's word: 四|都|镇)
    assert hospitals_in("派出医生定期到四都镇中心卫生院坐诊。") == ["四都镇中心卫生院"]


def test_a_community_health_centre_named_by_its_subdistrict_without_the_level_lies_in_its_district():
    text = "金华市婺城区与湟源县开展县乡一体结对帮扶：秋滨社区卫生服务中心结对巴燕乡卫生院。"
    assert ("婺城区秋滨社区卫生服务中心", "湟源县巴燕乡卫生院") in pairs(text)
    # (not a word many towns are named: 新建)
    assert not hospitals_in("今年新建社区卫生服务中心两所。")


def test_a_town_of_a_city_without_counties_lies_in_that_city():
    # the township table lists such a city's towns under the city (no county between)
    text = "中山市与湟源县开展县乡一体结对帮扶：小榄镇社区卫生服务中心结对申中乡卫生院。"
    assert ("中山市小榄镇社区卫生服务中心", "湟源县申中乡卫生院") in pairs(text)


def test_a_short_name_with_its_level_before_a_towns_word_is_the_town_the_table_holds():
    # 新市 is also a city's district elsewhere; 新市镇 a town of many counties, one of them the giver
    text = "湖州市德清县与湟源县开展县乡一体结对帮扶：新市镇社区卫生服务中心结对申中乡卫生院。"
    assert pairs(text) == {
        ("湖州市德清县", "湟源县"),
        ("德清县新市镇社区卫生服务中心", "湟源县申中乡卫生院"),
    }


def test_a_township_named_like_a_far_county_lies_in_the_county_the_article_places_it_in():
    # 长寿 is a district of another province; 长寿镇 is a town, here one of 霍邱县's
    text = "六安市人民医院对口帮扶霍邱县人民医院，专家团队每周到长寿镇卫生院坐诊。"
    centres = [m for m in extraction(text).mentions if m.label is Label.HOSPITAL and "卫生院" in m.surface]
    assert [(c.region, c.surface) for c in centres] == [(HUOQIU, "霍邱县长寿镇卫生院")]


def test_in_one_province_the_city_hospital_gives_and_the_county_hospital_receives():
    # 签订 gives no direction: the levels do
    found = pairs("霍邱县人民医院与六安市人民医院签订合作协议，共建紧密型医联体。")
    assert found == {("六安市人民医院", "霍邱县人民医院")}


def test_in_one_province_a_citys_district_gives_and_a_county_receives():
    # both are of the county level: the city's district is the urban party, whichever is named first
    assert pairs("南充市顺庆区人民医院与仪陇县人民医院结成帮扶对子。") == {("南充市顺庆区人民医院", "仪陇县人民医院")}
    assert pairs("仪陇县人民医院与南充市顺庆区人民医院结成帮扶对子。") == {("南充市顺庆区人民医院", "仪陇县人民医院")}


def test_a_county_hospital_sending_doctors_to_a_township_centre_pairs_in_an_article_of_that_county_alone():
    text = "仪陇县人民医院派出专家到新政镇卫生院坐诊，每周两次。"
    assert pairs(text) == {("仪陇县人民医院", "仪陇县新政镇卫生院")}


def test_a_hospitals_other_name_in_brackets_does_not_move_it_to_a_city():
    # the university in the brackets is of the capital; the province's hospital acts for the province
    text = "江苏省人民医院（南京医科大学第一附属医院）选派专家赴宁强县人民医院开展组团式帮扶。"
    (hospital,) = [m for m in extraction(text).mentions if m.surface.startswith("江苏省人民医院")]
    assert hospital.region == code("江苏省")


def test_a_university_hospital_s_name_in_brackets_after_a_hospital_s_is_its_other_name():
    # the university's province is not where its hospital stands: the hospital's own name says that
    text = (
        "湟源县人民医院与义乌市立医院（江苏医科大学附属义乌医院）签订协议，"
        "江苏医科大学附属义乌医院派出专家常驻湟源县人民医院。"
    )
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert len(hospitals) == 2


def test_a_hospital_s_branch_named_by_a_county_is_the_hospital_of_that_county_the_article_names():
    text = (
        "金华市中心医院与湟源县人民医院结成帮扶对子，以“金华市中心医院湟源分院”为平台开展合作。"
        "金华市中心医院骨科主任医师钱国平担任湟源分院执行院长。"
    )
    result = extraction(text)
    keys = {m.surface: m.key for m in result.mentions if m.label is Label.HOSPITAL}
    assert keys["金华市中心医院湟源分院"] == keys["湟源分院"] == keys["湟源县人民医院"]
    # (where the county's hospitals are two, the branch is neither)
    text = text.replace("结成帮扶对子", "结成帮扶对子，湟源县中医院也加入合作")
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys["湟源分院"] not in (keys["湟源县人民医院"], keys["湟源县中医院"])


def test_a_university_hospital_also_called_by_its_provinces_name_gives_for_the_province():
    # the city in the university's name is where it stands; the other name says whose hospital it is
    text = "2023年5月，西宁医科大学第一附属医院（青海省人民医院）与达日县人民医院签订对口帮扶协议，选派专家帮扶。"
    assert _donor_rows(text) == {("青海省", "达日县")}
    # a name with the province and then its city is the city's
    text = "2023年5月，西宁医科大学第一附属医院（青海省西宁市人民医院）与达日县人民医院签订对口帮扶协议。"
    assert _donor_rows(text) == {("西宁市", "达日县")}


def test_a_known_hospital_whose_name_opens_with_a_bare_place_name_of_elsewhere_is_that_hospital():
    # 广安 is a city in Sichuan; 广安门医院 is a hospital of the capital, and one of the givers here
    text = (
        "国家中医药管理局定点帮扶湟源县，广安门医院派出专家常驻湟源县中医院。"
        "与钱国平同批派驻的还有广安门医院脾胃病科主治医师孙秋实。"
    )
    hospitals = {(m.surface, m.key, m.region) for m in extraction(text).mentions if m.surface == "广安门医院"}
    assert hospitals == {("广安门医院", "known|中国中医科学研究院广安门医院", "110000")}
    assert links(text, Rel.POSTED_TO) == {("孙秋实", "湟源县中医院")}


def test_the_name_a_run_hospital_hangs_beside_its_own_and_the_branch_s_name_in_it_are_that_hospital():
    text = (
        "金华市中医院托管湟源县中医院。自即日起，湟源县中医院加挂“金华市中医院湟源分院”牌子。"
        "首批派驻的专家是金华市中医院针灸科主任中医师钱国平，任湟源分院执行院长。湟源分院新设了针灸科。"
    )
    assert links(text, Rel.PART_OF) == {("针灸科", "湟源县中医院")}
    hung = [m for m in extraction(text).mentions if m.start == text.index("金华市中医院湟源分院")]
    assert [(m.key, m.region) for m in hung] == [("630123|中医医院", "630123")]


def test_a_branch_unveiled_at_a_county_hospital_is_that_hospital():
    text = (
        "金华市第一医院湟源分院在湟源县人民医院正式揭牌。首批派驻的3名专家已于5月底抵达湟源。"
        "其中，金华市第一医院普通外科主任医师钱国平担任湟源分院执行院长。"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院")}
    # (the unveiling said first, the hospital after where it took place)
    text = (
        "“金华市第一医院湟源分院”揭牌仪式在青海省西宁市湟源县人民医院门诊楼前举行。首批派驻的3名专家已抵达湟源，"
        "其中金华市第一医院普通外科主任医师钱国平担任湟源分院执行院长。"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "青海省西宁市湟源县人民医院")}


def test_a_county_hospital_also_called_by_the_province_s_hospital_that_runs_it_stays_the_county_s():
    # the other name in brackets opens with the province's hospital, then names the county: still the county's
    text = "江西省人民医院全面托管修水县人民医院（江西省人民医院修水医院），派出专家常驻修水县人民医院。"
    assert _donor_rows(text) == {("江西省", "修水县")}


def test_the_hospital_an_aid_word_qualifies_after_the_place_it_helps_in_is_the_giver():
    # 在某县驻点帮扶的某医院医生: the place after 在 is where the help happens, the hospital after 的 helps
    text = (
        "睢宁县人民医院完成首例急诊手术 无锡专家全程指导\n"
        "医院立即电话联系正在睢宁驻点帮扶的无锡市人民医院心内科副主任医师周德明。"
    )
    assert _donor_rows(text) == {("无锡市", "睢宁县")}


def test_what_an_aid_word_with_no_giver_before_it_takes_receives():
    # a summary's subjectless clause lists receivers; the next clause's team is not placed by the clause before
    text = (
        "2022年无锡市卫生健康工作总结\n无锡市卫生健康委员会\n"
        "统筹做好对口支援新疆吐鲁番、西藏札达等地医疗工作，第十批援疆医疗队在吐鲁番市人民医院开展组团式帮扶。"
    )
    assert _donor_rows(text) == {("无锡市", "吐鲁番市"), ("无锡市", "札达县")}


def test_the_prefecture_of_a_receiving_county_is_on_the_receiving_side_within_a_province():
    # a city's hospital aids a county of another city of its province; that city's commission looks on
    text = (
        "无锡市人民医院组团式帮扶睢宁县人民医院 卒中中心揭牌成立\n"
        "11月30日，在无锡市人民医院帮扶团队的推动下，睢宁县人民医院卒中中心揭牌成立。"
        "无锡市人民医院副院长严明亮、徐州市卫生健康委副主任罗春梅、睢宁县副县长杨光辉共同为卒中中心揭牌。"
        "我院自2021年起对口帮扶徐州市睢宁县人民医院。"
    )
    assert _donor_rows(text) == {("无锡市", "睢宁县")}


def test_a_hospitals_team_at_another_hospital_pairs_them_unless_it_went_to_learn():
    found = pairs("来自金华市中心医院的专家团队在绥阳县人民医院完成了当地首例微创手术。")
    assert found == {("金华市中心医院", "绥阳县人民医院")}
    assert pairs("金华市中心医院的专家在绥阳县人民医院坐诊。") == {("金华市中心医院", "绥阳县人民医院")}
    # a doctor who went to learn is no team serving
    assert not pairs("绥阳县人民医院医生在金华市中心医院进修学习。")


def test_a_government_body_that_directs_the_aid_does_not_decide_the_sides():
    found = pairs("按照安徽省卫健委部署，六安市人民医院派出专家组团帮扶霍邱县人民医院、金寨县人民医院。")
    assert found == {("六安市人民医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")}
    # 结合…工作安排: the arrangement a body makes, taken into account
    found = pairs("结合六安市卫健委工作安排，六安市人民医院派出四位专家，分赴霍邱县人民医院和金寨县人民医院。")
    assert found == {("六安市人民医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")}


def test_a_county_the_state_designates_for_aid_is_no_pair():
    text = "霍邱县位于安徽省西部，是国家乡村振兴重点帮扶县。2019年，六安市人民医院开始对口帮扶霍邱县人民医院。"
    found = [r for r in extraction(text).relations if r.type is Rel.PAIRS_WITH]
    assert {(r.source.surface, r.target.surface) for r in found} == {("六安市人民医院", "霍邱县人民医院")}
    assert all(r.sentence.text.startswith("2019年") for r in found)


def test_the_city_a_team_goes_home_to_is_no_receiver():
    found = pairs("近日，金寨县人民医院第三批援助霍邱县医疗队结束为期一年的工作返回金寨。")
    assert found == {("金寨县人民医院", "霍邱县")}


def test_the_party_after_wei_receives_the_help_that_tigong_provides():
    text = "六安市人民医院对口帮扶霍邱县人民医院。金寨县人民医院还通过远程会诊平台，为霍邱县人民医院提供技术支援。"
    assert pairs(text) == {("六安市人民医院", "霍邱县人民医院"), ("金寨县人民医院", "霍邱县人民医院")}
    # 给予 names the receiver right after it
    assert pairs("九〇三医院将在学科建设方面给予青川县人民医院大力支持。") == {("九〇三医院", "青川县人民医院")}


def test_a_places_hospitals_give_as_the_place_and_where_patients_went_is_no_party():
    found = pairs("金寨县人民医院对口支援霍邱县人民医院。同时，六安市裕安区的医院也对口支援霍邱县中医院。")
    assert ("六安市裕安区", "霍邱县中医院") in found
    found = pairs("金寨县人民医院对口支援霍邱县人民医院。以前，霍邱县群众要跑到六安市的医院看病。")
    assert found == {("金寨县人民医院", "霍邱县人民医院")}


def test_a_place_name_inside_a_persons_name_after_a_role_is_no_party():
    # 海西 is a prefecture of a receiving province as well as a given name: here the receiving hospital's president
    text = (
        "此次帮扶的专家来自金华市人民医院普外科、心内科和重症医学科，将在磐安县人民医院工作6个月。"
        "磐安县人民医院院长徐海西说，这是两院合作的第三个年头，金华市人民医院先后帮助我院成立了重症医学科。"
    )
    assert pairs(text) == {("金华市人民医院", "磐安县人民医院")}
    # a name that starts with a place's bare name (黄南), right after a role word
    text = text.replace("院长徐海西说", "院长黄南平说")
    places = {m.surface for m in extraction(text).mentions if m.label in PLACE_LABELS}
    assert "黄南" not in places
    # a place's name whose first character ends the role word before it (院长|治华: not 长治)
    places = {
        m.surface for m in extraction(text.replace("院长黄南平说", "院长治华说")).mentions if m.label in PLACE_LABELS
    }
    assert "长治" not in places
    # a role word after the name tells it too
    text = text.replace("院长黄南平说", "徐海西院长说")
    assert pairs(text) == {("金华市人民医院", "磐安县人民医院")}
    # an office, a byline or a patient's kin before the name tells it as well
    for said in ("党委书记徐海西说", "记者 徐海西 报道：", "患者家属徐海西说"):
        assert pairs(text.replace("徐海西院长说", said)) == {("金华市人民医院", "磐安县人民医院")}
    # so do a list of names after a title and a verb of saying after the name
    for said in ("医生高某、林海西和王五说", "专家王五、李海西和赵丽江说", "据徐海西介绍"):
        assert pairs(text.replace("徐海西院长说", said)) == {("金华市人民医院", "磐安县人民医院")}
    # but 和 before a place and 专家 after it is a conjunction and that place's experts
    sentence = "金华和海西专家共同查房"
    (haixi,) = [m for m in gazetteer().scan(sentence) if m.surface == "海西"]
    assert stands_as_place(sentence, haixi)


def test_an_unplaced_hospital_joined_with_a_county_hospital_by_yu_gives():
    # a hospital named by its number alone has no place; the county's hospital is the receiving end
    text = "九〇三医院与青川县人民医院签订对口帮扶协议。第九〇三医院派出普外科专家孙立强长期驻点。"
    assert ("九〇三医院", "青川县人民医院") in pairs(text)
    found = {(r.source.key, r.target.key) for r in extraction(text).relations if r.type is Rel.PAIRS_WITH}
    assert len(found) == 1  # the one pair, written twice
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert len(hospitals) == 2  # 第九〇三医院 and 九〇三医院 are one
    assert {m.key for m in find_orgs("903医院派出专家", 0, 9, 0)} == {"九〇三医院"}


def _hospital_named_without_a_place():
    """A hospital of the lexicon with a region and no place name anywhere in its name."""
    gz = gazetteer()
    for name, _, region in read_table("hospitals.tsv", 3):
        if region and name.endswith("医院") and not gz.scan(name):
            return known_hospital(name)
    pytest.skip("the lexicon has no hospital named without a place")


def test_a_known_hospital_named_without_a_place_stands_for_its_province():
    hospital = _hospital_named_without_a_place()
    result = extraction(f"{hospital.name}派出专家团队对口帮扶霍邱县人民医院，长期驻点。")
    donor = next(m for m in result.mentions if m.surface == hospital.name)
    # a top-tier hospital the text places nowhere is a province's or a university's: it acts for the province
    assert donor.region == gazetteer().lineage(hospital.region)[0].code


def test_a_top_tier_hospital_named_without_a_place_aids_a_county_of_its_own_city():
    # the lexicon puts this hospital in the city the county belongs to: the province is still above the county
    text = "西京医院对口帮扶周至县人民医院，每年派出10名专家驻点。"
    assert pairs(text) == {("西京医院", "周至县人民医院")}
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    assert [(row.donor_region, row.recipient_region) for row in donors(graph)] == [("陕西省", "周至县")]


def test_a_hospital_sending_an_expert_to_a_hospital_pairs_with_it():
    text = "六安市人民医院开展医疗帮扶工作。六安市人民医院消化内科主任医师陶静怡到霍邱县人民医院坐诊，带教年轻医生。"
    result = extraction(text)
    types = {(r.source.surface, str(r.type), r.target.surface) for r in result.relations}
    assert ("六安市人民医院", "PAIRS_WITH", "霍邱县人民医院") in types
    assert any(t == "SENDS" for _, t, _ in types)


def test_a_place_name_does_not_run_into_the_ending_of_an_institution_name():
    # 党和政府 is a general phrase in which a county's bare name can be read, overlapping the ending 政府
    result = extraction("六安市人民医院对口帮扶霍邱县人民医院，群众感受到了党和政府的关怀。")
    assert not [m for m in result.mentions if m.label is Label.AGENCY]


def test_an_institution_the_text_does_not_place_takes_the_side_the_aid_words_give_it():
    found = pairs("明德医科大学附属第三医院对口帮扶霍邱县人民医院，派出专家团队。")
    assert found == {("明德医科大学附属第三医院", "霍邱县人民医院")}


def test_the_province_of_a_one_province_article_is_not_a_party():
    found = pairs("在安徽，六安市人民医院对口帮扶霍邱县人民医院和金寨县人民医院。")
    assert found == {("六安市人民医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("六安市人民医院援滇医疗队已在宁蒗彝族自治县人民医院工作三个月，开展手术60余台。", "宁蒗彝族自治县人民医院"),
        ("六安市人民医院援川专家组在理塘县人民医院坐诊查房。", "理塘县人民医院"),
    ],
)
def test_aid_to_a_province_named_by_its_abbreviation_states_a_pair(text, recipient):
    # 援 and any province's abbreviation (援滇, 援川) is a team's aid, like 援藏
    assert pairs(text) == {("六安市人民医院", recipient)}


@pytest.mark.parametrize("donor", ["西京医院", "湘雅二医院", "湖北省人民医院"])
def test_a_province_s_hospital_agreeing_with_a_county_s_hospital_elsewhere_gives(donor):
    # no words give the direction and no usual sides divide the provinces (or they say the opposite: 陕西
    # usually receives): a county's hospital does not aid a province's
    assert pairs(f"{donor}与霍邱县人民医院签订对口帮扶协议。") == {(donor, "霍邱县人民医院")}


@pytest.mark.parametrize("support", ["的支持下", "的大力支持下", "专家团队的帮助下"])
def test_the_party_whose_support_a_hospital_had_is_its_giver(support):
    text = f"在浙江省明德医院{support}，霍邱县人民医院成功创建为三级医院。"
    assert pairs(text) == {("浙江省明德医院", "霍邱县人民医院")}


def test_a_team_that_comes_to_learn_gives_no_aid():
    assert not pairs("霍邱县人民医院医疗团队一行8人来到浙江省明德医院参观学习。")


def test_that_hospital_is_not_the_hospital_its_own_sentence_names_after_it():
    # the hospital named last before 该院 is the receiver, which the same sentence names as where experts go
    text = "六安市人民医院对口帮扶霍邱县人民医院。今年3月，该院派出心内科副主任医师汪远航到霍邱县人民医院驻点帮扶。"
    assert postings(text) == {("汪远航", "霍邱县人民医院")}
    sent = {(r.source.key, r.target.surface) for r in extraction(text).relations if r.type is Rel.SENDS}
    assert sent == {(f"known|{known_hospital('六安市人民医院').name}", "汪远航")}


def test_a_health_commission_that_sends_the_staff_is_the_giver():
    # the body is a party here, not only the authority behind the aid: the counties both receive
    text = "今年以来，丽水市卫健委选派46名医疗卫生人才到四川省理塘县、稻城县开展组团式帮扶。"
    assert pairs(text) == {("丽水市卫健委", "四川省理塘县"), ("丽水市卫健委", "稻城县")}


def test_counties_listed_before_a_hospital_s_name_share_it():
    text = "安庆市立医院医疗队分赴理塘县、稻城县人民医院开展对口帮扶。"
    assert pairs(text) == {("安庆市立医院", "理塘县人民医院"), ("安庆市立医院", "稻城县人民医院")}
    # 与 joins two parties, not two names
    result = extraction("舒城县与金寨县人民医院签订对口帮扶协议。")
    assert {m.surface for m in result.mentions if m.label is Label.HOSPITAL} == {"金寨县人民医院"}


def test_a_unit_is_founded_by_the_giver_its_sentence_names_even_inside_the_receiving_province():
    text = (
        "浙江省丽水市中心医院与理塘县人民医院建立紧密型帮扶关系。"
        "在省内，武侯区人民医院对口帮扶理塘县中藏医院，帮助建成了藏医康复科。"
    )
    assert links(text, Rel.FOUNDED) == {("武侯区人民医院", "藏医康复科")}


def test_city_hospitals_listed_with_counties_of_their_province_give_without_directed_words():
    # one province, no words that give a direction: its cities' and its own hospitals give, its counties receive
    text = (
        "会上，安庆市立医院与宿松县人民医院、六安市人民医院与金寨县人民医院、安徽省立医院与岳西县医院"
        "现场签订了对口支援协议。"
    )
    assert pairs(text) == {
        ("安庆市立医院", "宿松县人民医院"),
        ("六安市人民医院", "金寨县人民医院"),
        ("安徽省立医院", "岳西县医院"),
    }


@pytest.mark.parametrize(
    ("hospital", "region"),
    [("长沙经开区医院", "长沙市"), ("杨凌示范区医院", None), ("贵安新区人民医院", None)],
)
def test_a_zone_s_hospital_is_named_whole(hospital, region):
    # zones the division table lacks: the zone word is one word, and the place name inside 贵安新区 is no place
    result = extraction(f"安庆市立医院对口帮扶{hospital}。")
    (found,) = [m for m in result.mentions if m.label is Label.HOSPITAL and m.surface != "安庆市立医院"]
    assert found.surface == hospital
    assert (gazetteer().places[found.region].name if found.region else None) == region


def test_a_branch_named_after_a_place_stands_there():
    result = extraction("霍邱县人民医院与丽水市中心医院签约，丽水市中心医院霍邱分院当天揭牌。")
    (branch,) = [m for m in result.mentions if m.surface == "丽水市中心医院霍邱分院"]
    assert branch.region == HUOQIU
    # a branch whose tail names no place stays where its hospital is
    result = extraction("霍邱县人民医院与丽水市中心医院签约，丽水市中心医院东城分院派出专家。")
    (branch,) = [m for m in result.mentions if m.surface == "丽水市中心医院东城分院"]
    assert gazetteer().places[branch.region].name == "丽水市"


def test_cities_hospitals_each_aiding_a_county_of_their_own_city_are_all_givers():
    # the words name one pair's direction (安庆市立医院 -> 霍邱); the levels give every party its side
    text = "六安市人民医院、安庆市立医院分别对口帮扶霍邱县人民医院和宿松县人民医院。"
    assert pairs(text) == {("六安市人民医院", "霍邱县人民医院"), ("安庆市立医院", "宿松县人民医院")}


def test_a_teams_members_coming_from_several_hospitals_are_not_paired_item_by_item():
    text = (
        "丽水市援藏医疗队抵达林周县。队员分别来自丽水市人民医院、丽水市中医院，"
        "将在林周县人民医院、林周县藏医院开展为期一年的帮扶。"
    )
    found = pairs(text)
    assert ("丽水市人民医院", "林周县藏医院") in found and ("丽水市中医院", "林周县人民医院") in found


@pytest.mark.parametrize("slogan", ["援藏", "援助西藏", "对口支援西藏"])
def test_aid_to_a_province_written_out_names_the_receiver_as_the_slogan_does(slogan):
    # 甘肃 usually receives; aid to Tibet, in either spelling, makes its team the giver there
    text = f"甘肃省第二批{slogan}医疗队，在当地卫生局的带领下，对当雄县人民医院开展下乡义诊活动。"
    assert ("甘肃省", "当雄县人民医院") in pairs(text)


def test_aid_to_a_province_and_its_county_is_a_pair_not_a_slogan_that_sides_other_provinces():
    # 帮扶陕西省某县医院 names both parties; read as a slogan it made every other province a giver (定西 too)
    text = (
        "截至目前，南京鼓楼医院帮扶陕西省商南县医院，徐州医科大学附属医院帮扶陕西省镇巴县人民医院。\n\n"
        "福州市6家市属医院分别与定西市6个县区医院结对：福州市第一医院—岷县人民医院，福州市第二医院—漳县人民医院。"
    )
    assert {("福州市第一医院", "岷县人民医院"), ("福州市第二医院", "漳县人民医院")} <= pairs(text)


def test_the_receiver_in_a_teams_name_gives_nothing_where_the_team_goes():
    text = "丽水市人民医院对口支援林周县人民医院。10月，国家援助西藏医疗队赴西藏林周县、当雄县等地开展巡回医疗。"
    assert not [pair for pair in pairs(text) if pair[0] == "西藏"]


def test_the_party_opening_a_clause_is_the_subject_of_an_aid_word_in_a_later_one():
    # both receive in the article's sides: the words alone give the pair
    text = (
        "丽水市人民医院对口帮扶霍邱县人民医院。2022年以来，霍邱县人民医院牵头组建县域医共体，托管霍邱县冯井镇卫生院。"
    )
    assert ("霍邱县人民医院", "霍邱县冯井镇卫生院") in pairs(text)


def test_a_hospital_helped_that_sends_its_own_doctors_on_is_their_giver():
    text = (
        "丽水市人民医院对口帮扶霍邱县人民医院。"
        "在丽水市人民医院的帮扶下，霍邱县人民医院还派出骨干医生到霍邱县冯井镇卫生院坐诊。"
    )
    found = pairs(text)
    assert ("霍邱县人民医院", "霍邱县冯井镇卫生院") in found
    assert ("丽水市人民医院", "霍邱县冯井镇卫生院") not in found


def test_a_county_hospital_aiding_a_township_health_centre_of_its_county_pairs_with_it_alone():
    text = "六安市人民医院对口帮扶霍邱县人民医院，霍邱县人民医院对口帮扶霍邱县冯井镇卫生院。"
    assert pairs(text) == {("六安市人民医院", "霍邱县人民医院"), ("霍邱县人民医院", "霍邱县冯井镇卫生院")}


def test_a_hospital_s_other_name_in_brackets_is_no_second_hospital():
    text = "霍邱县人民医院（霍邱县医疗集团总院）与安庆市立医院签订对口帮扶协议。"
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys == {f"{HUOQIU}|人民医院", f"known|{known_hospital('安庆市立医院').name}"}


@pytest.mark.parametrize("opening", ["原", "", "即"])
def test_a_hospital_s_other_name_opening_a_bracket_with_more_after_it_is_no_second_hospital(opening):
    text = f"金华市第一医院（{opening}金华市第二人民医院，以下简称“金华一院”）与绥阳县人民医院签订对口帮扶协议。"
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and m.region == code("金华市")}
    assert len(keys) == 1


def test_a_short_name_declared_after_a_hospital_s_other_name_in_brackets_names_the_hospital():
    # 某医院（某某医院，以下简称“某某”）: the short name, and the other name written again, are the first hospital
    text = (
        "为患者看诊的是金华市第一医院（金华市第二人民医院，以下简称“金华二院”）副主任医师钱伟。"
        "今年3月，金华二院与绥阳县人民医院签订对口帮扶协议。金华市第二人民医院派出5名专家常驻绥阳县人民医院。"
    )
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and m.region != code("绥阳县")}
    assert len(keys) == 1


@pytest.mark.parametrize("town", ["下仓镇", "上河乡", "冯井镇中心"])
def test_a_township_health_centre_after_its_county_is_named_whole(town):
    # 下 and 上 are words of their own elsewhere (在…的帮助下)
    text = f"安庆市立医院对口帮扶霍邱县。专家们还深入到霍邱县{town}卫生院开展义诊。"
    hospitals = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals.get(f"霍邱县{town}卫生院") == HUOQIU
    # the experts' visit (专家们…深入到) is aid to it
    assert ("安庆市立医院", f"霍邱县{town}卫生院") in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each pair its own clause: 湖南 and 陕西 usually receive, so their hospitals' own pairs must not become
        # receivers of the first giver
        (
            "按照国家卫生健康委安排，浙江省明德医院对口帮扶甘肃省临洮县人民医院；中南大学湘雅医院对口帮扶湘西州花垣县人民医院；"
            "西京医院对口帮扶陕西省周至县人民医院。",
            {
                ("浙江省明德医院", "甘肃省临洮县人民医院"),
                ("中南大学湘雅医院", "湘西州花垣县人民医院"),
                ("西京医院", "陕西省周至县人民医院"),
            },
        ),
        # each clause's two parties lie in one province: 结对 gives no direction, the levels do
        (
            "中南大学湘雅医院与花垣县人民医院结对，西京医院与周至县人民医院结对，浙江省明德医院与临洮县人民医院结对。",
            {
                ("中南大学湘雅医院", "花垣县人民医院"),
                ("西京医院", "周至县人民医院"),
                ("浙江省明德医院", "临洮县人民医院"),
            },
        ),
        # two lists around 分别 pair item by item, whatever the provinces' usual sides
        (
            "湘雅医院、西京医院、浙江省明德医院分别与花垣县人民医院、周至县人民医院、临洮县人民医院结成帮扶对子。",
            {("湘雅医院", "花垣县人民医院"), ("西京医院", "周至县人民医院"), ("浙江省明德医院", "临洮县人民医院")},
        ),
    ],
)
def test_a_list_of_pairs_inside_receiving_provinces_states_each_pair_alone(text, expected):
    assert pairs(text) == expected


def test_words_before_a_grade_are_a_clause_not_a_hospital_name():
    result = extraction("六安市人民医院对口帮扶霍邱县人民医院，此前霍邱县长期没有三级医院。")
    assert {m.surface for m in result.mentions if m.label is Label.HOSPITAL} == {"六安市人民医院", "霍邱县人民医院"}


def test_experts_named_in_a_list_arriving_at_a_hospital_are_aid_to_it():
    text = "5月12日，六安市人民医院专家王安宁、李和平来到霍邱县人民医院开展义诊。"
    assert ("六安市人民医院", "霍邱县人民医院") in pairs(text)


def test_a_slogan_naming_the_receiving_province_puts_the_other_province_on_the_giving_side():
    # 四川 usually receives aid; in a 援藏 article it gives
    found = pairs("四川省援藏医疗队抵达林周县人民医院，开展为期一年的组团式帮扶。")
    assert found == {("四川省", "林周县人民医院")}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("帮扶专家推动霍邱县人民医院心血管内科挂牌成立。", "心血管内科"),
        ("帮扶期间成立了霍邱县人民医院疼痛科。", "疼痛科"),
        ("帮扶期间成立了医院感染管理科。", "医院感染管理科"),
    ],
)
def test_a_unit_written_after_its_hospital_is_the_unit_alone(text, unit):
    from graphaid.extract.departments import find_foundings

    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == [unit]


def test_a_counted_list_of_units_shares_its_ending():
    from graphaid.extract.departments import find_foundings

    text = "在专家指导下，医院成立了胸痛、卒中、创伤等3个中心。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["胸痛中心", "卒中中心", "创伤中心"]


def test_the_count_of_a_counted_list_tells_an_item_joined_by_and_from_two():
    from graphaid.extract.departments import find_foundings

    text = "医院挂牌成立了胸痛、危重孕产妇救治、危重儿童和新生儿救治3个中心。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["胸痛中心", "危重孕产妇救治中心", "危重儿童和新生儿救治中心"]
    # four named for four: 和 joins two items
    text = "医院挂牌成立了胸痛、卒中、创伤和危重孕产妇救治4个中心。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert len(founding.units) == 4


def test_an_item_of_a_counted_list_that_ends_as_a_unit_keeps_its_ending():
    from graphaid.extract.departments import find_foundings

    text = "在专家指导下，医院新增了内镜室、新生儿科、康复医学科等3个科室。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["内镜室", "新生儿科", "康复医学科"]


def test_a_founded_unit_with_its_short_name_in_brackets_is_one_of_a_list():
    from graphaid.extract.departments import find_foundings

    text = "专家团队帮助医院新建了重症医学科（ICU）和血液透析室。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["重症医学科", "血液透析室"]


@pytest.mark.parametrize("opening", ["从无到有", "实现零的突破", "正式启用"])
def test_a_unit_followed_by_the_words_of_its_opening_is_founded(opening):
    from graphaid.extract.departments import find_foundings

    text = f"在专家们的努力下，医院的康复医学科{opening}，群众受益。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["康复医学科"]


def test_a_founded_unit_is_named_without_where_it_is_the_first():
    from graphaid.extract.departments import find_foundings

    text = "专家团队帮助医院建成了本地区首个新生儿重症监护病房。"
    (founding,) = find_foundings(text, 0, len(text), 0)
    assert [u.surface for u in founding.units] == ["新生儿重症监护病房"]


def test_short_forms_of_numbered_and_affiliated_hospitals_are_hospitals():
    result = extraction("明德医大附一院对口帮扶六安二院，派出专家团队。")
    hospitals = {m.surface: m.region for m in result.mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"明德医大附一院": None, "六安二院": code("六安市")}


def test_a_branch_named_after_its_owner_is_one_hospital():
    result = extraction("明德医大一附院霍邱医院对口帮扶金寨县人民医院。")
    hospitals = {m.surface for m in result.mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"明德医大一附院霍邱医院", "金寨县人民医院"}


def test_a_branch_written_by_its_place_alone_is_the_branch_the_article_names_in_full():
    text = "明德医大一附院霍邱医院选派专家进驻金寨县人民医院。今年，霍邱医院将结合金寨县人民医院实际深化帮扶。"
    keys = {m.key for m in extraction(text).mentions if m.surface in ("明德医大一附院霍邱医院", "霍邱医院")}
    assert len(keys) == 1
    # not where two hospitals' names end with it
    text = "明德医大一附院霍邱医院、华夏医大二附院霍邱医院帮扶金寨县人民医院。霍邱医院将深化帮扶。"
    keys = {m.key for m in extraction(text).mentions if m.surface.endswith("霍邱医院")}
    assert len(keys) == 3


def test_a_hospital_s_proper_name_written_again_without_its_place_is_that_hospital():
    text = (
        "无锡市梁溪区红棉人民医院与湟源县人民医院签订帮扶协议。"
        "红棉人民医院心内科主任医师严明亮随即作为帮扶专家常驻湟源。"
    )
    result = extraction(text)
    (full,) = {m.key for m in result.mentions if m.surface == "无锡市梁溪区红棉人民医院"}
    assert {(r.source.key, r.target.surface) for r in result.relations if r.type is Rel.SENDS} == {(full, "严明亮")}


def test_the_names_a_bracket_after_our_hospital_lists_are_all_its_names():
    text = "8月2日，来自华夏医科大学附属医院、我院（无锡市人民医院、无锡市肿瘤医院）的专家赴湟源县人民医院开展义诊。"
    keys = {m.key for m in extraction(text).mentions if m.surface in ("无锡市人民医院", "无锡市肿瘤医院")}
    assert len(keys) == 1


def test_a_bare_county_name_that_completes_the_county_hospital_is_a_party_wherever_it_stands():
    text = (
        "无锡援青医疗队\n今天是我到湟源的第96天。我在县医院儿科上班。\n"
        "我们来湟源，不是来看几个病人的，是来带队伍的。无锡和西宁是东西部协作的一家人。"
    )
    article = annotate(document_from_text("t.txt", text))
    counties = [m for ms in article.actors_by_sent for m in ms if m.surface == "湟源"]
    assert [m.sent for m in counties] == [1, 3]
    assert {m.label for m in counties} == {Label.COUNTY}


def test_a_hospital_before_a_generic_phrase_keeps_its_name():
    result = extraction("六安市人民医院专家到霍邱县人民医院、霍邱县妇幼保健院等受援医院驻点帮扶。")
    hospitals = {m.surface for m in result.mentions if m.label is Label.HOSPITAL}
    assert {"霍邱县人民医院", "霍邱县妇幼保健院"} <= hospitals


def test_a_province_that_is_the_only_giver_pairs_with_the_places_its_team_serves():
    text = "四川省援藏医疗队抵达林周县人民医院。此后，医疗队还赴尼木县、曲水县开展巡回义诊，续写援藏情谊。"
    found = pairs(text)
    assert {("四川省", "尼木县"), ("四川省", "曲水县")} <= found


def test_a_province_that_is_the_only_giver_pairs_with_the_hospital_its_doctors_are_sent_to():
    text = "四川省援藏干部走访我院。我院先后选派17名援藏专家赴林周县人民医院帮扶。"
    assert ("四川省", "林周县人民医院") in pairs(text)


def test_a_province_does_not_stand_for_the_hospitals_an_article_names_as_givers():
    text = "六安市人民医院对口帮扶霍邱县人民医院。在安徽，帮扶还延伸到霍邱县的乡镇。"
    assert all(source != "安徽" for source, _ in pairs(text))


def test_a_hospital_named_like_a_far_county_is_not_placed_there():
    # 尼木 is a county of another province than the one the article is about
    result = extraction("六安市人民医院与霍邱县人民医院、尼木医院共建专科联盟，对口帮扶工作稳步推进。")
    (hospital,) = [m for m in result.mentions if m.surface == "尼木医院"]
    assert hospital.region is None


def test_a_hospital_named_after_its_own_county_is_placed_there():
    result = extraction("六安市人民医院对口帮扶霍邱医院，派出专家团队。")
    (hospital,) = [m for m in result.mentions if m.surface == "霍邱医院"]
    assert hospital.region == HUOQIU


@pytest.mark.parametrize(
    "text",
    [
        "丽水市对口帮扶林周县以来，原来要到西宁等大医院做的手术，现在在本地就能完成。",
        "丽水市对口帮扶林周县以来，专家张立明接诊了一名重症患者，患者不必再转往西宁市的医院。",
    ],
)
def test_where_patients_went_or_would_have_gone_is_no_party(text):
    result = extraction(text)
    targets = [r.target.surface for r in result.relations if r.type in (Rel.PAIRS_WITH, Rel.POSTED_TO)]
    assert ("丽水市", "林周县") in pairs(text)
    assert not [t for t in targets if "西宁" in t]


def test_a_hospital_s_other_name_in_brackets_is_the_same_hospital():
    text = (
        "明德医科大学附属人民医院（六安市肿瘤医院）对口帮扶霍邱县人民医院。"
        "六安市肿瘤医院放疗科专家每周到霍邱县人民医院坐诊。"
    )
    result = extraction(text)
    keys = {m.key for m in result.mentions if m.label is Label.HOSPITAL and "霍邱" not in m.surface}
    assert len(keys) == 1


def test_a_known_hospital_with_its_other_name_in_brackets_is_the_known_hospital():
    text = (
        "山西省妇幼保健院（省儿童医院）的专家来到霍邱县人民医院。山西省妇幼保健院对口帮扶霍邱县人民医院，派驻两名医生。"
    )
    hospitals = [m for m in extraction(text).mentions if m.label is Label.HOSPITAL and "霍邱" not in m.surface]
    assert len(hospitals) == 2
    assert {m.key for m in hospitals} == {f"known|{known_hospital('山西省妇幼保健院').name}"}


def test_a_pair_with_a_place_gives_way_to_the_same_donor_s_pair_inside_it():
    text = "丽水市第二医院专家赴西藏林周县对口支援。丽水市第二医院对口帮扶林周县人民医院，派出专家团队。"
    found = pairs(text)
    assert found == {("丽水市第二医院", "林周县人民医院")}


def test_a_place_run_into_an_aid_word_is_no_person():
    result = extraction("丽水市第二医院四位专家赴西藏林周对口支援，开展为期半年的帮扶。")
    assert not [m for m in result.mentions if m.label is Label.EXPERT]


def test_a_whole_province_is_no_posting():
    text = "丽水市第二医院对口帮扶林周县人民医院。丽水市第二医院院长陶静怡在讲话中，对西藏自治区领导的支持表示感谢。"
    result = extraction(text)
    postings = [r.target for r in result.relations if r.type is Rel.POSTED_TO]
    assert all(t.label is not Label.PROVINCE for t in postings)


def test_the_aid_s_effect_on_a_county_names_the_receiver_of_a_pairing_of_two_counties():
    # two counties of one province, agreeing as equals; only who drives whose growth gives the direction
    text = (
        "霍邱县中医院与金寨县中医院签订合作协议，两院将开展交流。\n"
        "下一步，金寨县中医院将发挥优势，推动霍邱县中医药事业发展。"
    )
    assert ("金寨县中医院", "霍邱县中医院") in pairs(text)
    assert ("霍邱县中医院", "金寨县中医院") not in pairs(text)


@pytest.mark.parametrize(
    ("opening", "province"),
    [("上海市组织专家援藏。", "上海市"), ("江西省组织专家援藏。", "江西省"), ("", None)],
)
def test_a_name_several_known_hospitals_share_is_the_one_in_a_province_the_article_names(opening, province):
    text = opening + "仁济医院专家赴林周县人民医院开展帮扶。"
    (hospital,) = [m for m in extraction(text).mentions if m.surface == "仁济医院"]
    if province is None:
        assert hospital.region is None  # no province to choose by: left unplaced
    else:
        assert gazetteer().lineage(hospital.region)[0].name == province
        assert hospital.key.startswith("known|")


def test_a_numbered_hospital_written_alone_is_the_one_of_the_university_the_article_names():
    text = "来源：六安医学院新闻网\n一附院第三批援藏医疗队抵达林周县人民医院，开展对口帮扶。"
    hospitals = {m.surface: m for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    written_out = [m for m in extraction("六安医学院第一附属医院派出专家。").mentions if m.label is Label.HOSPITAL]
    assert hospitals["一附院"].key == written_out[0].key
    assert ("一附院", "林周县人民医院") in pairs(text)


@pytest.mark.parametrize("source", ["", "来源：六安医学院、丽水大学联合报道\n"])
def test_a_numbered_hospital_written_alone_is_left_out_without_one_university(source):
    text = source + "一附院第三批援藏医疗队抵达林周县人民医院，开展对口帮扶。"
    assert "一附院" not in {m.surface for m in extraction(text).mentions}


def test_a_place_in_the_name_of_an_airport_is_no_party():
    text = "六安市人民医院对口帮扶林周县人民医院。医疗队员乘飞机抵达丽水新城国际机场，顺利返回。"
    assert "丽水" not in {m.surface for m in extraction(text).mentions}


def test_a_local_outlets_name_places_the_generic_county_hospital_when_two_places_share_its_name():
    # 朝阳 names a county, a prefecture and two districts; the outlet and the prefecture named in full choose
    text = "（《今日朝阳》记者 王小明）3月5日，朝阳市中心医院与县人民医院签订对口帮扶协议。"
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert f"{code('朝阳县')}|人民医院" in hospitals


def test_a_county_hospital_written_short_is_its_peoples_hospital_once_the_article_completes_that():
    text = "六安市人民医院与县人民医院签订对口帮扶协议。霍邱县卫健局负责人介绍了县医院的情况。"
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys.get("霍邱县医院", keys.get("县医院")) == f"{HUOQIU}|人民医院"


def test_a_county_hospital_written_short_on_a_county_s_site_is_that_county_s():
    text = (
        "县领导看望援青医疗专家\n来源：湟源县人民政府网\n"
        "县委书记在湟源县人民医院会议室看望刚刚抵达的援青医疗专家。"
        "本批专家分别来自金华市中心医院和修水县人民医院，其中2名专家派驻县人民医院。"
    )
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys["县人民医院"] == keys["湟源县人民医院"] != keys["修水县人民医院"]


def test_a_county_hospital_written_short_is_its_general_hospital_where_the_article_names_that():
    text = "金华市中心医院对口帮扶湟源县总医院。县医院内科主治医师孙海波被派驻城关镇卫生院。"
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys.get("湟源县医院", keys.get("县医院")) == keys["湟源县总医院"]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("丽水市第一医院", "丽水一院"),
        ("丽水市第二人民医院", "丽水二院"),
        ("丽水市第三人民医院", "丽水市三医院"),
        ("丽水市第四人民医院", "丽水市第四医院"),
        ("丽水市妇幼保健院", "丽水市妇女儿童医院"),
        ("丽水市中医医院", "丽水市中医药医院"),
    ],
)
def test_a_shorter_or_other_form_is_the_full_name_the_article_gives(full, short):
    text = f"{full}对口帮扶霍邱县人民医院。{short}派出专家10名赴霍邱县人民医院坐诊。"
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys[short] == keys[full]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("霍邱县疾病预防控制中心", "霍邱县疾控中心"),
        ("霍邱县中医医院", "霍邱县中医院"),
        ("当雄县藏医医院", "当雄县藏医院"),
        ("霍邱县中西医结合医院", "霍邱县中西医医院"),
        ("和田县维吾尔医医院", "和田县维医医院"),
    ],
)
def test_a_short_ending_is_the_ending_it_stands_for(full, short):
    text = f"六安市人民医院对口帮扶{full}。六安市人民医院派出专家到{short}坐诊。"
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys[short] == keys[full]


def test_each_county_of_a_counted_list_has_the_hospital_the_list_names():
    text = "六安市人民医院对口帮扶霍邱、舒城、金寨三县人民医院，每年派出专家30余人次。"
    assert pairs(text) == {
        ("六安市人民医院", "霍邱县人民医院"),
        ("六安市人民医院", "舒城县人民医院"),
        ("六安市人民医院", "金寨县人民医院"),
    }
    two = pairs("六安市人民医院对口帮扶霍邱、舒城二县人民医院。")
    assert two == {("六安市人民医院", "霍邱县人民医院"), ("六安市人民医院", "舒城县人民医院")}
    # names written with their level take it once
    two = pairs("六安市人民医院对口帮扶霍邱县、舒城县两县人民医院。")
    assert two == {("六安市人民医院", "霍邱县人民医院"), ("六安市人民医院", "舒城县人民医院")}
    # a count that does not fit the list, or names that are no counties, name no hospital
    for wrong in ("六安市人民医院对口帮扶霍邱、舒城三县人民医院。", "六安市人民医院对口帮扶该县、全县两县人民医院。"):
        assert not [m for m in extraction(wrong).mentions if m.label is Label.HOSPITAL and "县" in m.surface]


def test_a_numbered_hospitals_three_forms_in_one_article_are_one_hospital():
    text = (
        "丽水市第一人民医院与霍邱县人民医院开展对口支援。丽水市一医院派出骨科专家到霍邱县人民医院坐诊，"
        "丽水市第一医院还帮助霍邱县人民医院建成胸痛中心。"
    )
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and m.surface.startswith("丽水")}
    assert keys == {f"{code('丽水市')}|第一人民医院"}


def test_a_hospitals_other_name_in_brackets_is_the_same_hospital_and_not_its_name():
    text = "霍邱县人民医院（霍邱县医共体总院）与丽水市人民医院结对。丽水市人民医院派出医疗队赴霍邱县医共体总院义诊。"
    nodes, _ = records([extraction(text)])
    (county_hospital,) = [n for n in nodes.values() if n["label"] == Label.HOSPITAL and "霍邱" in n["name"]]
    assert county_hospital["name"] == "霍邱县人民医院"
    assert "霍邱县医共体总院" in county_hospital["aliases"]


def test_a_short_form_completed_to_a_hospital_is_an_alias_not_its_name():
    # 县医院 completed to 门源回族自治县医院 (longer than the name written) is 门源回族自治县人民医院; 中医院 is only
    # another spelling of 中医医院 and stays the name
    text = "六安市人民医院对口帮扶门源县人民医院和门源县中医院。县医院新开设了康复科。"
    nodes, _ = records([extraction(text)])
    names = {n["name"]: n["aliases"] for n in nodes.values() if n["label"] == Label.HOSPITAL and "门源" in n["name"]}
    assert set(names) == {"门源回族自治县人民医院", "门源县中医院"}
    assert "门源回族自治县医院" in names["门源回族自治县人民医院"]
    # a known hospital's branch in another place keeps the name it is written with
    text = "浙江大学医学院附属第一医院与霍邱县人民医院签约，浙江大学医学院附属第一医院霍邱医院当天揭牌。"
    nodes, _ = records([extraction(text)])
    assert "浙江大学医学院附属第一医院霍邱医院" in {n["name"] for n in nodes.values()}


def test_a_regional_hospital_written_with_its_level_word_is_the_one_the_article_names_in_full():
    text = "新疆维吾尔自治区人民医院与温宿县人民医院签订协议。自治区人民医院派出专家到温宿县人民医院坐诊。"
    keys = [m.key for m in extraction(text).mentions if m.surface in ("新疆维吾尔自治区人民医院", "自治区人民医院")]
    assert len(keys) == 2 and len(set(keys)) == 1


def test_the_site_owner_in_a_pages_footer_places_the_generic_county_hospital():
    text = (
        "六安市人民医院与县人民医院签订对口帮扶协议，派出专家团队长期驻点，"
        "在县人民医院开设专家门诊、开展教学查房和手术带教，帮助培养一批业务骨干。\n\n"
        "版权所有：六安市霍邱县人民政府 主办单位：霍邱县人民政府办公室\n"
    )
    hospitals = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert f"{HUOQIU}|人民医院" in hospitals


def test_a_declared_short_name_need_not_end_as_a_hospital_does():
    text = (
        "六安市人民医院专家团队来到霍邱县人民医院（以下简称“霍医”）开展对口帮扶。"
        "霍医的院长周德明与专家们座谈，骨科主任医师张立明在霍医开展手术。"
    )
    result = extraction(text)
    posted = {(r.source.surface, r.target.key) for r in result.relations if r.type is Rel.POSTED_TO}
    assert ("张立明", f"{HUOQIU}|人民医院") in posted
    assert not {"周德明", "霍医"} & {m.surface for m in result.mentions if m.label is Label.EXPERT}


def test_the_spellings_of_a_universitys_numbered_hospital_are_one_hospital():
    keys = set()
    for name in ("六安医学院第一附属医院", "六安医学院附属第一医院", "六安医学院附一院"):
        (hospital,) = [m for m in extraction(f"{name}对口帮扶霍邱县人民医院。").mentions if m.surface == name]
        keys.add(hospital.key)
    assert len(keys) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a team's or its experts' arrival
        "6月2日，丽水市第一医院专家团队来到林周县人民医院，开展为期一周的义诊和带教。",
        "丽水市第一医院医疗队一行6人近日抵达林周县人民医院。",
        "林周县人民医院迎来丽水市第一医院专家团队。",
        "丽水市第一医院专家团队走进林周县人民医院开展义诊。",
        "丽水市第一医院专家团队到林周县人民医院开展义诊。",
        "丽水市第一医院医疗队一行6人前往林周县人民医院开展义诊。",
        "丽水市第一医院专家来到林周县人民医院开展义诊。",
        "丽水市第一医院专家到林周县人民医院开展义诊。",
        "丽水市第一医院专家团队下沉到林周县人民医院坐诊。",
        # sending doctors, forming a group, joining hands
        "丽水市第一医院每周派专家到林周县人民医院坐诊。",
        "丽水市第一医院与林周县人民医院组建医联体。",
        "丽水市第一医院牵手林周县人民医院。",
    ],
)
def test_words_of_aid_without_the_usual_aid_verbs_state_the_pair(sentence):
    assert pairs(sentence) == {("丽水市第一医院", "林周县人民医院")}


def test_a_sentence_about_the_team_sent_names_where_it_works():
    # the second sentence names only the receiving hospital: the team's work there is the pairing
    found = pairs(
        "记者从浙江省明德医院获悉,该院援藏医疗队日前圆满完成任务。"
        "队员们在西藏林周县人民医院工作一年,帮助建立了血液净化中心。"
    )
    assert found == {("浙江省明德医院", "西藏林周县人民医院")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "浙江省明德医院对口帮扶保靖县人民医院,江苏省青禾医院对口帮扶泸溪县人民医院。",
            {("浙江省明德医院", "保靖县人民医院"), ("江苏省青禾医院", "泸溪县人民医院")},
        ),
        (
            "龙里县人民医院接受浙江省明德医院帮扶,惠水县人民医院接受江苏省青禾医院帮扶。",
            {("浙江省明德医院", "龙里县人民医院"), ("江苏省青禾医院", "惠水县人民医院")},
        ),
        (
            "霍邱县人民医院加入六安市人民医院医联体,霍邱县中医院加盟一个专科联盟。",
            {("六安市人民医院", "霍邱县人民医院")},
        ),
        (
            "浙江省明德医院与保靖县人民医院签署合作协议,江苏省青禾医院则与泸溪县人民医院开展专科共建。",
            {("浙江省明德医院", "保靖县人民医院"), ("江苏省青禾医院", "泸溪县人民医院")},
        ),
    ],
)
def test_two_clauses_that_each_state_a_pair_do_not_pair_across_the_break(sentence, expected):
    assert pairs(sentence) == expected


def test_names_in_one_list_are_not_paired_with_each_other():
    # the two famous partners of a remote-consultation link play one part; the aid is stated after the break
    found = pairs(
        "该院与北京市明德医院、四川省青禾医院建立了远程会诊合作,由江苏省长风医院对口支援的新疆伊犁州奎屯医院新开设了介入科。"
    )
    assert found == {("江苏省长风医院", "新疆伊犁州奎屯医院")}


@pytest.mark.parametrize(
    "counted", ["该县共有乡镇卫生院12所", "全市现有二级医院5所", "该区拥有乡镇卫生院8家", "专家们走遍了三都乡镇卫生院"]
)
def test_institutions_a_place_counts_are_no_institution(counted):
    found = extraction(f"近日,浙江省明德医院对口帮扶贵州省三都县人民医院。据悉,{counted}。")
    assert {m.surface for m in found.mentions if m.label is Label.HOSPITAL} == {
        "浙江省明德医院",
        "贵州省三都县人民医院",
    }


def test_a_bare_county_name_does_not_take_a_word_across_its_boundary():
    # 记者从|江南大学: a county's bare name (从江) straddles the preposition and the university's name
    found = extraction("记者从江南大学附属医院获悉,该院专家团队近日赴贵州省三都县人民医院开展对口帮扶。")
    assert "江南大学附属医院" in {m.surface for m in found.mentions if m.label is Label.HOSPITAL}


def test_an_institution_lies_where_the_text_says_it_lies():
    # its name gives the prefecture; the text gives the county, and every mention of it lies there
    text = (
        "浙江省明德医院派出医疗队赴新疆开展对口帮扶。医疗队在位于昌吉州奇台县的昌吉州第二人民医院工作半年。"
        "昌吉州第二人民医院新开设了心理科。"
    )
    found = extraction(text)
    hospitals = [m for m in found.mentions if m.label is Label.HOSPITAL and m.surface.startswith("昌吉")]
    assert len(hospitals) == 2 and {m.region for m in hospitals} == {code("奇台县")}
    # its other names are the ones it has, not one made of the county and its name
    nodes, _ = records([found])
    (hospital,) = [n for n in nodes.values() if n["label"] == "Hospital" and n["name"].startswith("昌吉")]
    assert not any(alias.startswith("奇台") for alias in hospital["aliases"])


@pytest.mark.parametrize("several", ["四川省甘孜州两县医院", "甘孜州各县人民医院", "贵州省三个县医院"])
def test_the_hospitals_of_several_places_are_no_institution(several):
    found = extraction(f"浙江省明德医院今年选派8名专家对口帮扶{several}。")
    assert {m.surface for m in found.mentions if m.label is Label.HOSPITAL} == {"浙江省明德医院"}


def test_units_founded_by_division_and_by_a_chained_verb():
    # 分成…个亚专科 founds each sub-specialty; 挂牌成立 is one act whose second verb names the unit
    found = {
        r.target.surface
        for r in extraction(
            "浙江省明德医院对口帮扶贵州省三都县人民医院,将内科分成心血管、呼吸、消化3个亚专科,并挂牌成立儿科诊疗中心。"
        ).relations
        if r.type is Rel.FOUNDED
    }
    assert found == {"心血管亚专科", "呼吸亚专科", "消化亚专科", "儿科诊疗中心"}


def test_a_local_sites_city_hospital_is_in_the_city_that_owns_the_site():
    text = (
        "推进市第一医院与西藏左贡县人民医院对口帮扶工作，市第一医院第二批医疗队启程前往西藏。\n"
        "设为首页 | 联系我们\n"
        "主管：中共六安市委 地址：某路1号"
    )
    assert ("六安市第一医院", "西藏左贡县人民医院") in pairs(text)


def test_a_slogan_may_name_its_field_between_its_two_provinces():
    model = SideModel()
    model.vote_slogans("为深化皖藏医疗卫生合作")
    assert model.slogan_votes[code("安徽省")] > 0 > model.slogan_votes[code("西藏自治区")]


def test_the_party_after_an_aid_word_stands_in_its_clause():
    sentence = "推进六安市人民医院与霍邱县人民医院对口帮扶工作，10月9日，六安市人民医院的专家出发。"
    actors = find_orgs(sentence, 0, len(sentence), 0)
    model = SideModel()
    model.vote_sentence(sentence, 0, actors, find_triggers(sentence, 0))
    assert model.votes.get(code("霍邱县"), 0.0) <= 0


def test_where_an_expert_studied_or_once_trained_is_no_posting():
    text = (
        "六安市人民医院对口帮扶霍邱县人民医院。六安市人民医院骨科副主任医师钱晓峰毕业于四川大学华西临床医学院，"
        "曾在北京积水潭医院进修一年。"
    )
    assert postings(text) == {("钱晓峰", "霍邱县人民医院")}
    assert pairs(text) == {("六安市人民医院", "霍邱县人民医院")}


def test_where_a_patient_is_referred_is_no_party():
    text = (
        "潍坊市人民医院对口帮扶石泉县人民医院。"
        "在潍坊专家的帮助下，石泉县人民医院成功将一名危重患者转诊至陕西省人民医院。"
    )
    assert all(target != "陕西省人民医院" for _, target in pairs(text))


def test_an_expert_named_again_without_a_role_still_says_where_they_work():
    text = (
        "六安市人民医院对口帮扶霍邱县人民医院和舒城县人民医院。六安市人民医院派出骨科副主任医师钱晓峰等专家。"
        "今年3月，钱晓峰来到霍邱县人民医院，开展手术20余台。"
    )
    assert postings(text) == {("钱晓峰", "霍邱县人民医院")}


@pytest.mark.parametrize(("city", "district_code"), [("徐州市", "320302"), ("福州市", "350102")])
def test_a_hospital_named_after_a_district_several_cities_have_lies_in_the_city_the_article_names(city, district_code):
    text = f"{city}卫健委组织医疗帮扶。鼓楼区人民医院对口帮扶霍邱县人民医院，派出专家5名。"
    (hospital,) = [m for m in extraction(text).mentions if m.surface == "鼓楼区人民医院"]
    assert hospital.region == district_code
    assert ("鼓楼区人民医院", "霍邱县人民医院") in pairs(text)


def test_a_place_name_inside_the_person_before_a_known_hospital_does_not_place_it():
    # 建华 is also a district's bare name
    text = "中山大学附属第一医院对口帮扶霍邱县人民医院。主任医师吴建华来自中山大学附属第一医院。"
    hospitals = [m for m in extraction(text).mentions if m.canonical == "中山大学附属第一医院"]
    assert len(hospitals) == 2
    assert {gazetteer().lineage(m.region)[0].name for m in hospitals} == {"广东省"}


def test_where_a_meeting_is_held_is_no_party():
    text = "援藏医疗队工作总结会在西宁召开。六安市援藏医疗队帮助左贡县人民医院开设了重症医学科。"
    assert all(target != "西宁" for _, target in pairs(text))
    assert ("六安市", "左贡县人民医院") in pairs(text)


def test_places_joined_by_and_that_hold_a_signing_are_its_parties():
    # 举行 after a place makes it where a meeting is held, but not after 与 (the two places hold it)
    for second in ("祁连县", "青海省祁连县", "海北州祁连县"):
        text = f"对口帮扶签约\n9月8日，六安市裕安区与{second}举行医疗卫生对口帮扶签约仪式。"
        assert ("六安市裕安区", second) in pairs(text)
    text = "对口帮扶签约\n六安市裕安区与祁连县对口帮扶工作会议在海北州举行。"
    assert not [pair for pair in pairs(text) if "海北" in pair[1]]


def test_a_team_from_a_place_gives_to_the_place_it_is_in():
    text = "医疗帮扶\n在云南省丽江市华坪县，来自东莞的中医医疗队正在卫生院进行义诊。"
    assert ("东莞", "云南省丽江市华坪县") in pairs(text)
    text = "医疗帮扶\n华坪县人民医院迎来了来自东莞市人民医院的专家团队。"
    assert ("东莞市人民医院", "华坪县人民医院") in pairs(text)
    # where patients come from is no giver
    assert not pairs("医疗帮扶\n在华坪县人民医院，来自东莞的患者接受了义诊。")


def test_aid_of_another_field_is_no_medical_pair():
    text = (
        "对口援疆\n东莞市组团式医疗援疆，帮助华坪县人民医院新建了心内科。"
        "在霍城县，东莞援疆教师在当地学校担任校长，东莞援建的纺织产业园已经投产。"
    )
    found = pairs(text)
    assert any(target == "华坪县人民医院" for _, target in found)
    assert not [pair for pair in found if "霍城" in pair[1]]
    # a sentence of every field, health among them, is medical aid too
    assert ("东莞市", "霍城县") in pairs("对口援疆\n东莞市在产业、教育、医疗等领域对口支援霍城县。")


def test_a_warehouse_of_fruit_a_donor_built_is_no_unit_of_a_hospital():
    text = (
        "东西部协作\n金华市第一医院对口帮扶湄潭县人民医院，帮助建成胸痛中心。"
        "在湄潭县某村，金华市援建的猕猴桃冷链仓储中心投入使用。"
    )
    units = {m.surface for m in extraction(text).mentions if m.label is Label.DEPARTMENT}
    assert "胸痛中心" in units
    assert not [u for u in units if "仓储" in u]


def test_the_hospital_people_are_sent_toward_receives():
    text = (
        "组团式帮扶\n2015年以来，浙江已累计向铜仁市人民医院选派医疗人才180余人次。\n"
        "金华市第一医院骨科主任钱伟担任铜仁市人民医院副院长，还常去湄潭县人民医院义诊。"
    )
    assert ("浙江", "铜仁市人民医院") in pairs(text)
    assert not [pair for pair in pairs(text) if pair[0] == "铜仁市人民医院"]


def test_the_city_an_institution_is_written_as_of_is_no_party():
    text = (
        "湄潭的外来医生们\n他们来自金华、来自贵阳，在湄潭县人民医院和我们并肩守护着全县群众。\n"
        "作为省级帮扶医院，贵阳的贵州医科大学附属医院派出肾内科主治医师钱伟驻点帮扶。\n金华市第一医院对口帮扶湄潭县人民医院。"
    )
    assert ("贵州医科大学附属医院", "湄潭县人民医院") in pairs(text)
    assert not [pair for pair in pairs(text) if pair[1] == "贵阳"]


def test_a_hospital_that_sends_its_staff_to_learn_gives_nothing():
    text = (
        "金华组团帮扶铜仁\n铜仁市人民医院院长孙海波表示，医院正推进“一人进修、带动一科”计划，今后每年选派不少于20名骨干"
        "赴沪进修，力争实现重点科室本地人才全覆盖。"
    )
    assert not annotate(document_from_text("t.txt", text)).sides.givers_by_words


def test_those_a_hospital_sends_to_residency_training_learn_at_the_donor():
    text = (
        "东西部协作丨“金华归来”的他们\n原创　湄潭县人民医院　2023-08-19 18:06　贵州\n"
        "编者按：2021年以来，金华市第一医院与我院建立对口帮扶关系。\n"
        "2021年10月，钱伟作为浙江省第一批东西部协作医疗专家来到湄潭，挂职我院业务副院长。\n"
        "2022年起，我院每年选派新入职医生到金华市第一医院参加住院医师规范化培训。"
    )
    assert ("金华市第一医院", "湄潭县人民医院") in pairs(text)
    assert ("湄潭县人民医院", "金华市第一医院") not in pairs(text)


def test_where_people_set_off_from_is_no_giver_unless_named_as_one():
    text = "援疆干部出征\n第十批中央单位援疆干部人才从北京出发，前往霍城县开展为期三年的援疆工作。"
    assert not pairs(text)
    # nor where they drove from (从某市驱车…来到)
    assert not pairs("援疆干部出征\n第十批中央单位援疆干部人才从北京驱车前往霍城县，开展为期三年的援疆工作。")
    # a team's own city, named as its giver elsewhere, still gives
    text = "医疗援疆\n东莞市对口支援霍城县。东莞市援疆医疗队从东莞出发，前往霍城县开展帮扶。"
    assert ("东莞市", "霍城县") in pairs(text)
    # nor where they arrived from (从某地抵达某县)
    text = "湟中区第一人民医院医疗队5名队员从湟中抵达祁连县，开始为期一年的对口帮扶。"
    assert pairs(text) == {("湟中区第一人民医院", "祁连县")}


def test_a_teachers_college_holds_no_corps_division():
    # 第二师 is a 兵团 division's short name; in 第二师范学院 it is part of a word
    text = "医疗帮扶\n湖北第二师范学院的志愿者协助东莞市人民医院对口帮扶霍城县人民医院。"
    assert all(
        "兵团" not in m.surface and m.region != code("新疆生产建设兵团第二师") for m in extraction(text).mentions
    )
    assert ("东莞市人民医院", "霍城县人民医院") in pairs(text)


def test_a_sending_word_gives_to_every_party_of_the_list_it_sends_people_to():
    # a province that aids another gives inside its own too: its sides put its cities on its side, the words pair
    text = "医疗帮扶\n安徽省今年选派120名医疗专家赴六安市、安庆市开展对口帮扶。此前，安徽省还支援新疆和田地区。"
    assert {("安徽省", "六安市"), ("安徽省", "安庆市")} <= pairs(text)


def test_a_sentence_of_another_field_neither_states_aid_nor_votes_for_sides():
    doc = document_from_text("t.txt", "东莞市人民医院对口帮扶霍城县人民医院。\n援疆教师在当地学校担任校长。")
    article = annotate(doc)
    assert article.triggers_by_sent[0] and not article.triggers_by_sent[1]
    assert not any(article.sides.slogan_votes.values())


def test_the_members_of_a_team_at_hospitals_give_the_teams_pairs():
    text = (
        "援疆医疗队凯旋\n近日，东莞市第八批援疆医疗队圆满完成为期一年的帮扶任务。\n"
        "一年来，队员们在霍城县人民医院和伊宁县人民医院开展新技术12项。"
    )
    assert {("东莞市", "霍城县人民医院"), ("东莞市", "伊宁县人民医院")} <= pairs(text)


def test_the_hospitals_a_teams_members_come_from_give_where_the_team_gives():
    text = (
        "专家到岗\n9月1日，由东莞市人民医院等3家医院选派的帮扶专家抵达霍城县人民医院。"
        "专家们分别来自东莞市人民医院、东莞市中医院、东莞市妇幼保健院。"
    )
    assert {("东莞市中医院", "霍城县人民医院"), ("东莞市妇幼保健院", "霍城县人民医院")} <= pairs(text)
    # not where the article pairs several receiving hospitals: which one each gives to is not said
    text = text.replace("抵达霍城县人民医院", "抵达霍城县人民医院和伊宁县人民医院")
    assert not [pair for pair in pairs(text) if pair[0] == "东莞市中医院"]


def test_examples_of_where_a_teams_people_come_from_are_no_parties():
    text = (
        "医疗帮扶\n安庆市立医院对口帮扶霍邱县人民医院，派出专家20余人次。"
        "专家们分别来自北京、上海等地的知名医院，这次集中到霍邱县开展义诊。"
    )
    actors = {m.surface for ms in annotate(document_from_text("t.txt", text)).actors_by_sent for m in ms}
    assert not actors & {"北京", "上海"}


def test_a_bare_name_the_words_around_split_is_no_place():
    # 垫江|门诊: the county's bare name and a word, with a prefecture's bare name across them
    text = "重庆市中医院对口帮扶垫江县人民医院。\n今年上半年，垫江门诊就诊人数上升了三成。"
    actors = {m.surface for ms in annotate(document_from_text("t.txt", text)).actors_by_sent for m in ms}
    assert "江门" not in actors


def test_a_body_joined_to_a_hospital_in_an_agreement_is_a_party_to_it():
    # within one province, the prefecture's commission signs with its county's hospital: it gives, the city
    # whose team the article is about does not give to that county
    text = (
        "西宁市专家团队在湟源\n自2018年西宁市对口帮扶湟源县人民医院以来，先后选派3批医务人员驻点。"
        "2019年3月，海东市卫生健康委员会与化隆回族自治县人民医院达成对口帮扶协议，双方往来密切。"
    )
    rows = _donor_rows(text)
    assert ("海东市", "化隆回族自治县") in rows
    assert ("西宁市", "化隆回族自治县") not in rows


def test_a_hospital_sending_people_to_no_named_receiver_gives_to_the_articles_one():
    text = (
        "院长访谈：专家来了以后变化看得见\n“金华市中心医院的专家来了以后，变化是看得见的。”说起对口帮扶带来的变化，"
        "绥阳县人民医院院长打开了话匣子。\n罗春梅是金华市中心医院神经外科主任医师，2021年起挂职绥阳县人民医院副院长。\n"
        "去年，金华市第二医院也派出了护理团队。"
    )
    assert ("金华市第二医院", "绥阳县人民医院") in pairs(text)


def test_receivers_of_an_aid_word_with_no_giver_alone_make_no_province_named_in_passing_give():
    text = (
        "严明亮一行前往铜鼓县人民医院开展挂职锻炼和对口帮扶工作\n"
        "5月15日，附属医院党委书记严明亮率队赴铜鼓县人民医院参加挂职锻炼及对口帮扶人员见面会。\n"
        "江西省肿瘤医院总会计师罗春梅陪同。\n通过建立长效的工作机制，开展精准帮扶，着力推动铜鼓县人民医院实现重点学科培育。\n"
        "与会人员还观看了湖南省医疗卫生工作专题片。"
    )
    assert _donor_rows(text) == {("江西省", "铜鼓县")}


def test_a_paragraph_about_news_outlets_is_no_byline():
    # a line opening with outlets' names that tells of their reports does not say where the page is from
    text = (
        "严明亮一行前往达日县人民医院开展对口帮扶工作\n"
        "5月15日，附属医院党委书记严明亮率队赴达日县人民医院参加对口帮扶人员见面会。\n"
        "青海大学附属医院总会计师罗春梅陪同。\n湖南卫视、长沙晚报等多家媒体对此进行了专题报道。\n"
        "她希望县医院能够抓住帮扶机会，主动加强与省人民医院专家的沟通协作。"
    )
    assert _donor_rows(text) == {("青海省", "达日县")}


def test_hospital_alone_joined_to_a_named_hospital_is_the_articles_own():
    text = (
        "金华市第一医院2023年度工作总结（节选）\n五、扎实推进对口支援工作\n"
        "一是深化合作办医。医院与磐安县人民医院的合作进入第二周期，全年派驻常驻专家11名。\n"
        "二是完成援疆任务。选派骨科副主任医师罗春梅赴吐鲁番市高昌区人民医院开展为期一年半的援疆工作。"
    )
    found = pairs(text)
    assert ("金华市第一医院", "磐安县人民医院") in found
    assert not {giver for giver, _ in found} - {"金华市第一医院"}


def test_a_party_going_to_another_gives_to_it():
    # 重庆 usually receives; here the words say it goes to give
    text = "医疗队出征\n2月11日下午，重庆市赴湖北省黄冈市对口支援队出征，150名队员驰援前线。"
    assert ("重庆市", "湖北省黄冈市") in pairs(text)
    # not where it goes to learn
    text = "医疗帮扶\n安庆市立医院对口帮扶霍邱县人民医院。霍邱县人民医院赴安庆市立医院进修学习的医生已有20名。"
    assert ("霍邱县人民医院", "安庆市立医院") not in pairs(text)


def test_hospitals_named_only_as_where_staff_went_to_learn_are_no_parties():
    text = (
        "医疗帮扶\n近年来，在安庆市立医院的对口帮扶下，霍邱县人民医院建成胸痛中心。"
        "与此同时，霍邱县人民医院还选派20名骨干医生分批到南京鼓楼医院、苏州大学附属第一医院进修学习。"
    )
    found = pairs(text)
    assert ("安庆市立医院", "霍邱县人民医院") in found
    assert not [pair for pair in found if "鼓楼" in pair[0] + pair[1] or "苏州" in pair[0] + pair[1]]
    # the purpose may stand in the clause before the going
    text = (
        "医疗帮扶\n近年来，在安庆市立医院的对口帮扶下，霍邱县人民医院建成胸痛中心。"
        "今年霍邱县人民医院计划分三批选派36名医护人员外出进修，后两批将分别前往南京鼓楼医院和苏州大学附属第一医院。"
    )
    assert not [pair for pair in pairs(text) if "鼓楼" in pair[0] + pair[1] or "苏州" in pair[0] + pair[1]]
    # the giver the article names elsewhere still trains them
    text = "医疗帮扶\n安庆市立医院对口帮扶霍邱县人民医院。霍邱县人民医院选派10名医生到安庆市立医院进修学习。"
    assert ("安庆市立医院", "霍邱县人民医院") in pairs(text)


def test_every_hospital_of_a_list_a_referral_opens_is_where_patients_went():
    # (the second is no receiving hospital of the county the team goes to)
    text = (
        "医疗帮扶\n近日，安庆市立医院5名医疗专家抵达霍邱县，开展为期半年的组团式帮扶。"
        "以往危重患者大多需转诊至六安市人民医院或霍邱县第一人民医院。"
    )
    assert pairs(text) == {("安庆市立医院", "霍邱县")}


def test_people_sent_go_where_the_next_clause_says():
    # one county's hospital and its towns' health centres: only the words give the pairs
    text = "医共体建设\n霍邱县人民医院近日选派6名骨干医师，分别到城关镇卫生院、临淮岗乡卫生院开展驻点帮扶。"
    found = pairs(text)
    assert {target for giver, target in found if giver == "霍邱县人民医院"} >= {
        "霍邱县城关镇卫生院",
        "霍邱县临淮岗乡卫生院",
    }


def test_where_an_agreement_is_signed_is_no_party():
    text = "六安市卫生健康委员会与海北州卫生健康委员会在门源县签署医疗卫生合作协议，六安市将对口帮扶祁连县。"
    found = pairs(text)
    assert ("六安市", "祁连县") in found
    assert not [pair for pair in found if "门源县" in pair]


@pytest.mark.parametrize("dateline", ["新华社西宁7月3日电", "本报西宁讯", "人民网西宁电"])
def test_where_a_report_was_filed_from_is_no_party(dateline):
    text = f"{dateline} 六安市第三批援青医疗队日前抵达海北州，将在海北州人民医院开展医疗帮扶。"
    found = pairs(text)
    assert ("六安市", "海北州人民医院") in found
    assert not [pair for pair in found if "西宁" in "".join(pair)]


@pytest.mark.parametrize("outlet", ["（香港中通社）", "西宁日报讯 ", "据西宁广播电视台报道，"])
def test_a_news_outlet_named_after_a_place_is_no_party(outlet):
    text = f"{outlet}六安市援青医疗队日前抵达海北州，将在海北州人民医院开展医疗帮扶。"
    assert not [pair for pair in pairs(text) if "西宁" in "".join(pair) or "香港" in "".join(pair)]


@pytest.mark.parametrize("informant", ["记者从六安市卫健委获悉", "据六安市卫健委介绍"])
def test_where_the_reporter_learnt_the_news_is_no_party(informant):
    text = f"{informant}，六安市人民医院与海北州人民医院日前签署对口帮扶协议。"
    assert pairs(text) == {("六安市人民医院", "海北州人民医院")}


def test_a_place_whose_team_serves_a_hospital_pairs_with_it():
    text = (
        "六安市人民医院两名骨干响应号召，加入了安徽省第三批援青医疗队。"
        "一年来，六安市人民医院专家帮助海北州人民医院开展新技术12项。"
    )
    found = pairs(text)
    assert ("六安市人民医院", "海北州人民医院") in found
    assert ("安徽省", "海北州人民医院") in found
    # nor does it give what its parties give at home
    found = pairs(text + "此外，六安市人民医院还对口帮扶霍邱县人民医院。")
    assert ("六安市人民医院", "霍邱县人民医院") in found
    assert ("安徽省", "霍邱县人民医院") not in found
    # a place the article already pairs with the hospital's region has said what it gives
    found = pairs("安徽省对口支援海北州。" + text)
    assert ("安徽省", "海北州") in found
    assert ("安徽省", "海北州人民医院") not in found


def test_setting_up_a_station_at_a_hospital_is_aid_to_it():
    text = "海北州人民医院在门源县人民医院和祁连县人民医院分别设立了心内科、儿科专家工作站。"
    assert pairs(text) == {("海北州人民医院", "门源县人民医院"), ("海北州人民医院", "祁连县人民医院")}
    # a unit a hospital sets up for itself is no aid
    assert not pairs("海北州人民医院在院内设立了心内科专家工作站。")
    # nor is it the one helping when it sets it up with another's help
    found = pairs("门源县人民医院在海北州人民医院的帮助下设立了心内科专家工作站。")
    assert found == {("海北州人民医院", "门源县人民医院")}


def test_a_known_hospital_written_without_its_city_is_the_known_hospital():
    text = "深圳市宝安区人民医院对口帮扶霍邱县人民医院。宝安区人民医院派出专家5名常驻霍邱县人民医院。"
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and "宝安" in m.surface}
    assert keys == {f"known|{known_hospital('深圳市宝安区人民医院').name}"}


def test_a_town_health_centre_named_again_without_its_county_is_the_one_named_with_it():
    # the county named last before the second mention is another one: the town's centre is still the first
    text = (
        "六安市人民医院与霍邱县孙岗乡卫生院签订帮扶协议。舒城县人民医院也派出医生到乡镇坐诊。"
        "孙岗乡卫生院院长表示，卫生院新开设了康复科。"
    )
    centres = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and "孙岗" in m.surface}
    assert centres == {f"{HUOQIU}|孙岗乡卫生院"}


def test_a_town_s_health_centre_and_its_central_health_centre_are_one_institution():
    text = "霍邱县人民医院派出医生到霍邱县孙岗乡中心卫生院坐诊。孙岗乡卫生院由此开设了中医馆。"
    centres = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and "孙岗" in m.surface}
    assert centres == {f"{HUOQIU}|孙岗乡中心卫生院"}


def test_an_ethnic_township_s_health_centre_is_named_whole():
    text = "六安市人民医院对口帮扶霍邱县，专家们还深入到白莲塘蒙古族乡卫生院开展义诊。"
    hospitals = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals.get("霍邱县白莲塘蒙古族乡卫生院") == HUOQIU


def test_a_town_health_centre_read_from_inside_its_town_s_name_is_the_town_s():
    # 柳河 is a county's bare name (in another province) inside the town's name 沙柳河镇
    text = "六安市人民医院对口帮扶霍邱县沙柳河镇中心卫生院。沙柳河镇中心卫生院负责人表示，卫生院新开展了清创缝合。"
    centres = {(m.key, m.region) for m in extraction(text).mentions if "柳河" in m.surface}
    assert centres == {(f"{HUOQIU}|沙柳河镇中心卫生院", HUOQIU)}


def test_a_place_s_level_of_hospitals_is_no_hospital():
    text = "海北州级医院对口帮扶门源县乡镇卫生院，海北州人民医院派出医师到门源县东川镇卫生院坐诊。"
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert not [h for h in hospitals if "级" in h]
    assert "海北州人民医院" in hospitals


def test_a_sentence_about_making_a_hospital_a_branch_names_no_branch():
    text = "六安市人民医院对口帮扶霍邱县人民医院，将把霍邱县人民医院作为医院的分院来建设。"
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"六安市人民医院", "霍邱县人民医院"}


def test_a_proper_name_written_again_without_its_place_is_the_same_institution():
    text = "六安市裕安区杏林中医医院对口帮扶霍邱县人民医院。杏林中医医院派出3名医生到霍邱县人民医院坐诊。"
    keys = {m.key for m in extraction(text).mentions if "杏林" in m.surface}
    assert keys == {f"{code('裕安区')}|杏林中医医院"}


def test_a_place_name_ending_like_a_conjunction_stays_inside_a_town_health_centres_name():
    # 永和 is a county's bare name that ends in 和
    result = extraction("六安市人民医院对口帮扶霍邱县，向霍邱县永和岭镇卫生院捐赠设备。")
    hospitals = {m.surface for m in result.mentions if m.label is Label.HOSPITAL}
    assert "霍邱县永和岭镇卫生院" in hospitals


def test_a_bare_county_name_before_zhen_names_a_town():
    # 兴隆 is also a county's bare name
    from graphaid.extract.place_actors import stands_as_place

    text = "专家们还到兴隆镇开展义诊"
    (match,) = gazetteer().scan(text)
    assert not stands_as_place(text, match)
    assert stands_as_place("专家们还到兴隆县开展义诊", gazetteer().scan("专家们还到兴隆县开展义诊")[0])


def test_a_known_hospitals_branch_in_another_city_is_its_own_hospital_there_run_by_it():
    text = (
        "国家区域医疗中心中山大学附属第一医院六安医院正式揭牌，开展帮扶。"
        "中山大学附属第一医院派驻六安医院的副主任医师钱晓峰每周出诊三天。"
    )
    result = extraction(text)
    branch = next(m for m in result.mentions if m.surface == "中山大学附属第一医院六安医院")
    assert gazetteer().places[branch.region].name == "六安市"
    links = {(r.type, r.source.key, r.target.key) for r in result.relations}
    parent = f"known|{known_hospital('中山大学附属第一医院').name}"
    assert (Rel.PAIRS_WITH, parent, branch.key) in links
    assert (Rel.SENDS, parent, f"钱晓峰|{parent}") in links
    assert (Rel.POSTED_TO, f"钱晓峰|{parent}", branch.key) in links


def test_a_county_s_merged_maternal_and_family_planning_centre_is_its_maternal_hospital():
    text = "六安市妇幼保健院对口帮扶霍邱县妇幼保健计划生育服务中心。专家们在霍邱县妇幼保健院坐诊。"
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and "霍邱" in m.surface}
    assert len(keys) == 1


def test_a_sides_label_before_a_colon_names_the_side_and_is_no_act_of_aid():
    sentence = "受援医院：霍邱县人民医院 支援医院：安庆市人民医院"
    actors = find_orgs(sentence, 0, len(sentence), 0)
    model = SideModel()
    model.vote_labels(sentence, 0, actors)
    assert model.votes[code("霍邱县")] < 0 < model.votes[code("安庆市")]
    assert find_triggers(sentence, 0) == []


@pytest.mark.parametrize("place", ["徐州市沛县", "日照市莒县"])
def test_a_one_character_county_after_its_own_city_is_that_county(place):
    # 市 before 沛县 ends the city's name here, not a word such as 市县
    assert pairs(f"安庆市立医院医疗队近日抵达{place}，开展为期3个月的对口帮扶。") == {("安庆市立医院", place)}


def test_a_one_character_county_name_is_not_read_across_the_word_before_it():
    # 户县 is a former county's name; 落户 is a word
    text = "院士专家工作站落户县医院。安庆市立医院对口帮扶霍邱县人民医院，派出专家5名到县医院坐诊。"
    result = extraction(text)
    assert not [m for m in result.mentions if "户县" in m.surface]
    assert ("安庆市立医院", "霍邱县人民医院") in pairs(text)


def test_the_rows_of_a_table_under_a_header_labelling_the_sides_are_pairs():
    text = (
        "现将我省三级医院对口支援县级医院关系调整如下：\n序号 支援医院 受援医院\n"
        "1 安庆市立医院 霍邱县人民医院\n2 六安市人民医院 金寨县人民医院\n请各支援医院按照要求选派医务人员。"
    )
    assert pairs(text) == {("安庆市立医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")}


@pytest.mark.parametrize("between", ["；", "\n"])
def test_the_parties_a_form_labels_by_side_are_pairs(between):
    text = (
        "2024年城乡医院对口支援安排如下：\n"
        f"支援医院：六安市人民医院{between}受援医院：霍邱县人民医院、金寨县人民医院。\n"
        f"支援单位：安庆市立医院{between}受援单位：舒城县人民医院。"
    )
    assert pairs(text) == {
        ("六安市人民医院", "霍邱县人民医院"),
        ("六安市人民医院", "金寨县人民医院"),
        ("安庆市立医院", "舒城县人民医院"),
    }


def test_couples_listed_before_respectively_are_each_one_pair():
    text = "霍邱县人民医院与六安市人民医院、安庆市立医院与舒城县人民医院分别签订了对口帮扶协议。"
    assert pairs(text) == {("六安市人民医院", "霍邱县人民医院"), ("安庆市立医院", "舒城县人民医院")}


def test_entries_of_a_list_joined_by_dashes_are_pairs_where_the_sides_allow():
    text = "安庆市立医院——霍邱县人民医院；六安市人民医院——金寨县人民医院。以上医院结对帮扶三年。"
    assert pairs(text) == {("安庆市立医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")}


def test_dashed_entries_within_the_giving_province_pair_its_cities_with_its_counties():
    # a province's summary: its cities help counties of the same province, the province helps another one
    text = (
        "青海省卫生健康委员会2024年工作总结\n"
        "全年组织省内城市三级医院对口帮扶县级医院，西宁—泽库县、大通县—海东等结对关系全面落实。"
        "东西部协作方面，我省继续做好对口帮扶西藏医疗卫生工作。"
    )
    assert {("西宁", "泽库县"), ("海东", "大通县")} <= pairs(text)


def test_a_list_of_dashed_entries_reads_every_entry_the_way_its_sides_read_some():
    # 四川 and 重庆 usually receive; in a list whose other entries give first, they give too
    text = "对口支援名单\n具体名单为：江苏省—孝感市、四川省—仙桃市、山东省—黄冈市、重庆市—宜昌市。"
    assert {("四川省", "仙桃市"), ("重庆市", "宜昌市"), ("江苏省", "孝感市")} <= pairs(text)
    # an entry the sides read the other way round leaves the undecided ones alone
    text = "对口支援名单\n具体名单为：江苏省—孝感市、四川省—仙桃市、宜昌市—山东省。"
    assert ("四川省", "仙桃市") not in pairs(text)


def test_pairs_inside_a_giving_province_are_read_from_the_words_around_the_aid_word():
    # the article's sides put every Anhui party on the giving side (it aids Tibet too)
    text = (
        "安徽省援藏医疗队在西藏左贡县人民医院开展帮扶。在省内，安庆市立医院对口帮扶霍邱县人民医院，"
        "六安市人民医院对口帮扶金寨县人民医院。"
    )
    assert {("安庆市立医院", "霍邱县人民医院"), ("六安市人民医院", "金寨县人民医院")} <= pairs(text)


def test_a_hospital_helping_a_county_pairs_with_the_one_receiving_hospital_named_there():
    text = (
        "霍邱县人民医院心内科近日收治一名患者。"
        "由安庆市立医院派出的帮扶团队为患者实施手术，成就霍邱县的一项首例，组团式帮扶成效明显。"
    )
    found = pairs(text)
    assert ("安庆市立医院", "霍邱县人民医院") in found
    assert ("安庆市立医院", "霍邱县") not in found


@pytest.mark.parametrize("service", ["开设了专家门诊", "建成了自治区级区域医疗中心", "建成了省级区域医疗中心"])
def test_a_service_or_a_hospitals_status_is_no_founded_unit(service):
    from graphaid.extract.departments import find_foundings

    text = f"在专家指导下，医院{service}。"
    assert [u.surface for f in find_foundings(text, 0, len(text), 0) for u in f.units] == []


def test_an_expert_posted_to_a_county_implies_no_pair_of_their_hospital_with_the_county():
    text = "安庆市对口支援霍邱县。安庆市立医院骨科主任医师王之平赴霍邱县挂职卫健局副局长。"
    result = extraction(text)
    assert ("王之平", "霍邱县") in {(r.source.surface, r.target.surface) for r in result.relations}
    assert ("安庆市立医院", "霍邱县") not in pairs(text)


@pytest.mark.parametrize("giver", ["迎江区", "安庆市"])
def test_two_local_governments_keep_their_pair_beside_a_finer_one(giver):
    text = f"{giver}对口帮扶霍邱县。{giver}帮扶团队来到霍邱县人民医院，帮助其建设产科。"
    found = pairs(text)
    assert {(giver, "霍邱县"), (giver, "霍邱县人民医院")} <= found


def test_a_place_above_its_givers_level_is_the_frame_of_finer_pairs():
    text = (
        "安庆市迎江区与海北州门源县、祁连县结对以来，迎江区卫生健康委组织区内医疗机构开展全方位帮扶。\n"
        "海北州卫健委负责人表示，皖青协作为海北州医疗事业注入了强劲动力。\n"
    )
    found = pairs(text)
    assert {("安庆市迎江区", "海北州门源县"), ("安庆市迎江区", "祁连县")} <= found
    assert not [pair for pair in found if pair[1] == "海北州"]


def test_the_last_bare_county_name_of_a_counted_list_is_a_place():
    text = "安庆市对口帮扶六安市，支持霍邱、金寨、舒城三县乡镇卫生院服务能力提升。"
    assert {("安庆市", "霍邱"), ("安庆市", "金寨"), ("安庆市", "舒城")} <= pairs(text)


@pytest.mark.parametrize("verb", ["来自", "赶赴", "奔赴", "前来"])
def test_a_verb_of_coming_and_going_is_no_part_of_the_institution_after_it(verb):
    text = f"专家{verb}解放军总医院，与霍邱县人民医院开展对口帮扶。"
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert "解放军总医院" in hospitals and not any(verb in h for h in hospitals)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("九〇三医院", "九〇三医院"), ("联勤保障部队第九八八医院", "联勤保障部队第九八八医院"), ("960医院", "960医院")],
)
def test_a_military_hospital_named_by_its_number_is_a_hospital(phrase, name):
    from graphaid.extract.orgs import find_orgs

    text = f"专家来自{phrase}，2023年医院门诊量增长，共有120家医院参加。"
    assert [m.surface for m in find_orgs(text, 0, len(text), 0)] == [name]
    # (the branch of the forces opens the name: what stands before it is none of it)
    text = f"必要时按规定送联勤保障部队第九二一医院复检，或送{phrase}。"
    assert [m.surface for m in find_orgs(text, 0, len(text), 0)] == ["联勤保障部队第九二一医院", name]


MIXED = (
    "TITLE: 六安市人民医院：资源下沉 援藏同行\n"
    "六安市人民医院是一家三级甲等综合医院。\n"
    "近年来，医院对口帮扶霍邱县人民医院、舒城县人民医院，同时对口帮扶西藏林周县人民医院。\n"
    "在霍邱县人民医院，医院派驻的心内科主任医师张立明担任业务副院长。\n"
)


def test_hospital_alone_opening_a_clause_is_the_hospital_the_article_is_about():
    result = extraction(MIXED)
    givers = {r.source.surface for r in result.relations if r.type is Rel.PAIRS_WITH}
    assert givers == {"六安市人民医院"}


def test_counties_a_city_hospital_aids_in_its_own_province_receive_beside_aid_to_another_province():
    result = extraction(MIXED)
    assert pairs(MIXED) == {
        ("六安市人民医院", "霍邱县人民医院"),
        ("六安市人民医院", "舒城县人民医院"),
        ("六安市人民医院", "西藏林周县人民医院"),
    }
    assert ("张立明", "霍邱县人民医院") in postings(MIXED)
    nodes, edges = records([result])
    graph = new_graph()
    apply(graph, nodes, edges)
    assert {(r.donor_region, r.recipient_region) for r in donors(graph)} == {
        ("六安市", "霍邱县"),
        ("六安市", "舒城县"),
        ("六安市", "林周县"),
    }


def test_hospital_alone_as_the_post_a_person_takes_is_the_hospital_the_article_is_about():
    text = (
        "TITLE: 石泉县人民医院：借力帮扶 跨越发展\n"
        "来源：石泉县人民医院\n"
        "石泉县人民医院始建于1950年，是全县医疗、急救、教学中心。2021年以来，医院在潍坊市人民医院的对口帮扶下，新建了心血管内科、重症医学科。\n"
        "潍坊市人民医院先后派出专家32人次常驻医院。其中，潍坊市人民医院呼吸内科主任医师韩立新担任医院执行院长，推动医院管理水平不断提升。\n"
        "医院还与陕西省人民医院建立了专科联盟。\n"
    )
    assert postings(text) == {("韩立新", "石泉县人民医院")}


def test_a_provincial_hospital_written_without_its_province_is_the_one_province_so_named():
    # 新疆维吾尔自治区 is no 省: the team's own province is the only one 省人民医院 can stand in
    text = (
        "安徽省第十一批援疆医疗队抵达和田地区，队员来自省人民医院、省肿瘤医院等医院，"
        "将在墨玉县人民医院开展为期一年半的帮扶。"
    )
    assert {("安徽省人民医院", "墨玉县人民医院"), ("安徽省肿瘤医院", "墨玉县人民医院")} <= pairs(text)
    # two provinces so named: no answer
    both = "江西省与安徽省医疗队座谈，省人民医院专家介绍了帮扶墨玉县人民医院的经验。"
    assert not any(source.startswith(("江西省人民", "安徽省人民")) for source, _ in pairs(both))


def test_each_party_of_the_list_toward_which_a_hospital_sends_people_receives_from_it():
    # a county hospital and the township health centres of its own county: only the words give the direction
    text = "金寨县人民医院牵头组建医共体，向青山镇中心卫生院、斑竹园镇卫生院等10家卫生院下派医师20名。"
    assert pairs(text) == {("金寨县人民医院", "金寨县青山镇中心卫生院"), ("金寨县人民医院", "金寨县斑竹园镇卫生院")}


QIUBEI = (
    "常州市第二人民医院帮扶丘北县人民医院纪实\n"
    "2022年以来，常州市第二人民医院对口帮扶丘北县人民医院，先后派出专家40余人次。\n"
    "{scene}\n"
    "常州市第二人民医院的专家帮助丘北县人民医院新建了重症医学科。\n"
)
SCENES = {
    # where the county lies: its neighbours and how far its capital is
    "据了解，丘北县地处滇东南，东与广西壮族自治区接壤，北邻曲靖市，距省会南宁市和昆明市均在200公里以上。": {
        "广西壮族自治区",
        "曲靖市",
        "南宁市",
        "昆明市",
    },
    # where patients went for care, and where the county's own staff went to learn
    "此前，当地患者大多要转到楚雄、临沧等地就医，县医院也曾选派骨干赴南京、无锡等地进修学习。": {
        "楚雄",
        "临沧",
        "南京",
        "无锡",
    },
    # where a patient comes from
    "来自砚山县的王先生专程赶来，请常州专家为母亲做了手术。": {"砚山县"},
    # examples in a clause about the country at large
    "目前，全国已有江苏、吉林、湖南等省份参与组团式帮扶工作。": {"江苏", "吉林", "湖南"},
    # where patients went before the aid, in their own words
    "一位患者说：“以前这种手术要跑到贵阳、长沙去做，现在在县里就能做了。”": {"贵阳", "长沙"},
    # where patients go for care, the subject of the verb of going
    "一些尿毒症患者需要定期赶到西宁市或海东市透析，往返奔波。": {"西宁市", "海东市"},
    # where volunteers come from, where a doctor was born and is from, the road a team took
    "来自贵阳、铜仁等地的志愿者也参加了义诊。": {"贵阳", "铜仁"},
    "该院骨科主任，湖南株洲人，出生于湖南省衡阳市，从医二十年。": {"湖南株洲", "湖南省衡阳市"},
    "医疗队一路途经曲靖、文山，历时两天到达。": {"曲靖", "文山"},
    # the media that reported, a learned society, a company, honours, a past post, a home town, a past episode
    "江苏卫视、南京晚报等媒体对此作了报道。": {"江苏", "南京"},
    "他还兼任江苏省医学会骨科学分会委员。": {"江苏省"},
    "医院还与无锡一家科技公司合作开发了远程心电系统。": {"无锡"},
    "他先后荣获江苏省五一劳动奖章、南京市优秀医师等称号。": {"江苏省", "南京市"},
    "她的老家在湖南衡阳，2020年初曾随队驰援武汉。": {"湖南衡阳", "武汉"},
    # a ranking's field, a contest's place, a citizen's city, a trade union
    "该院综合实力位居江苏省县级医院前列。": {"江苏省"},
    "该院护士在南京市护理技能大赛中获得一等奖，无锡市民李女士专程来看望。": {"南京市", "无锡市"},
    "中秋节前夕，江苏省总工会慰问了援派医生家属。": {"江苏省"},
    # an episode of someone's past, told on past its clause
    "他曾参加过第八批援疆医疗队，在新疆和田工作了一年半。": {"新疆和田"},
    # a spirit, a reform, a model named after a place
    "队员们学习借鉴南通医改经验，弘扬“无锡精神”，探索“江阴模式”。": {"南通", "无锡", "江阴"},
}


def _parties_in(text: str, words: str) -> set[str]:
    result = extraction(text)
    sentence = next(s for s in result.doc.sentences if words in s.text)
    return {m.surface for m in result.mentions if sentence.start <= m.start < sentence.end}


@pytest.mark.parametrize("scene", SCENES)
def test_places_only_around_the_aid_are_no_parties(scene):
    text = QIUBEI.format(scene=scene)
    assert not _parties_in(text, scene[-8:]) & SCENES[scene]
    assert _donor_rows(text) == {("常州市", "丘北县")}


def test_neighbours_of_a_county_leave_the_one_city_its_hospital_is_named_for():
    # 市人民医院 is the one city the article names; its neighbours are not named as places of the article
    text = (
        "本报讯 6月3日，市人民医院专家一行8人抵达永德县人民医院，开展新一轮对口帮扶。\n"
        "据了解，永德县北与施甸县相邻，西邻保山市，距市区120公里。\n"
        "专家们将在永德县人民医院工作半年。\n"
    )
    assert pairs(text) == {("临沧市人民医院", "永德县人民医院")}


def test_where_receivers_go_to_learn_is_a_party_where_the_article_names_it_as_one():
    text = QIUBEI.format(scene="丘北县人民医院还选派医生到常州进修学习，常州市对口帮扶丘北县的成效不断显现。")
    assert "常州" in _parties_in(text, "进修")


def test_the_short_name_a_branch_is_declared_by_starts_with_its_hospital_s_own():
    text = (
        "2023年5月，苏州大学附属儿童医院丘北医院（以下简称“苏大儿院丘北医院”）正式揭牌。\n"
        "苏大儿院派驻丘北医院的主治医师孟庆林正在坐诊。\n"
    )
    result = extraction(text)
    parent = next(m for m in result.mentions if m.surface == "苏州大学附属儿童医院丘北医院").affiliation
    at = text.index("苏大儿院派驻")
    assert [m.key for m in result.mentions if m.start == at] == [parent.key]
    senders = {(r.source.start, r.target.surface) for r in result.relations if r.type is Rel.SENDS}
    assert (at, "孟庆林") in senders


def test_a_place_named_in_passing_does_not_outrank_the_hospital_that_gives_throughout():
    # the sentence that names only the receiver takes the article's main giver: the hospital named three times,
    # not a city it does not lie in, named once
    text = (
        "常州市第二人民医院帮扶丘北县人民医院\n"
        "常州市第二人民医院对口帮扶丘北县人民医院，先后派出专家40余人次。\n"
        "常州市第二人民医院还为丘北县人民医院培训骨干医师。\n"
        "南京市的专家也参加了帮扶活动。\n"
        "丘北县人民医院对口帮扶工作成效明显。\n"
    )
    assert pairs(text) == {("常州市第二人民医院", "丘北县人民医院")}


def test_an_institution_of_someone_s_past_is_no_party():
    text = QIUBEI.format(scene="该院骨科主任王立新曾任南京市第一医院骨科副主任。")
    assert "南京市第一医院" not in _parties_in(text, "曾任")
    assert pairs(text) == {("常州市第二人民医院", "丘北县人民医院")}


def test_an_institution_of_someone_s_past_leaves_the_one_city_a_short_name_stands_for():
    text = (
        "本报讯 6月3日，市人民医院专家一行8人抵达永德县人民医院，开展新一轮对口帮扶。\n"
        "带队的骨科主任曾任南京市第一医院骨科副主任。\n"
    )
    assert pairs(text) == {("临沧市人民医院", "永德县人民医院")}


def _donor_rows(text: str) -> set[tuple[str, str]]:
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    return {(r.donor_region, r.recipient_region) for r in donors(graph)}


def test_a_place_joined_to_a_giver_of_another_province_is_its_partner_not_a_giver_to_its_own_county():
    text = (
        "自浙江省金华市与西宁市开展东西部协作以来，金华先后选派医疗卫生人员到湟源县开展帮扶。"
        "金华市与西宁市深化协作 两对医院结对帮扶湟源"
    )
    found = pairs(text)
    assert ("金华市", "西宁市") in found
    assert not any(giver.startswith("西宁") for giver, _ in found)


def test_a_verb_before_the_word_that_makes_a_name_proper_is_no_part_of_it():
    text = "金华市第一医院对口帮扶湟源县人民医院。医疗队到来后，协调武警青海省总队医院捐赠了一套腹腔镜设备。"
    assert "武警青海省总队医院" in hospitals_in(text)


def test_a_prefecture_giving_to_its_own_county_gives_beside_aid_from_afar_to_its_province():
    # an article about a prefecture's aid to its own county that also tells of an eastern body's aid to another
    # province of the west: the prefecture gives, and the eastern body gives to its own partner only
    text = (
        "文山州医疗帮扶丘北：组团式帮扶结硕果\n"
        "2020年5月，文山州派出医疗队到丘北县人民医院开展帮扶义诊活动。\n"
        "常州市疾病预防控制中心对口支援贵州省望谟县，重点帮扶急诊急救。\n"
        "两地医院还建立了远程会诊平台，疑难病例可以实时连线文山州专家会诊。\n"
        "下一步，双方将继续深化合作，推动文山州对丘北的帮扶工作走深走实。\n"
    )
    assert _donor_rows(text) == {("文山壮族苗族自治州", "丘北县"), ("常州市", "望谟县")}


def test_a_university_hospital_the_lexicon_does_not_hold_gives_for_its_university_s_province():
    # a hospital opened after the lexicon's data: every known hospital of its university stands in one province
    assert _donor_rows("东南大学附属第九医院对口帮扶金寨县人民医院。") == {("江苏省", "金寨县")}
    # a university with hospitals in several provinces places none
    assert _donor_rows("中南大学附属第九医院对口帮扶金寨县人民医院。") == set()


def test_places_of_the_episode_a_sentence_follows_on_from_are_not_its_aid_s_parties():
    text = (
        "继8月17日东南大学附属第九医院党委书记带队赴安徽边陲为金寨、霍山两县边民开展义诊助医活动后，8月21日，"
        "罗春梅副院长又率专家奔赴岳西县开展对口帮扶工作。"
    )
    assert pairs(text) == {("东南大学附属第九医院", "岳西县")}


def test_an_expert_is_not_posted_where_the_episode_a_sentence_follows_on_from_went():
    text = (
        "东大九院专家团队赴贵州省绥阳县开展对口帮扶\n"
        "——继7月初党委书记带队为湄潭、凤冈两县群众义诊后，罗春梅副院长本月再次率队出发\n\n"
        "7月20日，东南大学附属第九医院（下称“东大九院”）副院长罗春梅带领专家奔赴贵州省绥阳县开展对口帮扶；"
        "此前，东大九院党委书记已带队前往湄潭、凤冈两县为群众开展义诊。"
    )
    assert postings(text) == {("罗春梅", "贵州省绥阳县")}


def test_places_a_team_s_members_come_from_pair_with_none_of_the_places_they_go_to():
    text = (
        "第五批援青医疗人才抵达西宁\n"
        "本批医疗人才分别来自无锡、常州、南通三地，将分赴湟源、大通、湟中开展为期一年的帮扶工作。\n"
        "无锡援青医疗队共10人，来自无锡市人民医院的严明亮将挂职湟源县人民医院副院长。"
    )
    found = pairs(text)
    assert ("无锡市人民医院", "湟源县人民医院") in found
    assert not any(giver in ("常州", "南通") for giver, _ in found)
    # (the list's first place a party of no sentence, the others of later ones: still no pair of the list's)
    text = (
        "青海省第五批医疗人才抵达西宁市，他们分别来自金华市、无锡市、常州市等地的医院，"
        "将分赴湟源县、化隆县、泽库县的医疗机构开展帮扶工作。\n"
        "去年，无锡援青专家帮助湟源县人民医院开设了疼痛门诊；常州援青专家协助化隆县人民医院建成了血透室。"
    )
    found = pairs(text)
    assert {("无锡", "湟源县人民医院"), ("常州", "化隆县人民医院")} <= found
    assert not any(county.endswith("县") for _, county in found)


def test_a_county_s_hospital_by_its_level_is_of_the_county_its_sentence_names():
    # (in an article of several counties, whatever full name of another county's hospital follows)
    text = (
        "金华市对口帮扶绥阳县，无锡市对口帮扶湟源县。"
        "湟源县则由无锡市结对帮扶，无锡援青医生常年驻守在县人民医院。在绥阳县人民医院，金华专家开展了新技术。"
    )
    assert ("无锡市", "湟源县人民医院") in pairs(text)
    assert not any(giver.startswith("无锡") and receiver.startswith("绥阳") for giver, receiver in pairs(text))


def test_a_hospital_that_makes_a_county_s_its_receiver_gives_to_it_inside_its_province():
    text = (
        "无锡市是湟源县的东西部协作帮扶城市。无锡市人民医院先后派出专家18人次到湟源县人民医院驻点。"
        "与此同时，位于西宁市的青海省人民医院把湟源县人民医院列为对口支援单位，每半年轮换一批专家。"
    )
    found = pairs(text)
    assert ("青海省人民医院", "湟源县人民医院") in found
    assert ("无锡市", "青海省人民医院") not in found


def test_a_place_s_name_that_a_hospital_elsewhere_is_named_by_stands_for_the_hospital():
    # (延安 alone, in an article naming a hospital of that name in another province: its short name)
    text = (
        "延安、华山专家接力援青 湟源县人民医院眼科开诊\n"
        "昆明市延安医院、复旦大学附属华山医院的专家进驻湟源县人民医院，开展组团式帮扶。"
        "延安专家杨光辉到岗后，湟源县人民医院眼科正式开诊。"
    )
    assert not any(giver == "延安" for giver, _ in pairs(text))
    assert ("昆明市延安医院", "湟源县人民医院") in pairs(text)


def test_a_table_s_column_of_names_gives_each_row_its_expert():
    # the name's cell after the two parties', cells apart by one ideographic space
    text = (
        "无锡市、常州市对口帮扶湟源县、化隆县。部分专家名单如下：\n"
        "派出医院　受援医院　专家姓名　科室\n"
        "无锡市人民医院　湟源县人民医院　严明亮　心血管内科\n"
        "常州市第一人民医院　化隆县人民医院　罗春梅　妇产科\n"
    )
    assert {("严明亮", "湟源县人民医院"), ("罗春梅", "化隆县人民医院")} == postings(text)


def test_a_table_s_header_labels_the_sides_of_its_rows_parties():
    # one province's city hospitals help its counties; cells apart by one ideographic space, with a name, a title
    # and a term beside the two parties
    text = (
        "关于2024年度城市三级医院对口支援黄南州县级医院派驻人员名单的公示\n"
        "青海省卫生健康委员会　发布时间：2024-02-26\n"
        "根据《青海省城市三级医院对口支援县级医院工作方案》，现将派驻人员名单予以公示。\n"
        "序号　姓名　派出单位　职称　受援单位　派驻期限\n"
        "1　严明亮　青海省人民医院　主任医师　泽库县人民医院　12个月\n"
        "2　罗春梅　西宁市城东区中心医院　副主任医师　尖扎县人民医院　6个月\n"
        "3　杨光辉　海东市乐都区人民医院　主治医师　同仁市人民医院　6个月\n"
    )
    assert {("西宁市城东区中心医院", "尖扎县人民医院"), ("海东市乐都区人民医院", "同仁市人民医院")} <= pairs(text)
    assert {("罗春梅", "尖扎县人民医院"), ("杨光辉", "同仁市人民医院")} <= postings(text)


def test_a_receiver_named_alone_takes_the_giver_the_article_states_for_it():
    # two pairs in one article: a sentence naming only the second receiver does not give it the first giver,
    # named most, but its own
    text = (
        "东西部协作结硕果\n"
        "常州市第二人民医院对口帮扶丘北县人民医院，常州市第二人民医院先后派出专家40余人次。\n"
        "常州市第二人民医院还帮助丘北县人民医院新建了胸痛中心。\n"
        "无锡市第五人民医院对口帮扶望谟县人民医院。\n"
        "今年，第三批帮扶医疗队进驻望谟县人民医院，开展为期一年的帮扶。\n"
    )
    assert pairs(text) == {("常州市第二人民医院", "丘北县人民医院"), ("无锡市第五人民医院", "望谟县人民医院")}


def test_hospital_opening_a_topic_is_no_back_reference():
    # 医院管理方面 is a topic, not the article's own hospital helping another receiver
    text = (
        "TITLE: 丘北县人民医院：借力帮扶 跨越发展\n"
        "常州市第二人民医院对口帮扶丘北县人民医院，派出专家20人次。\n"
        "医院管理方面，帮扶团队协助完善了60项规章制度，推动丘北县中医医院通过等级评审。\n"
    )
    found = extraction(text)
    topic = next(s for s in found.doc.sentences if "医院管理方面" in s.text)
    assert not [m for m in found.mentions if m.start == topic.start]
    assert ("丘北县人民医院", "丘北县中医医院") not in pairs(text)


def test_a_hospital_of_a_place_that_gives_at_home_is_filled_as_no_receiver():
    # 文山州 pairs with its own county; a doctor of its hospital helping there is no receiver of the eastern giver
    text = (
        "东西部协作结硕果\n"
        "常州市第二人民医院对口帮扶丘北县人民医院，常州市第二人民医院先后派出专家40余人次。\n"
        "3月28日，文山州与砚山县签订对口帮扶协议，在人才培养、学科建设等方面开展合作。\n"
        "王立军: 文山州妇幼保健院呼吸内科主治医师, 2023年12月在砚山县人民医院帮扶。\n"
    )
    assert _donor_rows(text) == {("常州市", "丘北县"), ("文山壮族苗族自治州", "砚山县")}


def test_a_prefecture_aiding_its_own_county_gives_in_an_article_of_that_prefecture_alone():
    text = (
        "山海情深 医路同行\n"
        "文山州对口支援丘北县疾病预防控制中心，重点帮扶急诊急救。\n"
        "文山州帮扶专家通过疑难病例会诊等方式，手把手传授操作规范，努力为丘北县打造一支带不走的队伍。\n"
    )
    assert _donor_rows(text) == {("文山壮族苗族自治州", "丘北县")}
    # a province, where all of an article's aid happens, stays no party (某省获批建设区域医疗中心，立足某市)
    text = "这是云南获批建设的区域医疗中心之一，对口帮扶文山州丘北县人民医院，立足文山。\n"
    assert not any(donor == "云南省" for donor, _ in _donor_rows(text))


def test_a_one_character_county_read_across_a_word_is_the_articles_own_hospital():
    # 和|县妇幼保健院 and 挂任|县人民医院 in an article that writes its county's hospitals by the level word alone
    text = (
        "望谟县医疗帮扶工作总结\n舟山市对口帮扶我县，投入资金用于县医院急诊楼和县妇幼保健院产科建设。"
        "舟山市第一医院选派专家陈海生挂任县人民医院执行院长。\n望谟县卫生健康局\n"
    )
    gz = gazetteer()
    (home,) = gz.lookup("望谟县")
    hospitals = {o.rest: o.region for o in annotate(document_from_text("t.txt", text)).orgs}
    assert hospitals["妇幼保健院"] == hospitals["人民医院"] == home.code
    # where the article names the county's province, the county it is
    named = "安徽省卫生健康委员会组织专家赴和县人民医院开展对口帮扶，县人民医院院长致辞。"
    (county,) = gz.lookup("和县")
    found = {o.surface: o.region for o in annotate(document_from_text("t.txt", named)).orgs}
    assert found["和县人民医院"] == county.code


def test_a_post_verb_ending_in_a_one_character_county_takes_the_level_word_even_where_its_province_is_named():
    # 任县 is a county of 河北; 挂任|县医院副院长 still names a post at the article's county hospital
    text = "河北省人民医院向阜平县医院派出帮扶团队，医务处副处长马晓岚挂任县医院副院长，协助推进学科建设。"
    (home,) = gazetteer().lookup("阜平县")
    hospitals = {o.surface: o.region for o in annotate(document_from_text("t.txt", text)).orgs}
    assert "任县医院" not in hospitals
    assert hospitals["县医院"] == home.code


def test_a_hospital_of_the_lexicon_keeps_its_place_when_its_province_is_not_named():
    # 南京 is written bare, and 江苏 nowhere: a stray place for a hospital the lexicon does not know; 鼓楼, a
    # district's bare name inside the known hospital's name, is its proper name: the city it is
    text = "南京鼓楼医院第三批援青医疗队一行5人抵达门源回族自治县，派驻县人民医院开展为期一年的对口帮扶。"
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    assert [(row.donor_region, row.recipient_region) for row in donors(graph)] == [("南京市", "门源回族自治县")]


def test_a_place_name_inside_a_word_does_not_start_a_hospitals_name():
    # 千佛山 is a mountain: 佛山 inside it places nothing, and the lexicon knows the hospital named after it
    known = "千佛山医院专家赴芷江侗族自治县人民医院开展帮扶。"
    found = {o.surface: o.region for o in find_orgs(known, 0, len(known), 0)}
    assert "佛山医院" not in found
    assert found["千佛山医院"] == gazetteer().lookup("山东省")[0].code
    unknown = "千佛山康复医院专家赴芷江侗族自治县人民医院开展帮扶。"
    assert "佛山康复医院" not in {o.surface for o in find_orgs(unknown, 0, len(unknown), 0)}


def test_a_zone_of_a_place_stands_for_it_in_a_dashed_list():
    text = "两市医疗卫生结对关系具体为：舟山市—望谟县、温州经济技术开发区—册亨县。"
    assert ("温州", "册亨县") in pairs(text)


def test_a_hospital_whose_name_holds_no_place_lies_where_it_is_stationed_and_a_transit_is_no_party():
    text = (
        "军地携手送医到南疆\n驻兰州的联勤保障部队第九四〇医院派出医疗队一行8人，从兰州出发，经克拉玛依转机抵达"
        "和田地区皮山县，开展为期一个月的巡诊帮扶。\n抵达当天，医疗队便在皮山县人民医院开设专家门诊。"
    )
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    assert [(row.donor_region, row.recipient_region) for row in donors(graph)] == [("兰州市", "皮山县")]


def test_a_hospital_whose_name_holds_no_place_lies_where_the_text_says_its_short_name_lies():
    text = (
        "该科室由中国人民解放军联勤保障部队第九七七医院（以下简称“九七七医院”）帮扶组建。"
        "九七七医院地处金华，长期承担官兵的医疗保障任务。九七七医院对口帮扶绥阳县，选派副主任医师罗永福常驻绥阳县人民医院。"
    )
    assert _donor_rows(text) == {("金华市", "绥阳县")}
    # (but not a region a place's name opens: 位于某某山区中心)
    text = (
        "2011年，金华市第一医院以“地方政府主建、输出医院主营”方式与绥阳县合作共建湟源医院。"
        "湟源医院位于湟源山区中心，距周边各县最远不超过100公里。"
    )
    assert _donor_rows(text) == {("金华市", "绥阳县")}


def test_a_teams_origin_gives_though_its_sentence_names_no_one_it_gives_to():
    text = (
        "贵阳专家扎根台江\n台江县城坐落在苗岭山麓。在这里，有一支来自贵阳的医疗队伍已经坚守了两年多。\n"
        "2022年起，贵州省人民医院对台江县人民医院开展组团式帮扶，每批派驻骨干5人。"
    )
    assert not any(target == "贵阳" for _, target in pairs(text))
    assert ("贵州省人民医院", "台江县人民医院") in pairs(text)


def test_where_people_used_to_run_to_for_care_is_no_party():
    text = (
        "舟山帮扶望谟\n舟山市对口帮扶望谟县人民医院。望谟县卫生健康局局长介绍，在舟山的支持下，"
        "县域内就诊率明显提高，“越来越多的群众不用再往贵阳跑了”。"
    )
    assert not any(target == "贵阳" for _, target in pairs(text))


def test_a_province_that_usually_receives_keeps_that_side_where_east_west_pairing_stands_beside_a_slogan():
    # 援藏 alone would put every province but 西藏 on the giving side; 东西部协作 beside it is the priors' own programme
    text = (
        "威海市立医院十年回眸\n来源：威海市立医院\n"
        "十年间，医院先后承担援藏、东西部协作等任务，足迹遍及西藏林周、甘肃礼县两地。\n"
        "2021年，心内科主任医师高文斌挂职礼县人民医院院长，两年里新增5个亚专业。"
    )
    assert ("威海市立医院", "礼县人民医院") in pairs(text)


def test_a_one_character_county_whose_level_starts_the_next_word_is_no_place():
    # 胸痛中心和|县域…: 县 opens 县域, so 和县 is no county here
    text = (
        "镇坪县人民医院迎来新队员\n来源：镇坪县融媒体中心\n"
        "常州市第二人民医院派出专家，帮助镇坪县人民医院建成了胸痛中心和县域心电诊断中心。"
    )
    assert "和县" not in {m.surface for m in extraction(text).mentions}
    assert ("常州市第二人民医院", "镇坪县人民医院") in pairs(text)


def test_a_county_of_the_givers_own_province_a_person_is_posted_to_receives_in_an_article_split_by_provinces():
    # 山东 gives to 重庆 here; 派驻 makes 沂南县 a receiver all the same (选派|沂南县… would name who is sent)
    text = (
        "临沂市卫生健康委员会通报表扬对口支援先进个人\n"
        "1. 高文斌　临沂市人民医院心内科主任医师（派驻重庆市城口县人民医院）\n"
        "2. 孙丽娜　临沂市妇幼保健院产科主治医师（派驻沂南县人民医院）\n"
    )
    assert ("临沂市妇幼保健院", "沂南县人民医院") in pairs(text)


def test_a_place_in_brackets_after_a_hospitals_name_places_it_and_is_no_party():
    # a list writes where a hospital stands in brackets: its place when its name holds none, never a party
    unplaced = "关于对口支援派驻人员的公示\n长江医学院第一附属医院（宜春市）派驻专家到安远县人民医院。"
    graph = new_graph()
    apply(graph, *records([extraction(unplaced)]))
    assert [(row.donor_region, row.recipient_region) for row in donors(graph)] == [("宜春市", "安远县")]
    known = "安远县人民医院迎来兰大一院（兰州）专家团队。"
    assert pairs(known) == {("兰大一院", "安远县人民医院")}
    # or the hospital's other name in brackets, which its place opens
    other = "长江医学院附属第一医院（宜春市第一人民医院）派驻专家到安远县人民医院。"
    graph = new_graph()
    apply(graph, *records([extraction(other)]))
    assert [(row.donor_region, row.recipient_region) for row in donors(graph)] == [("宜春市", "安远县")]


def test_a_list_of_givers_and_a_list_of_receivers_sums_up_the_pairs_stated_one_by_one():
    text = (
        "东西部协作医疗帮扶成效显著\n"
        "威海市文登区人民医院对口帮扶礼县人民医院，派出专家5名。\n"
        "烟台市莱山区人民医院对口帮扶漳县人民医院，派出专家3名。\n"
        "截至目前，威海、烟台两地累计向礼县、漳县两县派出医疗人才200余人次。"
    )
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    rows = {(row.donor_region, row.recipient_region) for row in donors(graph)}
    assert ("烟台市", "礼县") not in rows and ("威海市", "漳县") not in rows
    assert {("文登区", "礼县"), ("莱山区", "漳县")} <= rows


def test_hospitals_staff_go_to_or_stay_at_to_learn_are_no_parties_though_a_clause_or_a_back_reference_follows():
    # the purpose opens the next clause; 在某医院进修 is being there to learn; 该院 resolved to the last one named
    # names no party of its own
    text = (
        "铜鼓县人民医院12名骨干外出进修\n"
        "2月26日，铜鼓县人民医院选派的12名业务骨干分别前往南昌大学第一附属医院、江西省人民医院，"
        "开始为期6至12个月的进修学习。这是该院今年首批外派进修人员。"
        "其中，心内科医师罗建平将在江西省人民医院心内科进修一年。"
    )
    assert pairs(text) == set()
    # aid words before the learning: the locals learn, the team gives
    given = "宜春市人民医院选派专家分别前往铜鼓县人民医院、靖安县人民医院，指导当地医生学习新技术。"
    assert pairs(given) == {("宜春市人民医院", "铜鼓县人民医院"), ("宜春市人民医院", "靖安县人民医院")}


def test_what_an_aid_word_takes_gives_nothing_to_the_next_aid_words_object():
    # 对口支援西藏：派驻某县…: 西藏 receives (the slogan's object); the page's hospital gives
    text = (
        "绍兴市人民医院关于选派对口帮扶医务人员的通知\n来源：绍兴市人民医院\n"
        "我院需选派一批医务人员赴受援地开展帮扶工作。\n"
        "（一）对口支援西藏：派驻康马县人民医院，需儿科、重症医学科各1名，帮扶期限1年半。\n"
    )
    found = pairs(text)
    assert all(giver not in ("西藏", "西藏自治区") for giver, _ in found)
    assert ("绍兴市人民医院", "康马县人民医院") in found


def test_an_article_on_aid_of_other_fields_that_names_nothing_of_health_care_states_no_medical_aid():
    farms = (
        "自东西部协作开展以来，绍兴市对口帮扶礼县。绍兴市先后投入协作资金1.2亿元，在礼县建成苹果加工厂，"
        "还组织企业开展消费协作。"
    )
    assert pairs(farms) == set()
    # one word of health care, and the same words state aid
    assert ("绍兴市", "礼县") in pairs(farms + "绍兴市还选派医生到礼县坐诊。")


def test_where_people_no_longer_need_to_go_is_no_party():
    from graphaid.extract.place_actors import names_the_scene

    sentence = "远程会诊平台开通后，群众看专家不用跑乌兰浩特、不必再去北京。"
    for place in ("乌兰浩特", "北京"):
        at = sentence.index(place)
        assert names_the_scene(sentence, at, at + len(place)) == "passing"
    text = "北京市顺义区医院医疗队抵达扎赉特旗人民医院，开展为期半年的对口帮扶。" + sentence
    assert pairs(text) == {("北京市顺义区医院", "扎赉特旗人民医院")}


@pytest.mark.parametrize("word", ["由此", "由于"])
def test_a_word_that_holds_an_aid_word_states_no_aid(word):
    # 由 marks the giver after it (B 由 A 支援), not inside 由此 or 由于
    text = f"绍兴市人民医院托管泰顺县人民医院。泰顺县人民医院{word}成为温州市首家通过复审的县医院。"
    assert pairs(text) == {("绍兴市人民医院", "泰顺县人民医院")}
    assert [t.word for t in find_triggers(f"该院{word}成为温州市首家通过复审的医院", 0)] == []


def test_a_hospital_named_as_a_party_stays_one_though_written_as_a_generic_name_and_where_staff_go_to_learn():
    # 市中医院 is completed from the source line: named as a party, it is one where the receivers' doctors learn too
    text = (
        "来源：张掖日报\n今年5月，市中医院与肃南裕固族自治县中医医院签订对口帮扶协议，选派骨干医生常驻肃南。\n"
        "今年下半年，县中医医院还将选派3名医生到市中医院进修。"
    )
    assert ("张掖市中医院", "肃南裕固族自治县中医医院") in pairs(text)


def test_a_place_name_alone_in_quotation_marks_is_the_word_not_the_place():
    gz = gazetteer()
    quoted = "两家医院的名字里分别带着“南京”“苏州”，但都位于昆山。"
    assert [m.surface for m in gz.scan(quoted) if stands_as_place(quoted, m)] == ["昆山"]
    text = "昆山市第一人民医院对口帮扶碧江区人民医院。" + quoted
    assert pairs(text) == {("昆山市第一人民医院", "碧江区人民医院")}


def test_a_county_people_are_posted_to_with_no_giver_named_receives_from_a_giver_of_its_own_province():
    # 泰顺 lies in 绍兴's own province, which gives in this article (to 礼县); posted to, it receives
    text = (
        "绍兴市人民医院关于选派对口帮扶医务人员的通知\n来源：绍兴市人民医院\n"
        "（一）东西部协作：派驻礼县人民医院，需儿科、重症医学科各1名。\n"
        "（二）省内山海协作：派驻温州市泰顺县人民医院，需神经内科1名。\n"
    )
    assert ("绍兴市人民医院", "温州市泰顺县人民医院") in pairs(text)


def test_a_hospital_a_person_helps_at_is_no_lone_giver():
    # 在某医院挂职帮扶: the hospital is where the help goes, not one that gives to the article's counties
    text = (
        "昆山市第一人民医院对口帮扶泗阳县人民医院，派出专家8名。"
        "另悉，同期苏州大学附属第一医院普外科主任医师陈立在宿迁市第一人民医院挂职帮扶。"
    )
    assert ("宿迁市第一人民医院", "泗阳县人民医院") not in pairs(text)
    assert ("昆山市第一人民医院", "泗阳县人民医院") in pairs(text)


def test_the_means_through_which_a_giver_acts_gives_nothing_itself():
    # 通过市人民医院辐射带动…: the city's hospital is the provincial hospital's means, not a giver of the counties
    text = (
        "南昌市第一医院对口支援铜鼓县人民医院，选派专家2名。江西省妇幼保健院对口支援靖安县妇幼保健院。"
        "江西省人民医院继续对口支援宜春市人民医院，选派神经内科主任医师陈立担任该院挂职副院长。"
        "他表示，将通过宜春市人民医院辐射带动全市各县市医院。"
    )
    assert all("宜春" not in giver for giver, _ in pairs(text))


def test_two_lists_of_the_same_parties_do_not_support_each_others_combinations():
    # the headline and a sentence both join the two lists; the pairs stated one by one are the answer, and 江阴市
    # (a county-level city of 无锡市) is not stated by 无锡市's hospital
    text = (
        "无锡、江阴医疗专家助力宜川延长两县医院能力提升\n"
        "今年以来，江苏省无锡市、江阴市持续加大对宜川县、延长县的医疗帮扶力度。\n"
        "无锡市人民医院与宜川县人民医院、江阴市人民医院与延长县人民医院分别签订了对口帮扶协议。"
    )
    graph = new_graph()
    apply(graph, *records([extraction(text)]))
    rows = {(row.donor_region, row.recipient_region) for row in donors(graph)}
    assert rows == {("无锡市", "宜川县"), ("江阴市", "延长县")}


def test_a_clause_that_states_its_own_pair_pairs_with_no_party_of_another_clause():
    # the second clause's giver is a hospital of the receiving province: the words, not the sides, make it give
    text = (
        "三级医院帮扶高原县医院\n"
        "根据三级医院对口帮扶工作部署，无锡市人民医院对口帮扶达日县人民医院，青海省中医院对口帮扶甘德县人民医院。"
    )
    assert pairs(text) == {("无锡市人民医院", "达日县人民医院"), ("青海省中医院", "甘德县人民医院")}


def test_a_province_the_words_make_give_to_another_provinces_county_is_a_giver():
    # 陕西 usually receives; here its hospital gives to a county of a third province, and sends its own people
    text = (
        "两省医院接力帮扶高原县医院\n"
        "根据三级医院对口帮扶工作部署，无锡市人民医院对口帮扶达日县人民医院，陕西省人民医院对口帮扶甘德县人民医院。\n"
        "在甘德县，陕西省人民医院的帮扶同样接地气。普外科副主任医师周海燕到甘德后，开展了腹腔镜手术。"
    )
    result = extract(document_from_text("t.txt", text))
    sends = {(r.source.surface, r.target.surface) for r in result.relations if r.type is Rel.SENDS}
    assert sends == {("陕西省人民医院", "周海燕")}


def test_a_clause_without_a_subject_of_its_own_takes_that_of_the_clause_a_party_opens():
    # 黄南 is named on the way (a programme's name), 无锡市人民医院 opens the clause: it sends
    text = "去年以来，无锡市人民医院积极响应无锡—黄南协作号召，先后选派3名专家来到泽库县人民医院。"
    article = annotate(document_from_text("t.txt", text))
    assert article.sides.direct[code("黄南藏族自治州")] <= 0
    assert article.sides.direct[code("无锡市")] > 0


def test_two_places_joined_by_a_dash_before_a_programme_word_are_no_entry_of_a_list():
    text = "去年以来，无锡市人民医院积极响应无锡—黄南协作号召，先后选派3名专家来到泽库县人民医院。"
    assert pairs(text) == {("无锡市人民医院", "泽库县人民医院")}


def test_a_letter_speaks_for_who_signs_it_and_to_whom_it_is_addressed():
    text = (
        "感谢信\n\n无锡市人民医院：\n\n值此新春佳节之际，泽库县人民医院全体职工向贵院致以衷心的感谢！\n\n"
        "去年以来，贵院选派专家来到我院开展对口帮扶。我院还选派8名医护人员到贵院进修。\n\n"
        "此致\n敬礼！\n\n泽库县人民医院\n2025年1月20日"
    )
    article = annotate(document_from_text("t.txt", text))
    by_start = {m.start: m.surface for ms in article.actors_by_sent for m in ms}
    assert by_start[text.index("贵院选派")] == "无锡市人民医院"
    assert by_start[text.index("我院开展")] == "泽库县人民医院"


def test_we_and_our_hospital_name_the_hospital_a_subtitle_opens_with():
    text = (
        "帮扶这三年，我们医院变了样\n——泽库县人民医院帮扶工作侧记\n"
        "那时候，我们医院连一台腹腔镜都没有。\n"
        "这一年，无锡市人民医院与我们医院正式结对。"
    )
    article = annotate(document_from_text("t.txt", text))
    by_start = {m.start: m.surface for ms in article.actors_by_sent for m in ms}
    assert by_start[text.index("我们医院正式")] == "泽库县人民医院"


def test_a_provincial_hospital_that_sends_people_to_a_county_of_its_own_province_gives():
    # 该院 after a word of going is not the hospital that sends people there
    text = (
        "无锡市人民医院与泽库县人民医院建立一对一帮扶关系。今年6月，无锡市人民医院选派普外科副主任医师周海燕"
        "到泽库县人民医院开展驻点帮扶。与此同时，作为省内三级医院对口帮扶县级医院的安排，"
        "青海省中医院也派出呼吸科副主任医师罗建平到该院工作。"
    )
    result = extraction(text)
    sends = {(r.source.surface, r.target.surface) for r in result.relations if r.type is Rel.SENDS}
    assert ("青海省中医院", "罗建平") in sends
    assert pairs(text) == {("无锡市人民医院", "泽库县人民医院"), ("青海省中医院", "泽库县人民医院")}


def test_the_second_of_two_parties_joined_by_yu_is_no_lone_giver():
    # 甲与乙建立了对口协作关系: they act together; 乙, of the receiving prefecture, gives to none of its counties
    text = (
        "黄南州卫生健康委员会供稿\n无锡市滨湖区人民医院对口帮扶泽库县人民医院。在区县结对帮扶的同时，"
        "无锡市人民医院与黄南州人民医院也建立了对口协作关系。"
        "无锡市人民医院医生周海燕目前在黄南州人民医院工作，并定期到泽库开展技术指导。"
    )
    assert ("黄南州人民医院", "泽库县人民医院") not in pairs(text)
    assert ("无锡市人民医院", "黄南州人民医院") in pairs(text)


def test_a_teams_name_states_who_gives_to_whom():
    text = (
        "关于表扬援青医疗卫生工作先进集体的决定\n决定授予以下集体先进集体称号：\n"
        "1. 无锡市援达日县医疗队\n2. 常州市援甘德县医疗队\n"
    )
    assert pairs(text) == {("无锡市", "达日县"), ("常州市", "甘德县")}


def test_a_sentence_may_pair_several_lists_item_by_item():
    text = (
        "按照结对安排，无锡市、常州市分别对口帮扶达日县、甘德县的县级公立医院，"
        "苏州市、南通市则分别与玛沁县和班玛县结成医疗帮扶对子。"
    )
    assert pairs(text) == {("无锡市", "达日县"), ("常州市", "甘德县"), ("苏州市", "玛沁县"), ("南通市", "班玛县")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word after both lists, joined by 与
        (
            "会上，金华市第一医院、金华市第二医院与湟源县人民医院、修水县人民医院一一对应签订帮扶协议。",
            {("金华市第一医院", "湟源县人民医院"), ("金华市第二医院", "修水县人民医院")},
        ),
        # (the receivers' list written after the city they lie in)
        (
            "金华市对口帮扶海东市。本市婺城区、义乌市与海东市湟中区、湟源县对应结对。",
            {("金华市", "海东市"), ("婺城区", "湟中区"), ("义乌市", "湟源县")},
        ),
        # the word before 与 and the second list
        (
            "金华市第一医院、金华市第二医院，按顺序与湟源县人民医院、修水县人民医院结成帮扶关系。",
            {("金华市第一医院", "湟源县人民医院"), ("金华市第二医院", "修水县人民医院")},
        ),
    ],
)
def test_lists_said_to_correspond_pair_item_by_item(text, expected):
    assert pairs(text) == expected


def test_staff_sent_to_a_place_to_learn_there_in_the_next_clause_give_it_nothing():
    text = (
        "金华市中心医院与湟源县人民医院结成帮扶对子，金华市中心医院骨科医师孙海波常驻湟源县人民医院。"
        "今年9月，湟源县人民医院还将选派5名护士赴金华，在金华市中心医院进修半年。"
    )
    assert pairs(text) == {("金华市中心医院", "湟源县人民医院")}
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}


def test_an_agreement_renewed_between_two_hospitals_pairs_them():
    text = "3月9日，金华市中心医院与海东市第一人民医院续签心血管、肿瘤两个专科联盟协议。"
    assert pairs(text) == {("金华市中心医院", "海东市第一人民医院")}


def test_where_local_staff_went_to_learn_is_no_party_of_that_sentence():
    # 石家庄市人民医院 gives (its nurse is posted); the county's nurses learning there make the county no giver
    text = (
        "札达县人民医院透析室揭牌启用\n"
        "透析室的建设得到了河北省援藏力量的支持。今年4月，石家庄市人民医院肾内科副主任医师周海燕来到札达县人民医院，"
        "着手筹建透析室。石家庄市人民医院主管护师罗建平也先后到岗。"
        "为此，札达县人民医院提前选派护士易志明、医生彭小兰到石家庄市人民医院进修了三个月。"
    )
    assert pairs(text) == {("石家庄市人民医院", "札达县人民医院")}


def test_an_aid_word_that_takes_two_joined_parties_states_no_direction():
    # 推动医院与某医院建立…: the county's hospital and the city's act together; the words elsewhere decide
    text = (
        "十年接力守护高原健康——无锡援青医生的泽库故事\n"
        "2023年8月，无锡市第二人民医院普外科副主任医师周海燕来到泽库县人民医院，成为第三代援青医生。\n"
        "到岗后，她牵头制定了县医院外科的质量控制指标体系，推动医院与无锡市第二人民医院建立了远程会诊机制。"
    )
    article = annotate(document_from_text("t.txt", text))
    assert article.sides.direct[code("泽库县")] <= 0 and article.sides.direct[code("无锡市")] >= 0


def test_a_party_an_aid_word_follows_opens_a_statement_of_its_own_not_an_item_of_the_list_before():
    text = (
        "记者获悉，无锡市妇幼保健院对口帮扶达日县妇幼保健院、无锡市滨湖区妇幼保健院对口帮扶甘德县妇幼保健院以来，"
        "两家受援单位服务能力明显提升。"
    )
    assert pairs(text) == {("无锡市妇幼保健院", "达日县妇幼保健院"), ("无锡市滨湖区妇幼保健院", "甘德县妇幼保健院")}


def test_dashed_entries_line_after_line_are_one_list_the_sides_judge_together():
    # a notice's annex gives one pair a line; the province's cities look like receivers to the sides, yet the
    # list's first line gives first, so every line does
    text = (
        "青海省卫生健康委员会关于调整三级医院对口帮扶县级医院关系的通知\n\n各市州卫生健康委：\n\n"
        "为深入开展三级医院对口帮扶县级医院工作，经研究，决定对全省帮扶关系进行调整，现将调整后的帮扶关系通知如下。\n\n"
        "（二）青海省人民医院继续按照区域医疗中心建设要求帮扶黄南藏族自治州人民医院。\n\n附件\n\n"
        "青海省人民医院——泽库县人民医院\n海东市第一人民医院——甘德县人民医院\n海东市中医院——达日县藏医院\n"
    )
    assert {("海东市第一人民医院", "甘德县人民医院"), ("海东市中医院", "达日县藏医院")} <= pairs(text)


def test_ta_yuan_after_a_hospital_that_opens_its_clause_and_sends_people_is_where_they_go():
    # 该院 is no hospital its sentence makes send people before it: with no other one named there, it is the
    # hospital the article is about
    text = (
        "——泽库县人民医院对口帮扶工作回顾\n无锡市人民医院是该院的主要帮扶单位。\n"
        "在省内，青海省中医院按照三级医院对口帮扶县级医院工作安排，派出呼吸科副主任医师罗建平驻点，"
        "帮助该院建成了呼吸重症监护病房。"
    )
    assert postings(text) >= {("罗建平", "泽库县人民医院")}
    assert ("青海省中医院", "泽库县人民医院") in pairs(text)
    # and the hospital that sends him, though of the receiving province, is his sender
    sent = links(text, Rel.SENDS)
    assert sent == {("青海省中医院", "罗建平")}
    # 该院 opening a person's title is the sender's own
    own = (
        "——黄南州人民医院对口帮扶工作回顾\n无锡市人民医院选派的专家进驻泽库县人民医院，其中，"
        "该院普外科副主任医师周海燕将担任泽库县人民医院医疗组组长，挂任副院长。"
    )
    sends = links(own, Rel.SENDS)
    assert sends == {("无锡市人民医院", "周海燕")}
    # a hospital the sending word follows as the object of aid is where people go
    told = "青海省中医院继续对口支援黄南州人民医院，选派神经内科主任医师罗建平担任该院挂职副院长。"
    assert postings(told) == {("罗建平", "黄南州人民医院")}


def test_a_heading_s_receiver_takes_the_giver_the_article_states_for_it_not_the_main_one():
    # a digest's heading names a receiver alone (【协作】某县医院…): the main giver of the article fills it only
    # where the article states no giver of that receiver's place
    from graphaid.documents import Sentence
    from graphaid.extract.mentions import Mention, Relation
    from graphaid.extract.pairing import _givers_for_the_filled

    heading, body = Sentence(0, 10, "【协作】玛沁县人民医院卒中中心通过验收"), Sentence(11, 40, "…")
    main = Mention(Label.HOSPITAL, "青海红十字医院", 50, 57, 3, region="630000", key="main")
    own = Mention(Label.HOSPITAL, "滨湖区人民医院", 11, 18, 1, region="320211", key="own")
    receiver = Mention(Label.HOSPITAL, "玛沁县人民医院", 4, 11, 0, region=code("玛沁县"), key="receiver")
    stated = [Relation(own, receiver, Rel.PAIRS_WITH, body)]
    (filled,) = _givers_for_the_filled(stated, [Relation(main, receiver, Rel.PAIRS_WITH, heading)])
    assert filled.source is own and filled.target is receiver


def test_the_hospital_a_pairing_is_entered_with_as_yi_yuan_is_the_article_s():
    # 与医院建立对口帮扶关系: 医院 alone, the party a pairing is entered with, is the hospital the article is about
    text = (
        "——泽库县人民医院对口帮扶工作回顾\n近年来，先后有来自无锡市、青海省和黄南州的医院专家到我院帮扶。\n"
        "在东西部协作方面，无锡市人民医院自2017年起与医院建立对口帮扶关系，先后派出专家42人次。"
    )
    assert ("无锡市人民医院", "泽库县人民医院") in pairs(text)


def test_places_a_receiver_sends_people_to_learn_in_are_no_receivers():
    # 选派医务人员到甲、乙、丙进修: the whole list is where they learn, not where aid goes
    text = (
        "——泽库县人民医院对口帮扶工作回顾\n近年来，先后有来自无锡市、青海省和黄南州的医院专家到我院帮扶。\n"
        "医院还选派76名医务人员到无锡、西宁、黄南进修。"
    )
    assert ("无锡市", "泽库县") in _donor_rows(text)


@pytest.mark.parametrize("naming", ["作为泽库县人民医院的对口帮扶单位", "是泽库县人民医院的支援医院"])
def test_a_party_named_another_s_giver_gives_to_it_whatever_its_province_does(naming):
    text = (
        "无锡市人民医院对口帮扶泽库县人民医院，先后派出专家30余人次。\n"
        f"按照三级医院对口帮扶县级医院工作要求，青海省中医院{naming}，每批派驻5名专家。"
    )
    assert ("青海省中医院", "泽库县人民医院") in pairs(text)


def test_a_hospital_opening_the_clause_before_a_sending_word_sends_and_gives_in_its_province():
    # 某省医院作为…的派出医院，每年派出专家: the sending word's clause has no subject of its own
    text = (
        "无锡市人民医院对口帮扶泽库县人民医院，先后派出专家30余人次。\n"
        "青海省中医院作为“三级医院对口帮扶县级医院”的派出医院，每年派出5名左右专家驻点。"
    )
    assert ("青海省中医院", "泽库县人民医院") in pairs(text)


def test_ta_yuan_a_person_goes_to_is_the_receiver_a_clause_before_names():
    # 乙院由甲院对口支援，甲院医师某某在该院驻点: 该院 is 乙院; the person's own hospital, in 该院's clause, is not
    text = (
        "无锡市人民医院对口支援玛沁县人民医院。"
        "泽库县人民医院由常州市第一人民医院对口支援，常州市第一人民医院超声科主治医师钱丽华在该院驻点半年。"
    )
    assert postings(text) == {("钱丽华", "泽库县人民医院")}


def test_a_headline_of_givers_alone_gives_each_nothing_beyond_the_receivers_the_body_names_for_it():
    text = (
        "青海省人民医院、西宁市一院新一轮帮扶队员到岗\n\n"
        "3月4日，青海省人民医院第三轮“组团式”帮扶队员罗建平、赵婉清等5人抵达泽库县人民医院，罗建平挂职执行院长。"
        "同日，西宁市第一人民医院选派的骨科副主任医师钱丽华到湟源县人民医院驻点帮扶，为期一年。"
    )
    assert pairs(text) == {("青海省人民医院", "泽库县人民医院"), ("西宁市第一人民医院", "湟源县人民医院")}


def test_a_joining_word_after_a_hospital_s_name_names_no_one_character_county():
    # 县人民医院和|县中医医院: 和 joins two names (和县 is a county elsewhere)
    text = "本报讯 金华市第一医院新一批专家抵达我县，分别进驻县人民医院和县中医医院，开展为期半年的帮扶。"
    result = extraction(text)
    assert code("和县") not in {m.region for m in result.mentions}


def test_a_county_named_bare_within_a_known_hospital_s_city_completes_its_county_hospital():
    # 县人民医院, with the county written once by its bare name, in an article whose only other place is the
    # known hospital's (named without its place)
    text = (
        "三峡大学仁和医院与县人民医院组建紧密型医联体，派出心内科副主任医师罗建平担任县人民医院常务副院长。\n"
        "1月5日，在秭归接受介入治疗的患者出院。"
    )
    assert postings(text) == {("罗建平", "秭归县人民医院")}


def test_givers_of_several_cities_said_to_go_respectively_to_a_list_of_another_length_pair_no_one():
    text = (
        "本批援青医疗队共16人，分别来自无锡市人民医院、常州市第一人民医院、宜春市人民医院等单位，"
        "将分别派驻泽库县人民医院、达日县人民医院、甘德县人民医院和玛沁县人民医院，开展为期一年的帮扶。"
    )
    assert not pairs(text)
    # givers of one city: whichever went where, each county is that city's
    one_city = text.replace("常州市第一人民医院、宜春市人民医院", "无锡市第二人民医院、无锡市中医医院")
    assert ("无锡市人民医院", "泽库县人民医院") in pairs(one_city)


def test_a_bare_county_name_lies_in_the_province_an_aid_slogan_names():
    # 苏青协作 names 青海: 在泽库 is that province's county, whose 县医院 the team serves
    text = (
        "在泽库，提起无锡专家，不少老百姓都会竖起大拇指。\n"
        "去年7月，根据苏青协作工作安排，无锡市人民医院选派泌尿外科副主任医师罗建平到县医院开展为期一年的驻点帮扶。"
    )
    assert postings(text) == {("罗建平", "泽库县医院")}


def test_a_bare_name_places_share_after_a_word_of_going_is_the_one_in_the_article_s_region():
    # 平山 is a county of 石家庄 and a district elsewhere: 赴平山 in an article of 石家庄's hospital is the county
    text = (
        "市医院专家赴平山帮扶见实效\n本报讯 石家庄市第一医院与县人民医院签订紧密型医联体托管协议，"
        "派出由6名专家组成的团队常驻县医院。"
    )
    assert ("石家庄市第一医院", "平山县人民医院") in pairs(text)


def test_ta_yuan_opening_a_title_after_a_clause_of_giving_is_the_giver():
    # 甲医院对口帮扶乙医院，该院某科医师某某…: the sentence goes on about the giver's people
    text = "此外，无锡市人民医院对口帮扶泽库县人民医院，该院消化内科主治医师代雪梅帮助医院开展了胃镜检查。"
    sends = links(text, Rel.SENDS)
    assert sends == {("无锡市人民医院", "代雪梅")}


def test_a_bracket_after_a_party_names_its_giver_not_the_next_party_s():
    text = (
        "对口帮扶覆盖我省多个县。其中，化隆县（无锡市人民医院帮扶）、泽库县（常州市第一人民医院帮扶）、"
        "尖扎县（由无锡市肿瘤医院对口支援）三县人民医院均已签订帮扶协议。"
    )
    assert pairs(text) == {
        ("无锡市人民医院", "化隆县"),
        ("常州市第一人民医院", "泽库县"),
        ("无锡市肿瘤医院", "尖扎县"),
    }


def test_a_table_whose_header_puts_the_receiving_county_first_pairs_each_row():
    text = (
        "本批医疗人才将在5个县的县级医院开展对口支援工作。各县派驻情况如下：\n"
        "受援县　支援单位　派驻人数\n"
        "化隆县　无锡市人民医院　6\n"
        "泽库县　常州市第一人民医院　4\n"
    )
    assert pairs(text) == {("无锡市人民医院", "化隆县"), ("常州市第一人民医院", "泽库县")}


def test_a_unit_pointed_back_to_or_counted_is_named_by_its_own_name_alone():
    lead = "无锡市人民医院对口帮扶湟源县人民医院。"
    # 这个中心 points back to a unit named before: no unit of its own
    assert founded(lead + "我们就在湟源县人民医院的远程会诊中心，这个中心是无锡市参与援建的。") == set()
    # 一间血透室: a count before the unit's name; 该院胸痛中心: the hospital pointed back to before it
    assert founded(lead + "县里在三个乡镇各新建了一间血透室，由无锡市人民医院帮助建设。") == {"血透室"}
    assert founded(lead + "该院胸痛中心是由无锡市人民医院援建的。") == {"胸痛中心"}


def founded(text: str) -> set[str]:
    return {r.target.surface for r in extraction(text).relations if r.type is Rel.FOUNDED}


def test_this_hospital_refers_back_to_the_hospital_named_before():
    text = "无锡市人民医院是一家三甲医院。自2014年起，这家医院陆续向湟源县人民医院派出3位临床和管理干部。"
    assert pairs(text) == {("无锡市人民医院", "湟源县人民医院")}


def test_a_bare_county_name_an_aid_word_takes_as_its_whole_object_is_a_party():
    text = (
        "无锡市对口帮扶黄南州以来，组织市属医院与黄南州县级医院建立帮扶关系。"
        "其中，无锡市人民医院帮扶泽库，无锡市肿瘤医院帮扶尖扎。"
    )
    assert {("无锡市人民医院", "泽库"), ("无锡市肿瘤医院", "尖扎")} <= pairs(text)


def test_a_hospital_paired_with_other_receivers_only_is_no_guessed_sender_to_one_another_gives_to():
    text = (
        "江苏省第六批援青医疗人才日前抵达青海，分别进驻湟源县人民医院及尖扎县人民医院，开展对口支援。"
        "江苏省卫健委今年共选派十八名医疗骨干，其中派驻湟源县人民医院的呼吸内科副主任医师严明亮已协助该院开设新科室。"
        "此外，无锡市人民医院与泽库县人民医院建立结对帮扶关系。"
    )
    assert ("无锡市人民医院", "泽库县人民医院") in pairs(text)
    assert ("无锡市人民医院", "湟源县人民医院") not in pairs(text)
    sends = links(text, Rel.SENDS)
    assert ("无锡市人民医院", "严明亮") not in sends
    # a city the words state as the giver vouches for its hospital
    text = text.replace("江苏省第六批援青医疗人才", "无锡市第六批援青医疗人才").replace("江苏省卫健委", "无锡市卫健委")
    sends = links(text, Rel.SENDS)
    assert ("无锡市人民医院", "严明亮") in sends


def test_a_numbered_hospital_s_full_form_written_without_its_university_is_that_university_s():
    text = (
        "金华医科大学第一附属医院开展组团式帮扶。金华医科大学党委常委、第一附属医院党委书记罗永福率队，"
        "先后到湟源县人民医院、化隆县人民医院调研指导。"
    )
    found = pairs(text)
    assert {("第一附属医院", "湟源县人民医院"), ("第一附属医院", "化隆县人民医院")} <= found
    keys = {m.key for m in extraction(text).mentions if m.surface == "第一附属医院"}
    assert keys == {m.key for m in extraction(text).mentions if m.surface == "金华医科大学第一附属医院"}


def test_a_place_a_team_s_name_says_it_aids_gives_nothing_to_the_counties_the_team_works_in():
    text = "无锡市人民医院对口帮扶黄南州。我院援黄南专家在泽库、尖扎两县开展帮扶工作。"
    found = pairs(text)
    assert ("无锡市人民医院", "泽库") in found
    assert not {pair for pair in found if pair[0] == "黄南"}


def test_a_county_the_road_goes_through_on_the_way_is_no_party():
    text = (
        "金华市组团帮扶泽库县人民医院。\n会后，记者随金华市帮扶团队从西宁市出发，经尖扎县前往泽库县，沿途为牧民义诊。"
    )
    assert not any("尖扎" in target for _, target in pairs(text))
    assert ("金华市", "泽库县人民医院") in pairs(text)


def test_a_province_a_clause_pairs_on_its_own_stands_beside_its_cities_hospitals_pairs():
    text = (
        "目前，无锡市人民医院对口帮扶化隆县人民医院，常州市第一人民医院对口帮扶泽库县人民医院，"
        "尖扎县人民医院则由江苏省第五批援青医疗队对口帮扶。"
    )
    assert {("无锡市人民医院", "化隆县人民医院"), ("江苏省", "尖扎县人民医院")} <= pairs(text)
    # a province beside its city's hospital giving the same receiver is the coarser party
    assert ("江苏省", "化隆县人民医院") not in pairs("江苏省和无锡市人民医院共同帮扶化隆县人民医院。")


def test_the_character_a_place_ends_with_is_no_family_name_of_a_place_after_it():
    # 华 is a family name too: 金华西宁专家 names two cities, not a person 华西宁
    text = "金华西宁专家进驻化隆泽库\n金华、西宁两市选派专家进驻化隆县和泽库县。"
    assert ("西宁", "泽库") in pairs(text)


def test_a_province_s_blood_centre_is_a_medical_institution():
    text = "金华市血液中心选派主管技师罗春梅到绥阳县中心血站工作半年，帮助该站建成核酸检测实验室。"
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert "金华市血液中心" in hospitals


def test_the_hospital_whose_official_account_a_notice_points_to_is_the_one_it_calls_we():
    text = (
        "根据金华市第一医院与我院签订的对口支援协议，金华市第一医院将派出专家来我院坐诊。\n"
        "1. 神经内科 罗春梅 主任医师：6月3日至6月28日\n"
        "挂号方式：可通过“绥阳县人民医院”微信公众号提前预约。"
    )
    assert postings(text) == {("罗春梅", "绥阳县人民医院")}
    assert ("金华市第一医院", "绥阳县人民医院") in pairs(text)


def test_a_township_health_centre_lies_in_the_county_its_section_names_last():
    text = (
        "金华市对口帮扶绥阳县人民医院、绥阳县中医院、绥阳县妇幼保健院和湟源县人民医院。\n"
        "湟源县：金华市人民医院专家罗春梅每月到青岚镇卫生院巡诊。"
    )
    centres = {m.surface: m.region for m in extraction(text).mentions if "青岚镇" in m.surface}
    assert centres == {"湟源县青岚镇卫生院": code("湟源县")}


def test_a_one_character_county_read_across_a_word_is_a_back_reference():
    # 随 (with) ends the clause's verb; 随县 is a county of a province the article names nowhere
    text = "金华市对口帮扶绥阳县。每月，罗春梅、杨光辉随县人民医院巡回医疗队到青岚乡卫生院开展巡诊。"
    hospitals = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"绥阳县人民医院": code("绥阳县"), "绥阳县青岚乡卫生院": code("绥阳县")}
    # (after a word of aid, the county is the one named)
    hospitals = {m.surface for m in extraction("金华市第一医院帮扶随县人民医院。").mentions}
    assert "随县人民医院" in hospitals


def test_the_hospital_a_title_joins_to_we_is_the_other_party_not_ours():
    text = (
        "TITLE: 我院与绥阳县人民医院签订紧密型托管协议\n"
        "3月15日，金华市人民医院托管绥阳县人民医院签约仪式举行。\n"
        "我院选派副院长罗春梅担任绥阳县人民医院执行院长。\n"
    )
    assert postings(text) == {("罗春梅", "绥阳县人民医院")}


def test_a_hospital_a_referral_lists_after_a_place_is_no_party():
    text = "金华市人民医院托管绥阳县人民医院。此前危重症患者多需转往西宁市区或常州市第一人民医院救治。"
    actors = {m.surface for ms in annotate(document_from_text("t.txt", text)).actors_by_sent for m in ms}
    assert "常州市第一人民医院" not in actors


def test_a_city_read_inside_a_person_s_name_founds_no_unit():
    text = (
        "TITLE: 常州援青医生罗长春：在湟源县守护高原群众的呼吸\n"
        "在湟源县人民医院呼吸科病房，常州市第一人民医院呼吸与危重症医学科副主任医师罗长春正俯身查看患者。\n"
        "湟源县是西宁的近郊县，常住人口多。罗长春到岗后，牵头组建了湟源县人民医院呼吸与危重症医学科。\n"
    )
    founders = {r.source.surface for r in extraction(text).relations if r.type is Rel.FOUNDED}
    assert founders and not any("长春" in founder and founder != "罗长春" for founder in founders)


def test_a_title_that_has_people_come_to_our_hospital_makes_ours_the_one_they_go_to():
    text = (
        "TITLE: 好消息！省级专家常驻我院，群众家门口看名医\n"
        "11月6日，金华市人民医院第五批驻点帮扶专家到达绥阳县人民医院。\n"
        "作为医联体成员单位，常州市第一人民医院同步向我院派驻了儿科专家。\n"
    )
    doc = document_from_text("t.txt", text)
    at = doc.text.index("向我院") + 1
    assert [m.surface for m in extract(doc).mentions if m.start == at] == ["绥阳县人民医院"]


def test_a_county_read_inside_the_name_of_one_who_speaks_completes_no_back_reference():
    text = (
        "常州市第一人民医院派驻湟源县人民医院的，还有心内科医生罗新安。他的老家就在新安县。"
        "罗新安说，他每周一、三、五在县医院坐诊。"
    )
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert not any("新安" in h for h in hospitals)


def test_a_short_form_made_of_a_named_hospital_s_characters_is_that_hospital():
    text = "金华医科大学第一附属医院托管绥阳县人民医院。三年来，金医大一附院先后派驻了40多名专家。"
    keys = {m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL and "金" in m.surface}
    assert len(keys) == 1


def test_a_banner_s_hospitals_written_by_its_level_are_the_article_s_banner_s():
    # 旗 stands for a banner as 县 for a county; 驻 (stationed at) before a name is no part of it
    text = (
        "金华市人民医院对口支援四子王旗。\n二、驻旗妇幼保健计划生育服务中心（1人）\n三、驻乌兰花镇中心卫生院（1人）\n"
        "四、驻提孜那甫乡卫生院（1人）\n"
    )
    hospitals = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals.get("四子王旗妇幼保健计划生育服务中心") == code("四子王旗")
    assert "乌兰花镇中心卫生院" in hospitals
    assert not any("驻" in hospital for hospital in hospitals)


def test_a_receiver_s_giver_named_after_it_gives():
    # the sentence names the receiver first and no word of aid stands between them
    assert ("金华市第一医院", "绥阳县人民医院") in pairs("绥阳县人民医院的帮扶单位是金华市第一医院。")
    # (or says where its giver comes from)
    assert ("常州", "绥阳县人民医院") in pairs("绥阳县人民医院的帮扶方来自常州。")


def test_a_hospital_of_a_corps_regiment_receives_for_its_division():
    text = (
        "金华市第一医院对口支援第八师一四三团医院。\n"
        "今年3月，金华市第一医院心内科副主任医师杨光辉来到一四三团医院，开设了心血管专科门诊。\n"
    )
    # (a regiment farm, of a township's rank, stands for its division in the donor table)
    assert _donor_rows(text) == {("金华市", "新疆生产建设兵团第八师")}
    # a regiment's number with no division in the article places no hospital
    assert _donor_rows(text.replace("第八师", "")) == set()


def test_a_regiment_s_hospital_is_placed_by_the_division_the_article_names_with_its_city():
    # 一团 is a bare name, 十二团 every division's number: the division, written before its city, places both
    text = (
        "金华市对口支援第一师阿拉尔市。\n"
        "金华市中心医院儿科护士长罗春梅前往一团医院，开展护理培训。\n"
        "金华市第一医院超声科医生杨光辉驻点十二团医院，开展超声检查。\n"
    )
    regions = {m.surface: m.region for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    first = code("新疆生产建设兵团第一师")
    assert all(gazetteer().is_within(regions[name], first) for name in ("一团医院", "十二团医院"))
    assert ("金华市", "新疆生产建设兵团第一师") in _donor_rows(text)


@pytest.mark.parametrize("label", ["新建科室", "新建学科/中心"])
def test_a_table_s_column_of_founded_units_founds_each_at_its_row_s_receiver(label):
    # (a note in brackets after a header's label of a side: 帮扶医院（所在地）)
    text = (
        "2023年度城乡医院对口帮扶考核结果通报如下：\n"
        f"序号  帮扶医院（所在地）  受援医院（所在地）  派驻人数（人）  {label}\n"
        "1  金华市第一医院（金华市）  绥阳县人民医院（贵州省）  12  卒中中心\n"
        "2  常州市第一人民医院（常州市）  湟源县人民医院（青海省）  8  肿瘤科、病理科\n"
    )
    relations = extraction(text).relations
    founded = {(r.source.surface, r.target.surface) for r in relations if r.type is Rel.FOUNDED}
    part_of = {(r.source.surface, r.target.surface) for r in relations if r.type is Rel.PART_OF}
    assert founded == {
        ("金华市第一医院（金华市）", "卒中中心"),
        ("常州市第一人民医院（常州市）", "肿瘤科"),
        ("常州市第一人民医院（常州市）", "病理科"),
    }
    assert part_of == {
        ("卒中中心", "绥阳县人民医院（贵州省）"),
        ("肿瘤科", "湟源县人民医院（青海省）"),
        ("病理科", "湟源县人民医院（青海省）"),
    }


def test_a_title_in_which_our_hospital_aids_another_makes_the_other_no_hospital_of_ours():
    # 我院帮扶建设的某院某室启用: the page is the giver's; 我院 is the one the text says gives
    text = (
        "TITLE: 我院帮扶建设的绥阳县人民医院导管室正式启用\n\n"
        "11月6日，由我院对口帮扶建设的绥阳县人民医院导管室正式启用。当天，我院派驻专家、心血管内科副主任医师"
        "罗春梅与该院心内科医生密切配合，完成首例冠状动脉造影。\n"
        "2022年以来，金华市第一医院对绥阳县人民医院开展对口帮扶。\n"
    )
    result = extract(document_from_text("t.txt", text))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"罗春梅"}


def test_a_title_in_which_we_aid_without_naming_a_hospital_leaves_ours_to_the_byline():
    # 我院…对口支援医疗队出发: no other hospital in the title, so the byline's hospital is ours, and it is the giver
    # rather than the body whose arrangement the aid follows
    text = (
        "我院第五批对口支援医疗队出发\n金华市中心医院　党委宣传部　2023年9月4日\n"
        "根据浙江省卫生健康委工作安排，我院长期对口支援湟源县人民医院。本批3名队员将驻点帮扶半年。\n"
    )
    assert pairs(text) == {("金华市中心医院", "湟源县人民医院")}


def test_a_county_s_hospital_is_its_first_people_s_hospital_where_the_article_names_no_other():
    text = "金华市第一医院对口帮扶绥阳县第一人民医院。\n罗春梅说，接下来将打通乡镇卫生院—县医院的胸痛救治网络。\n"
    hospitals = {m.key for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.HOSPITAL}
    assert len(hospitals) == 2


def test_our_hospital_is_the_one_a_bracketed_source_line_names_before_its_office():
    text = (
        "TITLE: 对口帮扶专家进驻我院\n\n"
        "7月8日，金华市第一医院新一轮对口帮扶专家正式到我院报到，心血管内科副主任医师罗春梅任心内科执行主任。\n\n"
        "（来源：绥阳县人民医院宣传科）\n"
    )
    assert pairs(text) == {("金华市第一医院", "绥阳县人民医院")}


def test_a_hospital_whose_aid_task_another_takes_on_is_aided_not_a_giver():
    text = (
        "江苏省持续深化对西宁市的组团式帮扶。\n"
        "常州市第一人民医院继续承担西宁市第一人民医院的组团帮扶任务。\n"
        "湟源县人民医院是今年帮扶的重点，常州市第一人民医院专家进驻湟源县人民医院。"
    )
    assert not {(giver, taker) for giver, taker in pairs(text) if giver.startswith("西宁市")}


@pytest.mark.parametrize(
    "text, county",
    [
        # a county's notice (我县), signed by its health bureau
        (
            "各乡镇卫生院：\n"
            "常州市武进区选派的帮扶医疗专家已抵达我县，常州市武进区卫生健康局负责协调。\n"
            "（一）罗春梅，常州市武进人民医院内科主治医师，派驻大华镇中心卫生院。\n"
            "特此通知。\n"
            "湟源县卫生健康局\n"
            "2024年3月11日",
            "湟源县",
        ),
        # a county hospital's report signed off in brackets, a donor's district named twice before the town
        (
            "2023年，绥阳县人民医院在各帮扶单位的大力支持下，帮扶工作取得新成效。\n"
            "常州市武进人民医院派驻12人次，常州市武进区中医医院派驻9人次。\n"
            "常州市武进区中医医院全科医生罗春梅下沉大华镇中心卫生院工作8个月。\n"
            "（绥阳县人民医院办公室）",
            "绥阳县",
        ),
    ],
)
def test_a_town_named_without_its_county_lies_in_the_county_the_article_speaks_as(text, county):
    towns = [m for m in extraction(text).mentions if m.surface.endswith("大华镇中心卫生院")]
    assert towns and {m.region for m in towns} == {code(county)}


def test_a_district_several_cities_have_is_the_one_the_article_names():
    # 白云区 is a district of 广州 and of 贵阳; the article names 广州's and a hospital of 贵州 as well
    text = (
        "湟源县——广州市白云区。\n"
        "白云区人民医院选派专家罗春梅驻点湟源县人民医院。\n"
        "贵州省人民医院也派出专家到湟源县人民医院。"
    )
    regions = regions_of(text, "白云区人民医院")
    assert regions == {code("广州市白云区")}


def test_a_city_patients_travel_to_for_dialysis_is_no_party():
    text = (
        "我市对口支援绥阳县。前几批援黔医生协助绥阳县人民医院建成了血液透析室，结束了患者每周往返贵阳市透析的历史。\n"
        "金华市卫生健康委员会\n2024年3月11日"
    )
    assert not {pair for pair in pairs(text) if "贵阳" in pair[1]}


def test_two_hospitals_that_are_both_anothers_partners_do_not_pair_with_each_other():
    text = (
        "绥阳县人民医院有两支帮扶力量。\n"
        "常州市第一人民医院和常州市武进人民医院是我们的结对医院，每年都有医生轮换到绥阳县人民医院。"
    )
    assert ("常州市第一人民医院", "常州市武进人民医院") not in pairs(text)


def test_a_hospital_that_sends_doctors_to_a_county_inside_its_area_gives_to_it():
    # both on the receiving side of the article's aid: the words and the areas give the direction
    text = "常州市对口帮扶湟源县。\n西宁市第一人民医院今年向湟源县人民医院派驻医生6名。"
    assert ("西宁市第一人民医院", "湟源县人民医院") in pairs(text)


def test_the_hospitals_of_a_provincial_capital_are_no_hospital_of_the_province():
    text = (
        "常州市第一人民医院对口帮扶湟源县人民医院，常州位于江苏省。"
        "此前，湟源的危重患者大多需要转诊到青海省人民医院等省城医院，如今可在县内救治。"
    )
    assert not [m for m in extraction(text).mentions if m.surface.endswith("省城医院")]


def test_a_hospital_of_a_past_episode_in_its_sentence_is_no_party():
    text = (
        "金华市第一医院全面托管绥阳县人民医院。执行院长罗永福是金华市第一医院普外科主任医师，"
        "2015年他曾作为浙江省援疆医疗队成员在和田地区人民医院工作一年半。"
    )
    assert not {pair for pair in pairs(text) if "和田" in pair[1]}
    assert ("罗永福", "绥阳县人民医院") in postings(text)


def test_a_county_s_hospital_by_its_level_is_of_the_county_the_sentences_just_before_name():
    # the article's other county is named far away, in a paragraph on another field
    text = (
        "无锡市对口帮扶湟源县。今年无锡市向湟源县选派医疗人才12名。\n"
        "无锡市人民医院骨科主任杨光辉带领团队进驻县人民医院，帮助开展关节置换手术。\n"
        "此外，金华市与绥阳县举办了文旅推介会。"
    )
    assert ("杨光辉", "湟源县人民医院") in postings(text)
    # named just before, both counties leave it unsaid
    text = text.replace("今年无锡市向湟源县", "今年无锡市向湟源县、绥阳县")
    assert not any(hospital.endswith("县人民医院") and len(hospital) > 5 for _, hospital in postings(text))


def test_two_levels_of_hospitals_name_no_hospital():
    text = "金华市第一医院对口帮扶绥阳县人民医院。远程会诊平台与州、县两级医院实现互联互通。"
    assert "县两级医院" not in {m.surface for m in extraction(text).mentions}
    assert not any("两级" in m.surface for m in extraction(text).mentions)


def test_a_chain_of_dashed_levels_is_no_entry_of_a_list():
    # “甲—乙—县”三级网络 names the levels of a network; the sentence's own aid words give its pairs
    text = (
        "远程医学中心上联两家省城医院，下接金华市对口支援的绥阳县、湄潭县两县人民医院，"
        "形成“金华—绥阳—乡镇”三级远程诊疗网络。"
    )
    found = pairs(text)
    assert {("金华市", "绥阳县人民医院"), ("金华市", "湄潭县人民医院")} <= found
    # a dash between two parties alone is an entry
    assert ("金华市", "绥阳县") in pairs("对口帮扶结对名单：金华市—绥阳县；丽水市—湄潭县。")


def test_a_joining_word_after_a_team_s_ending_names_no_one_character_county():
    # 和县 is a county; after 医疗队 or 团队, 和 joins the team to the county's own bodies
    text = "金华市对口帮扶绥阳县。在金华援黔医疗队和县卫生健康局的共同推动下，绥阳县人民医院建成了治未病科。"
    names = {m.surface for m in extraction(text).mentions}
    assert not any(name.startswith("和县") for name in names)
    assert "和县" not in {giver for giver, _ in pairs(text)}
    assert hospitals_in("专家团队和县医院医生一起查房") == ["县医院"]


@pytest.mark.parametrize(
    "referral",
    ["要转往金华，由金华市中心医院进行介入治疗", "要转诊至金华市中心医院进行介入治疗"],
)
def test_the_hospital_that_cares_for_patients_sent_elsewhere_is_no_party_nor_holds_a_short_name(referral):
    # 转往某市，由某医院进行治疗: where the referred are cared for; nor does 中心医院 in its name stand for the giver
    text = (
        "湖州市中心医院对口帮扶武义县人民医院，指导建设的胸痛中心同步启用。"
        f"武义县人民医院院长介绍，过去急性心梗患者大多{referral}；胸痛中心启用后，必要时由湖州市中心医院专家远程指导。"
    )
    assert pairs(text) == {("湖州市中心医院", "武义县人民医院")}


def test_a_report_credited_in_brackets_to_a_hospital_s_office_is_that_hospital_s_own():
    # （某医院 办公室） on the last line: 我院 is that hospital, and a list's entry closed by its aside is its own
    text = (
        "11月5日，金华市中心医院与我院紧密型医联体揭牌仪式在我院举行。首批3名帮扶专家正式到岗，他们是："
        "神经外科副主任医师钱小明（挂任我院业务副院长）、消化内科主治医师罗春梅、康复医学科主治医师杨光辉。\n"
        "（武义县人民医院 党政办公室）"
    )
    assert postings(text) >= {("钱小明", "武义县人民医院")}
    assert {"罗春梅", "杨光辉"} <= {name for name, _ in postings(text)}


def test_we_in_a_report_credited_to_a_hospital_s_office_is_that_hospital():
    text = (
        "湖州市中心医院对口帮扶我院，派驻消化内科副主任医师钱小明。以往此类患者只能转往金华市中心医院或者杭州的大医院。\n"
        "（武义县中心医院 办公室）"
    )
    assert pairs(text) == {("湖州市中心医院", "武义县中心医院")}
    assert postings(text) == {("钱小明", "武义县中心医院")}


def test_a_town_centre_lies_among_the_receiving_counties_not_in_the_county_of_the_hospital_sending_staff():
    # a county-level city of another province whose hospital's nurse goes down to a town: the town is the
    # receiving county's; a county's own hospital sending staff to a town of an article of one province: its own
    text = (
        "义乌市与湄潭县结对开展医疗帮扶。在湄潭，义乌市中心医院儿科医师钱小明担任湄潭县人民医院儿科主任，"
        "义乌市第二人民医院主管护师罗春梅则下沉到新宅镇中心卫生院。"
    )
    assert ("罗春梅", "湄潭县新宅镇中心卫生院") in postings(text)
    text = (
        "凤冈县人民医院持续帮扶乡镇卫生院。各县医共体牵头医院向乡镇卫生院下派医务人员。"
        "湄潭县人民医院内科主治医师杨光辉常驻新宅镇卫生院，帮助该院恢复开展住院服务。"
    )
    assert ("杨光辉", "湄潭县新宅镇卫生院") in postings(text)


def test_names_of_a_list_said_to_be_townships_are_no_divisions():
    # 在甲、乙这些离县城远的乡镇: 南阳 here is a town of the county, not the prefecture of another province that would
    # turn the article's sides
    text = (
        "金华市中心医院对口帮扶武义县人民医院，派出消化内科的钱小明主治医师常驻。\n"
        "今年准备把技术向乡镇延伸，比如在新宅、南阳这些离县城远的乡镇开展巡回诊疗。"
    )
    result = extraction(text)
    assert code("南阳市") not in {m.region for m in result.mentions}
    assert pairs(text) == {("金华市中心医院", "武义县人民医院")}


def test_a_town_s_health_centre_paired_with_a_county_s_institution_lies_in_another_county():
    # the giver's district is named twice, the receiving county once: the pair says which one the town lies in
    text = "金华市婺城区与湟源县开展东西部协作结对帮扶。婺城区城东街道社区卫生服务中心与大华镇卫生院建立了结对关系。\n"
    assert pairs(text) >= {("婺城区城东街道社区卫生服务中心", "湟源县大华镇卫生院")}


def test_yu_right_after_a_name_joins_it_to_the_next_even_where_it_starts_a_word():
    # 与会 is a word (to attend a meeting), but after a name 与 joins the next one
    sentence = "城东街道社区卫生服务中心与会溪镇卫生院建立了结对关系。"
    assert [m.surface for m in find_orgs(sentence, 0, len(sentence), 0)] == ["城东街道社区卫生服务中心", "会溪镇卫生院"]


def test_this_hospital_is_not_where_patients_had_to_go_for_care():
    text = (
        "金华市中心医院与湟源县人民医院建立帮扶关系。"
        "过去，湟源县人民医院没有眼科，当地患者需到西宁市第一人民医院就诊。"
        "9月，金华市中心医院在该院挂牌“眼科专家工作站”。"
    )
    units = {m.surface: m.affiliation.surface for m in extraction(text).mentions if m.label is Label.DEPARTMENT}
    assert units == {"眼科专家工作站": "湟源县人民医院"}


def test_a_county_hospital_sending_to_its_townships_health_centres_gives_to_them():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "同时，湟源县人民医院向城关镇卫生院、大华镇卫生院派驻骨干医师，开展县乡一体化帮扶。"
    )
    assert pairs(text) == {
        ("金华市中心医院", "湟源县人民医院"),
        ("湟源县人民医院", "湟源县城关镇卫生院"),
        ("湟源县人民医院", "湟源县大华镇卫生院"),
    }
    # (the subject of an earlier clause sends as well: 某院同步启动某工作，首批向…下派)
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。作为医共体牵头医院，湟源县人民医院同步启动“县派乡用”工作，"
        "首批向城关镇卫生院、大华镇卫生院下派6名骨干医师。"
    )
    assert ("湟源县人民医院", "湟源县大华镇卫生院") in pairs(text)
    assert ("金华市中心医院", "湟源县城关镇卫生院") not in pairs(text)


def test_a_county_hospital_paired_with_a_township_centre_gives_to_it_in_its_own_county():
    # the article names no other county: the town lies in the county of the hospital it pairs with
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院与大华镇卫生院结对。"
    assert pairs(text) == {("金华市中心医院", "湟源县人民医院"), ("湟源县人民医院", "湟源县大华镇卫生院")}


def test_a_table_of_pairs_written_as_clauses_of_the_bare_verb_pairs_clause_by_clause():
    text = "浙江省对口支援湟源、湟中两地。结对关系是：金华市婺城区对口湟源县，金华市兰溪市对口湟中区。"
    found = pairs(text)
    assert {("金华市婺城区", "湟源县"), ("金华市兰溪市", "湟中区")} <= found
    assert ("金华市兰溪市", "湟源县") not in found


def test_a_peoples_hospital_written_short_is_the_one_of_its_place():
    # 人医 is how reporting shortens 人民医院; inside 工人医院 the longer ending reads on
    text = (
        "来源：江西省人民医院\n江西省人医与湟源县人民医院签订对口帮扶协议。省人医选派3名专家常驻湟源县人民医院。\n"
        "金华市工人医院也派出专家。"
    )
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys["江西省人医"] == keys["省人医"] == keys["江西省人民医院"]
    assert hospitals_in("金华市工人医院也派出专家。") == ["金华市工人医院"]


def test_a_generic_name_completed_from_the_article_keeps_the_ending_it_is_written_with():
    text = "金华市中医医院对口帮扶湟源县，派专家常驻县中医院。"
    (county,) = [m for m in extraction(text).mentions if "湟源" in m.surface and m.label is Label.HOSPITAL]
    # (one spelling in its key: 中医院 and 中医医院 are one hospital)
    assert (county.surface, county.key) == ("湟源县中医院", f"{code('湟源县')}|中医医院")


def test_a_prefecture_hospital_written_by_its_level_is_in_the_one_named_province_that_has_prefectures():
    # 地区医院 can only be in 新疆 here: 浙江 has no 地区 for it to stand in
    text = "金华市中心医院援疆医疗队抵达阿勒泰地区，在地区医院开展帮扶，帮助地区医院建成了卒中中心。"
    regions = regions_of(text, "地区医院")
    assert regions == {code("阿勒泰地区")}


def test_a_hospital_kind_written_alone_is_the_one_hospital_of_that_kind_the_article_names():
    text = "来源：秦川大学总医院\n总医院援疆医疗队抵达阿勒泰地区。上一批总医院医疗队帮助当地建成了卒中中心。"
    kinds = {m.key for m in extraction(text).mentions if m.surface == "总医院"}
    assert kinds == {"秦川大学总医院"}
    # two of the kind: no answer
    text += "\n金华医科大学总医院也派出了专家。"
    assert not [m for m in extraction(text).mentions if m.surface == "总医院"]


def test_a_batch_of_a_levels_hospitals_is_no_hospital():
    assert hospitals_in("我省新一批省级医院驻县帮扶专家到岗。") == []


def test_a_university_hospital_written_by_its_own_name_alone_is_that_hospital():
    text = (
        "秦川大学明德医院选派的帮扶团队进驻湟源县人民医院。"
        "团队负责人、明德医院肝胆外科副主任医师钱国平挂任湟源县人民医院执行院长。"
    )
    keys = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert keys["明德医院"] == keys["秦川大学明德医院"]
    # (so the person it names is that hospital's)
    sends = {(r.source.key, r.target.surface) for r in extraction(text).relations if r.type is Rel.SENDS}
    assert sends == {(keys["秦川大学明德医院"], "钱国平")}


def test_that_hospital_is_the_one_named_before_it_though_its_sentence_names_it_again_after():
    text = (
        "会上签约：\n· 金华市第二医院与湟中区第一人民医院签订协议；\n"
        "· 金华市妇幼保健院与湟中区妇幼保健院建立结对关系。\n\n"
        "会议通报，金华市第一医院帮扶湟源县人民医院3年来，先后派出专家42人次，帮助该院建成卒中中心，"
        "湟源县人民医院于去年通过三级医院评审。"
    )
    assert links(text, Rel.PART_OF) == {("卒中中心", "湟源县人民医院")}


def test_a_county_hospital_posting_its_people_to_township_centres_of_its_county_gives_to_them():
    # the places do not divide them (one county): the hospital above gives, the townships' centres receive
    text = (
        "湟源县人民医院　2024-06-25\n\n决定选派以下2名同志到医共体成员单位驻点帮扶：\n"
        "序号 | 姓名 | 科室 | 职称 | 派驻单位\n1 | 钱国平 | 心血管内科 | 副主任医师 | 云丰镇中心卫生院\n"
        "2 | 孙燕 | 妇产科 | 主治医师 | 大华镇卫生院\n"
    )
    assert postings(text) == {("钱国平", "湟源县云丰镇中心卫生院"), ("孙燕", "湟源县大华镇卫生院")}
    assert pairs(text) == {("湟源县人民医院", "湟源县云丰镇中心卫生院"), ("湟源县人民医院", "湟源县大华镇卫生院")}


def test_a_state_enterprise_s_hospital_is_a_proper_name_without_a_place():
    text = "长青油田总医院对口帮扶湟源县人民医院，选派内科主任医师钱国平常驻县医院。"
    assert "长青油田总医院" in hospitals_in(text)
    assert ("长青油田总医院", "湟源县人民医院") in pairs(text)
    # (so is one of the state groups that run hospitals of their own, named by the group's short name)
    text = "国药长青总医院对口帮扶湟源县人民医院，选派内科主任医师钱国平常驻县医院。"
    assert "国药长青总医院" in hospitals_in(text)


def test_the_armed_forces_alone_are_no_hospital_s_name():
    # (部队医院: the army's hospitals as a kind, whatever the words before it)
    text = "第九五二医院与湟源县人民医院签订帮扶协议，副县长在讲话中感谢部队医院长期以来的支持。"
    assert hospitals_in(text) == ["第九五二医院", "湟源县人民医院"]


def test_a_province_inside_an_armed_police_corps_name_is_where_its_hospital_stands():
    # (the segmenter reads 武警新疆总队 as one word)
    (hospital,) = find_orgs("武警新疆总队医院", 0, 8, 0)
    assert hospital.region == code("新疆维吾尔自治区")


def test_a_short_form_of_a_placed_hospital_s_name_written_later_is_that_hospital():
    text = (
        "金华矿务集团总医院与湟源县人民医院签订对口帮扶协议。"
        "下一步，县里将以金矿总院的帮扶为重点，推动县医院创建三级医院。"
    )
    result = extraction(text)
    short = next(m for m in result.mentions if m.surface == "金矿总院")
    full = next(m for m in result.mentions if m.surface == "金华矿务集团总医院")
    assert short.key == full.key


def test_two_places_joined_that_pair_up_together_state_their_own_pair():
    text = "今年3月，金华与西宁两市结对帮扶，金华市中心医院与湟源县人民医院签订对口帮扶协议。"
    assert {("金华", "西宁"), ("金华市中心医院", "湟源县人民医院")} <= pairs(text)


def test_gaiyuan_after_two_hospitals_joined_in_an_agreement_titles_the_first_one_s_people():
    text = (
        "金华市中心医院与湟源县人民医院签订新一轮结对帮扶协议，该院骨科副主任医师钱国平、妇产科主治医师孙燕当天到岗。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平"), ("金华市中心医院", "孙燕")}


def test_gaiyuan_where_someone_takes_a_post_is_the_hospital_named_last_before_it():
    text = (
        "金华市中心医院选派的3名医护人员支援湟源县人民医院和湟中区第一人民医院：产科主任医师孙晓燕挂职湟源县人民医院"
        "院长，产房护士长李红梅挂职该院护理部主任，新生儿科主治医师王晓丽驻点湟中区第一人民医院。"
    )
    assert postings(text) == {
        ("孙晓燕", "湟源县人民医院"),
        ("李红梅", "湟源县人民医院"),
        ("王晓丽", "湟中区第一人民医院"),
    }


def test_a_college_whose_name_picks_characters_of_a_hospital_s_is_no_short_form_of_it():
    text = "钱国平现任金华医科大学附属第一医院主任医师，早年毕业于金华医学院，此次赴湟源县人民医院开展帮扶。"
    result = extraction(text)
    assert all(m.surface != "金华医学院" for m in result.mentions)


def test_gaiyuan_after_the_team_that_opens_a_sentence_is_the_hospital_whose_team_it_is():
    text = (
        "5月6日，金华市中心医院“健康帮扶”专家团队一行9人来到湟源县，先后在县人民医院和大华镇卫生院开展义诊。"
        "专家团队由该院副院长、主任医师钱国平带队，成员包括骨科主任医师孙燕等。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平"), ("金华市中心医院", "孙燕")}


def test_a_count_before_a_known_hospital_s_name_names_no_one_hospital():
    # (两家协和医院: the hospitals sharing a name, not the lexicon's one)
    assert hospitals_in("北京两家协和医院专家下沉湟源县人民医院") == ["湟源县人民医院"]


def test_the_donor_rows_a_regiment_farm_s_aid_made_are_found_by_the_farm_s_name():
    graph = new_graph()
    apply(graph, *records([extraction("金华市第一医院对口支援第十四师47团医院，选派内科医生钱国平常驻团医院。")]))
    rows = donors(graph)
    assert [(row.donor_region, row.recipient_region) for row in rows] == [("金华市", "新疆生产建设兵团第十四师")]
    assert donors(graph, county="第十四师四十七团") == rows
    assert donors(graph, county="第十四师四十八团") == []


def test_a_person_s_given_name_that_is_a_place_opens_no_hospital_s_name():
    # (建华 is a district's bare name; here 钱建华 is the physician)
    text = "其中，金华市中心医院心血管内科主任医师钱建华挂任县人民医院副院长。"
    assert all("建华" not in name for name in hospitals_in(text))


@pytest.mark.parametrize("written", ["联勤保障部队第九二〇医院", "中国人民解放军联勤保障部队第九二〇医院", "第920医院"])
def test_a_numbered_military_hospital_is_one_whatever_branch_of_the_forces_is_written_before_it(written):
    (hospital,) = [m for m in find_orgs(written, 0, len(written), 0) if m.label is Label.HOSPITAL]
    assert hospital.surface == written
    assert hospital.key == "九二〇医院"


@pytest.mark.parametrize("verb", ["配合", "支持"])
def test_a_verb_before_a_level_word_is_no_part_of_the_hospital_the_level_names(verb):
    assert hospitals_in(f"二是{verb}县人民医院院长牵头的二甲复审工作。") == ["县人民医院"]


def test_a_theatre_command_s_hospital_is_a_proper_name_without_a_place():
    assert hospitals_in("北部战区总医院对口帮扶湟源县人民医院。") == ["北部战区总医院", "湟源县人民医院"]


def test_that_hospital_after_a_pair_is_its_giver_where_the_giver_s_place_is_said_before_it():
    text = "位于婺城区的金华市中心医院对口帮扶湟源县人民医院，该院超声科主治医师钱国平正在那里驻点。"
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湟源县人民医院") in postings(text)


def test_gai_yuan_is_not_one_institution_of_a_list_named_before_it():
    text = (
        "湟源县人民医院医共体覆盖城关镇、大华镇、申中乡等9个乡镇卫生院。"
        "该院骨科副主任医师钱立新被派驻到城关镇卫生院担任业务院长，牵头成立了骨伤科。"
    )
    result = extract(document_from_text("t.txt", text))
    assert {(r.source.surface, r.target.surface) for r in result.relations if r.type is Rel.SENDS} == {
        ("湟源县人民医院", "钱立新")
    }


def test_a_verb_of_regarding_is_no_part_of_an_institutions_name():
    text = (
        "金华市中心医院与湟源县人民医院签订托管协议，湟源县人民医院加挂金华市中心医院湟源分院牌子。"
        "钱国平表示，金华市中心医院将把湟源分院当作医院的一个院区来建设。"
    )
    names = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert not [name for name in names if "当作" in name]


def test_a_numbered_hospital_s_short_form_before_a_verb_and_another_hospital_is_read():
    text = "金华市婺城区第二医院与湟源县中医院结对。婺城二院还帮助县中医院建成了远程心电诊断中心。"
    assert ("金华市婺城区第二医院", "湟源县中医院") in pairs(text)
    assert not {p for p in pairs(text) if p[0] == "婺城"}


def _hospital_keys(text: str, opening: str) -> set[str]:
    """The identities of the hospitals whose names as written open with ``opening``."""
    result = extract(document_from_text("t.txt", text))
    return {m.key for m in result.mentions if m.label is Label.HOSPITAL and m.surface.startswith(opening)}


def test_every_short_form_with_a_place_inside_is_the_hospital_the_article_names_in_full():
    text = (
        "金华医科大学附属第二医院对口帮扶湟源县人民医院。今年1月，金华医大二院在湟源县人民医院设立专家工作站，"
        "由金华医大二院骨科主任钱国平担任站长。金华医大二院儿科主任孙燕带领团队来到湟源。"
    )
    assert len(_hospital_keys(text, "金华")) == 1


def test_a_hospital_with_a_province_inside_its_name_is_one_however_the_province_is_written():
    text = (
        "武警江西省总队医院与修水县人民医院签订对口帮扶协议。"
        "武警江西总队医院选派骨科主任医师钱国平到修水县人民医院驻点帮扶。"
    )
    assert len(_hospital_keys(text, "武警")) == 1


def test_an_institution_renamed_is_one_under_its_old_name_and_its_new():
    text = (
        "修水县妇幼保健站正式更名为修水县妇幼保健院。金华市中心医院对口帮扶修水县妇幼保健院，"
        "选派产科医生孙燕挂职修水县妇幼保健站副站长。县妇幼保健院院长说，更名后将开设住院病区。"
    )
    hospitals = [m for m in extraction(text).mentions if m.label is Label.HOSPITAL and "妇幼" in m.surface]
    assert len(hospitals) >= 4 and len({m.key for m in hospitals}) == 1
    assert {m.surface for m in hospitals} >= {"修水县妇幼保健站", "修水县妇幼保健院"}
    # (a list renamed item by item: each old name is the new name in its place, not the last old the first new)
    text = (
        "撤县设区后，原湟源县人民医院、湟源县中医院也相应更名为西宁市湟源区人民医院、西宁市湟源区中医院。"
        "金华市中心医院对口帮扶湟源县人民医院。"
    )
    by_surface = {m.surface: m.key for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert by_surface["湟源县人民医院"] == by_surface["西宁市湟源区人民医院"]
    assert by_surface["湟源县中医院"] == by_surface["西宁市湟源区中医院"] != by_surface["湟源县人民医院"]


def test_hospital_alone_in_an_article_calling_its_own_hospital_ours_is_the_one_it_has_just_told_of():
    text = (
        "原创　金华市中心医院　2017-11-08 18:30\n\n"
        "“终于不用去外地透析了！”湟源县人民医院血液透析室迎来了第一位患者。看着老人顺利完成治疗，我院援青医生孙海波"
        "松了一口气。\n\n今年2月，根据浙江省对口支援海东市的工作部署，我院肾内科副主任医师孙海波、护理部副主任王晓丽"
        "启程赴青，开展为期一年的医疗帮扶。孙海波挂职湟源县人民医院副院长。\n\n"
        "湟源县人民医院地处湟源县城，承担着周边群众的基本医疗服务。“刚来时全院没有一名肾内科医生。”孙海波回忆。"
        "他用一个月时间跑遍了各个乡镇。\n\n在浙江援青资金的支持下，医院投入约260万元改造用房、购置设备。"
    )
    assert ("浙江", "湟源县人民医院") in links(text, Rel.PAIRS_WITH)
    assert ("浙江", "金华市中心医院") not in links(text, Rel.PAIRS_WITH)
    # (where the article calls itself ours after naming the other, 医院 is its own again)
    text = (
        "湟源县人民医院2025年工作总结\n湟源县人民医院　2026-01-09\n\n"
        "2025年是金华市中心医院对口帮扶我院的第五年。金华市中心医院派驻我院的帮扶团队常驻7人，普外科主任医师"
        "孙海波任执行院长。\n1.平台建设。在孙海波带领下，医院建成介入诊疗中心，全年完成手术320余例。"
    )
    assert ("金华市中心医院", "介入诊疗中心") not in links(text, Rel.FOUNDED)


def test_a_province_s_bare_name_across_a_mountain_s_name_and_a_direction_is_no_place():
    # (大巴山 and 东南麓: 山东 read across them names no province, whatever the segmenter taught places reads)
    text = (
        "4月9日下午，由金华市中心医院选派的32名医疗专家抵达湟源县，进驻湟源县人民医院，开展为期一年的组团式帮扶。\n\n"
        "湟源县地处大巴山东南麓，是国家扶贫开发工作重点县，距西宁市400多公里。"
    )
    assert "山东" not in {m.surface for m in extraction(text).mentions}
    assert "山东" in {m.surface for m in extraction("金华市中心医院的医生来自山东，支援湟源县人民医院。").mentions}


def test_a_short_name_declared_in_brackets_is_no_part_of_a_hospital_s_name():
    text = "金华医科大学第一附属医院（以下简称金医大一附院）与湟源县人民医院签订对口帮扶协议。金医大一附院派出专家。"
    hospitals = {m.surface for m in extraction(text).mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"金华医科大学第一附属医院", "湟源县人民医院"}


def test_an_aid_word_a_copula_follows_is_a_topic_and_takes_no_party():
    text = (
        "婺城医疗队员在湟源\n发布时间：2020-10-21　　来源：金华婺城\n\n"
        "守在床旁整整一夜的，是金华市婺城区人民医院重症医学科主治医师孙雪梅。\n\n"
        "2018年，婺城区与湟源县结成对口帮扶关系，组织区属医院对湟源县人民医院开展“组团式”帮扶。\n\n"
        "金华市第十一批援青干部、挂职湟源县委常委、副县长的钱国平表示，医疗帮扶是婺城与湟源对口协作中群众最有获得感的"
        "领域之一。"
    )
    assert ("金华市婺城区人民医院", "孙雪梅") in links(text, Rel.SENDS)
    assert ("金华市", "婺城") not in links(text, Rel.PAIRS_WITH)


def test_a_list_of_a_city_s_two_hospitals_crossed_with_two_counties_pairs_none_stated_one_by_one():
    text = (
        "金华市第一医院、金华市第二医院选派专家赴湟源县、绥阳县开展帮扶。"
        "金华市第一医院与湟源县人民医院结对，心内科副主任医师钱国平挂职湟源县人民医院业务副院长。"
        "金华市第二医院与绥阳县人民医院结对，普外科主任医师孙燕担任绥阳县人民医院执行院长。"
    )
    found = pairs(text)
    assert {("金华市第一医院", "湟源县人民医院"), ("金华市第二医院", "绥阳县人民医院")} <= found
    # (the two hospitals are two givers, though one city holds both)
    assert not {pair for pair in found if pair[0] == "金华市第一医院" and "绥阳" in pair[1]}
    assert not {pair for pair in found if pair[0] == "金华市第二医院" and "湟源" in pair[1]}


def test_a_short_form_the_lexicon_gives_another_hospital_is_the_hospital_the_article_names_in_full():
    # (连大附院 is a known short form of a hospital of another province; here it is the one the article names)
    text = (
        "连江大学附属医院对口帮扶湟源县人民医院。"
        "钱国平是连大附院神经外科副主任医师，2023年受医院选派来到湟源县人民医院。"
    )
    result = extraction(text)
    short = [m for m in result.mentions if m.surface == "连大附院"]
    assert short and {m.key for m in short} == {m.key for m in result.mentions if m.surface == "连江大学附属医院"}


def test_a_bare_county_name_that_is_a_common_word_ending_its_sentence_is_the_word():
    text = (
        "江苏援青医疗专家扎根湟源 守护高原母婴平安\n"
        "江苏省人民医院专家钱国平在湟源县人民医院帮扶一年，帮助青海省海东市、西宁市多家医院培训产科医生。"
    )
    assert all(m.surface != "平安" for m in extraction(text).mentions)


def test_a_prefecture_spelt_by_a_mountain_range_s_side_is_no_party():
    text = (
        "科尔沁右翼前旗地处大兴安岭南麓。近年来，科右前旗在北京市东城区的结对帮扶下发展，"
        "东城区第一人民医院对口帮扶科尔沁右翼前旗人民医院。"
    )
    assert all(not m.surface.startswith("大兴安岭") for m in extraction(text).mentions)


def test_a_place_s_name_before_a_road_or_a_street_names_the_street():
    text = "金华市中心医院对口帮扶湟源县人民医院，专家在湟源县城北京路广场开展义诊。"
    assert pairs(text) == {("金华市中心医院", "湟源县人民医院")}
    assert all(m.surface != "北京" for m in extraction(text).mentions)
    # (nor does a community centre named after a street lie in the place the street is named after)
    centre = "湟源县人民医院与延安路社区卫生服务中心结对，派出全科医生钱国平驻点。"
    regions = regions_of(centre, "延安路社区卫生服务中心")
    assert regions == {code("湟源县")}


def test_that_hospital_sending_people_is_the_giver_the_sentence_before_names():
    text = (
        "湄潭县城关镇中心卫生院康复室开诊。设备到位后，金华市中心医院派出康复科治疗师钱国平常驻卫生院。"
        "去年以来，金华市推动市级医院对口帮扶乡镇卫生院，金华市中心医院与湄潭县城关镇中心卫生院结成帮扶对子。"
        "除钱国平外，该院还先后派出心内科主治医师孙燕、中医科副主任医师王晓丽到卫生院坐诊，每人驻点三个月。"
    )
    assert {("金华市中心医院", "孙燕"), ("金华市中心医院", "王晓丽")} <= links(text, Rel.SENDS)


def test_the_shared_name_of_a_counted_list_of_hospitals_ends_before_a_verb():
    text = "金华市中心医院与湄潭、绥阳两县人民医院签订城乡医院对口支援协议。"
    found = find_orgs(text, 0, len(text), 0)
    assert {o.surface for o in found if o.label is Label.HOSPITAL} == {
        "金华市中心医院",
        "湄潭县人民医院",
        "绥阳县人民医院",
    }


def test_a_generic_county_hospital_is_of_the_county_its_sentence_names_last_before_it():
    text = (
        "金华第三批东西部协作医疗人才抵达湄潭\n"
        "11月6日下午，浙江省金华市第三批东西部协作医疗帮扶人才一行4人抵达遵义市湄潭县。\n"
        "本批人才来自金华市、开化县两级医疗机构，具体安排如下：金华市中心医院心血管内科副主任医师钱国平，"
        "挂职湄潭县人民医院副院长；开化县人民医院骨科副主任医师孙燕，到湄潭县人民医院开展帮扶；"
        "开化县人民医院检验科主管技师王晓丽，到湄潭县中医院工作。\n"
        "湄潭县副县长钱伟说，开化县与湄潭县结对帮扶以来，累计有40余名浙江医务人员来湄开展帮扶，"
        "帮助县人民医院建成了胸痛中心和卒中中心。"
    )
    # (县人民医院 is 湄潭's, named last before it, not the giving county's named in full last: that county gives)
    assert {("开化县人民医院", "孙燕"), ("开化县人民医院", "王晓丽")} <= links(text, Rel.SENDS)


def test_places_patients_come_from_described_as_remote_are_no_parties():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。其中，在金华市中心医院的帮扶下，医院新建的新生儿重症监护室已于今年1月"
        "投入使用，累计收治危重新生儿120余名，不少来自绥阳县、正安县等偏远地区。"
    )
    assert links(text, Rel.PAIRS_WITH) == {("金华市中心医院", "湄潭县人民医院")}


def test_a_party_an_earlier_aid_word_took_a_clause_before_gives_nothing_to_a_receiver_after_dui():
    # the provinces the programme takes are receivers, not the giver of the hospitals the page's own hospital helps
    text = (
        "来源：金华市中心医院\n"
        "2023年，我院落实浙江省对口支援贵州省铜仁市、青海省西宁市的工作部署，"
        "持续做好对湄潭县人民医院和湟源县人民医院的医疗帮扶工作。\n"
        "4月，骨科医师孙海波赴湄潭县人民医院工作。儿科医师孙燕赴青海省西宁市湟源县人民医院开展为期一年的帮扶。\n"
    )
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)
    assert all(source != "湟源县人民医院" for source, _ in pairs(text))


def test_a_hospital_after_a_patients_move_to_a_unit_is_a_party():
    # (转入重症监护室: moved inside the hospital the patient is in, not sent to the hospital named after 由)
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。"
        "术后，患者被转入重症监护室，由金华市中心医院援派护士孙燕带领的护理小组精心护理。"
    )
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)


def test_a_place_that_names_its_residents_is_no_posting():
    text = (
        "金华市对口帮扶绥阳县以来，金华市中医院与绥阳县中医院结对。\n"
        "金华市第一医院与绥阳县人民医院结成对口帮扶关系。金华市第一医院骨科医师孙海波挂职绥阳县人民医院副院长，"
        "带领团队建成创伤中心。金华市中心医院麻醉科主治医师孙敏驻点半年，推广分娩镇痛技术，让绥阳产妇第一次用上了无痛分娩。\n"
    )
    assert ("孙敏", "绥阳县人民医院") in postings(text)


def test_a_place_where_a_layperson_makes_a_living_is_no_party():
    # (an eastern city named for a patient's son would make the province's own hospital a receiver)
    text = (
        "记者：铜仁市人民医院的帮扶是怎样开展的？\n"
        "孙立：2023年3月，铜仁市人民医院和我们湄潭县人民医院签了帮扶协议，派来了执行院长和7名专家。"
        "执行院长孙海波是铜仁市人民医院医务处副处长，也是一名神经内科主任医师。\n"
        "孙立：前不久，一位老人脑梗，在我们这里溶栓后第三天就能自己走路了。他儿子在苏州打工，专门打电话来感谢。\n"
    )
    assert ("铜仁市人民医院", "孙海波") in links(text, Rel.SENDS)


def test_a_place_that_opens_a_columns_side_label_is_part_of_the_label():
    text = (
        "浙江省对口支援贵州省。\n\n"
        "序号｜浙江支援单位｜贵州受援单位｜重点帮扶方向\n"
        "1｜金华市中心医院｜湄潭县人民医院｜胸痛中心、卒中中心\n"
        "2｜金华市第二医院｜绥阳县人民医院｜康复医学科\n"
    )
    assert {("金华市中心医院", "湄潭县人民医院"), ("金华市第二医院", "绥阳县人民医院")} <= pairs(text)


@pytest.mark.parametrize("place", ["铜仁市", "石阡县"])
def test_a_provinces_pair_with_a_place_stands_beside_its_pair_with_the_places_own_hospital(place):
    found = pairs(f"浙江省对口支援{place}以来，{place}人民医院眼科从无到有。")
    assert {("浙江省", place), ("浙江省", f"{place}人民医院")} <= found


def test_a_provinces_pair_with_a_prefecture_gives_way_to_its_pair_with_a_county_hospital_there():
    found = pairs("浙江省对口支援铜仁市，帮扶石阡县人民医院建设胸痛中心。")
    assert ("浙江省", "石阡县人民医院") in found and ("浙江省", "铜仁市") not in found


def test_words_pairing_two_hospitals_both_ways_keep_the_way_the_articles_sides_go():
    found = pairs("石阡县人民医院是苏州市立医院的结对帮扶医院。")
    assert found == {("苏州市立医院", "石阡县人民医院")}


def test_the_second_of_two_parties_joined_by_he_is_no_lone_giver():
    # 甲和乙的对口帮扶: the pair's aid, not 乙's; 乙, of the receiving prefecture, gives to none of its counties
    text = (
        "铜仁市卫生健康委员会供稿\n苏州市吴中区人民医院对口帮扶石阡县人民医院。"
        "苏州市立医院和铜仁市人民医院的对口帮扶，已经从派人来变成了连起来。"
        "苏州市立医院医生孙海燕目前在铜仁市人民医院工作，并定期到石阡开展技术指导。"
    )
    assert ("铜仁市人民医院", "石阡县人民医院") not in pairs(text)
    assert ("苏州市立医院", "铜仁市人民医院") in pairs(text)


def test_an_aid_word_before_a_word_for_departments_names_the_paired_units_not_an_act():
    # 担任某医院对口科室主任: the hospital's paired departments, no aid the hospital gives
    text = (
        "铜仁市人民医院与苏州两家医院签订组团式帮扶协议\n来源：铜仁市卫生健康委员会\n"
        "苏州市组团式帮扶工作座谈会在铜仁市人民医院举行。苏州市卫生健康委员会与石阡县人民政府签订帮扶协议，"
        "苏州市立医院将对口帮扶石阡县人民医院。"
        "钱塘大学附属医院心内科主任医师孙立新、苏州市立医院骨科副主任医师钱卫东，分别担任铜仁市人民医院对口科室主任。"
    )
    assert ("铜仁市人民医院", "石阡县人民医院") not in pairs(text)
    assert ("孙立新", "铜仁市人民医院") in links(text, Rel.POSTED_TO)


def test_a_hospital_people_come_to_is_no_subject_of_the_aid_word_after_it():
    # 来某医院开展技术指导: the hospital is where the help goes, not one that gives it (to its prefecture's counties)
    text = (
        "铜仁市卫生健康委员会供稿\n苏州市立医院对口帮扶石阡县人民医院。"
        "钱塘大学附属医院心内科主任医师孙明远带领专家团队先后3次来铜仁市人民医院开展技术指导。"
    )
    assert ("铜仁市人民医院", "石阡县人民医院") not in pairs(text)


def test_a_headings_topic_before_a_colon_is_no_subject_of_the_aid_word_after_it():
    # 某医院：“院包科”补齐短板: the heading's topic, which receives, gives nothing to its prefecture's counties
    text = (
        "苏州组团帮扶铜仁 市县两级医院帮扶全覆盖\n来源：铜仁市卫生健康委员会\n"
        "苏州市立医院对口帮扶铜仁市人民医院，苏州市吴中区人民医院对口帮扶石阡县人民医院。\n"
        "铜仁市人民医院：“院包科”补齐短板\n苏州市立医院包心血管内科和麻醉科，派出专家8名。"
    )
    assert ("铜仁市人民医院", "石阡县人民医院") not in pairs(text)
    assert ("苏州市立医院", "铜仁市人民医院") in pairs(text)


def test_a_source_line_naming_the_short_name_the_article_declares_names_its_own_hospital():
    # 某医院（某院）… and a source line of the short name alone: 我院 is that hospital, which sends its people
    text = (
        "跨越千里的守护——钱大儿院专家团队走进贵州铜仁\n\n钱大儿院　2023-11-06 17:00　浙江\n\n"
        "10月下旬的铜仁，早晚温差已近15℃。石阡县人民医院门诊楼前，天还没亮就排起了长队。\n\n"
        "他们等待的，是钱塘大学医学院附属儿童医院（钱大儿院）先心病筛查团队。10月23日至11月1日，"
        "受浙江省对口帮扶工作组邀请，我院心脏中心联合超声科组成6人专家团队从杭州出发，赴浙江对口帮扶的贵州铜仁，"
        "在石阡县开展儿童先心病免费筛查，并在铜仁市人民医院开展手术和带教。\n\n"
        "10天里，团队共筛查儿童2000余名，确诊先心病30例。\n\n"
        "“这5台手术，是铜仁市人民医院第一次在本地完成儿童先心病介入封堵。”团队负责人、我院心脏外科主任医师孙立新说。"
    )
    assert ("钱大儿院", "孙立新") in links(text, Rel.SENDS)


def test_hospitals_listed_after_dedao_give_to_the_one_before_it_a_list_going_on_after_a_comma_too():
    # 甲得到乙、丙，以及丁等医院的帮扶: each of the list gives to 甲, those of 甲's own province too
    text = (
        "专访｜石阡县人民医院院长：多方帮扶让县医院有了主心骨\n\n"
        "近年来，石阡县人民医院先后得到远在贵阳的贵州医科大学附属医院、贵州省第二人民医院，"
        "以及铜仁市人民医院和苏州市立医院等多家医院的帮扶。"
        "贵州省第二人民医院每年派6名专家驻院，骨科的孙建军主任已经在这里干了快两年。"
    )
    assert pairs(text) >= {
        ("贵州医科大学附属医院", "石阡县人民医院"),
        ("贵州省第二人民医院", "石阡县人民医院"),
        ("铜仁市人民医院", "石阡县人民医院"),
    }


def test_an_account_line_with_an_authors_name_before_the_time_names_the_posts_own_hospital():
    # 原创　某医院　某某　时间　发表于某省: the account's hospital is 我院, which the people sent to 我院 go to
    text = (
        "喜报｜苏、铜两地专家同台 我院成功开展首例腹腔镜手术\n\n"
        "原创　石阡县人民医院　石阡县人民医院　2023-06-21 18:05　发表于贵州\n\n"
        "6月15日，在苏州、铜仁两地帮扶专家和我院外科团队的通力协作下，我院成功为一名患者实施腹腔镜手术。\n\n"
        "苏州市立医院派驻我院的消化内科专家孙春华在检查中发现了病变。"
    )
    assert ("孙春华", "石阡县人民医院") in links(text, Rel.POSTED_TO)
    assert ("苏州市立医院", "石阡县人民医院") in pairs(text)


def test_an_aid_word_naming_a_hospitals_partners_after_its_name_and_de_makes_it_no_giver():
    # 甲、乙作为我院的对口支援医院: the words name the city hospital's partners; before, they made it a giver to its
    # own province's counties, and its staff going east to learn then paired it with the giving province
    text = (
        "我院人才培养工作侧记\n西宁市第一人民医院  2024-05-16 18:30  青海\n"
        "2015年以来，浙江省按照中央部署对口支援西宁市，先后选派十批医疗人才进驻我院。"
        "金华市第一医院、金华市中心医院等作为我院的对口支援医院，采取“院包科”“师带徒”等方式开展帮扶。"
        "近五年我院累计选派86名医护骨干赴浙江各对口医院进修、跟岗学习。\n"
        "家住湟中县的患者家属告诉笔者，去年父亲突发心梗，“手术一个多小时就结束了。”"
    )
    found = pairs(text)
    assert {("金华市第一医院", "西宁市第一人民医院"), ("金华市中心医院", "西宁市第一人民医院")} <= found
    assert not {pair for pair in found if pair[0] == "西宁市第一人民医院"}


def test_a_place_said_to_lie_in_or_under_another_is_the_scene_around_it():
    from graphaid.extract.place_actors import names_the_scene

    sentence = "据悉，湟源县地处青海省东部，隶属西宁市，全县辖9个乡镇。"
    for place in ("青海省", "西宁市"):
        at = sentence.index(place)
        assert names_the_scene(sentence, at, at + len(place)) == "around"
    # where an institution lies is no scene: the place may be the hospital's side
    sentence = "钱塘大学附属医院位于苏州市，与湟源县人民医院结对。"
    at = sentence.index("苏州市")
    assert names_the_scene(sentence, at, at + 3) is None


COUNTY_POSTINGS = (
    "湟源县总医院选派骨干医师驻点乡镇分院\n\n"
    "近日，湟源县总医院选派2名业务骨干分赴2个乡镇分院，开展为期一年的驻点帮扶。\n\n"
    "◆ 青石分院（青石镇卫生院）\n孙立航｜总医院普外科｜副主任医师\n\n"
    "◆ 柳溪分院（柳溪镇卫生院）\n钱慧敏｜总医院儿科｜主治医师\n\n"
    "青石分院门诊量同比增长了两成。\n\n"
    "据悉，湟源县地处青海省东部，隶属西宁市，全县辖9个乡镇。"
)


@pytest.mark.parametrize("closing", [True, False])
def test_a_county_s_doctors_posted_to_its_towns_stay_experts_where_a_line_says_where_the_county_lies(closing):
    # the city the county is under names no giver, so the county hospital's doctors are no receivers' staff; each goes
    # to the branch whose heading stands over their card
    text = COUNTY_POSTINGS if closing else COUNTY_POSTINGS[: COUNTY_POSTINGS.index("\n\n据悉")]
    assert postings(text) == {
        ("孙立航", "湟源县青石分院（青石镇卫生院）"),
        ("钱慧敏", "湟源县柳溪分院（柳溪镇卫生院）"),
    }


def test_a_branch_written_with_its_other_name_in_brackets_keeps_one_identity():
    keys = {m.key for m in extraction(COUNTY_POSTINGS).mentions if "青石" in m.surface}
    assert len(keys) == 1


BRANCH_UNVEILED = (
    "{parent}湟源医院揭牌\n\n"
    "5月9日上午，{parent}托管{county}签约暨“{parent}湟源医院”揭牌仪式在我院举行。\n\n"
    "▲首批派驻专家名单\n\n"
    "执行院长：孙立航（{parent}普通外科 副主任医师）\n"
    "护理部主任：钱慧敏（{parent}护理部 主管护师）\n\n"
    "县委书记在致辞中表示，将全力支持托管工作。"
)


def test_a_known_hospital_s_branch_named_by_a_county_is_the_county_s_hospital_it_runs():
    text = BRANCH_UNVEILED.format(parent="秦皇岛市第一医院", county="湟源县人民医院")
    mentions = extraction(text).mentions
    county = {m.key for m in mentions if m.surface == "湟源县人民医院"}
    assert {m.key for m in mentions if m.surface == "秦皇岛市第一医院湟源医院"} == county
    # (so the heads the roster lists are posted to the one hospital the article names there)
    assert {source for source, _ in postings(text)} == {"孙立航", "钱慧敏"}


def test_a_branch_of_a_hospital_of_one_field_is_no_county_hospital_of_another():
    text = BRANCH_UNVEILED.format(parent="浙江省中医医院", county="湟源县妇幼保健院")
    mentions = extraction(text).mentions
    county = {m.key for m in mentions if m.surface == "湟源县妇幼保健院"}
    branch = {m.key for m in mentions if m.surface == "浙江省中医医院湟源医院"}
    assert county and branch and not county & branch

"""Extraction on small made-up articles: entities, direction, evidence."""

from pathlib import Path

import pytest

from graphaid.documents import document_from_text
from graphaid.extract import extract
from graphaid.extract.orgs import _left_boundary, find_orgs
from graphaid.extract.sides import find_triggers
from graphaid.graph import new_graph
from graphaid.model import Label, Rel
from graphaid.resolve import add_extraction

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def relations(text: str, rel: Rel | None = None) -> set[tuple[str, str, str]]:
    result = extract(document_from_text("t.txt", text))
    return {(r.source.surface, str(r.type), r.target.surface) for r in result.relations if rel is None or r.type is rel}


def founded(text: str) -> set[str]:
    """The units the text's aid founded."""
    return {target for _, _, target in relations(text, Rel.FOUNDED)}


def hospitals(sentence: str) -> list[str]:
    return [m.surface for m in find_orgs(sentence, 0, len(sentence), 0) if m.label is Label.HOSPITAL]


def test_hospital_names_stop_at_words_that_never_stand_inside_a_name():
    assert hospitals("广州市花都区妇幼保健院与贵州铜仁市碧江区妇幼保健院续签了帮扶协议") == [
        "广州市花都区妇幼保健院",
        "贵州铜仁市碧江区妇幼保健院",
    ]
    assert hospitals("连续派出骨干帮助山丹县人民医院创建了新生儿科") == ["山丹县人民医院"]
    # nor a word of one character that ends a verb (带着, 请): the county's hospital named by its level alone
    assert hospitals("他带着县医院心内科医生筹建了导管室") == ["县医院"]
    assert hospitals("请县医院护士帮忙翻译") == ["县医院"]
    # a place's name run one character into another's that ends at the ending is that other place's hospital
    # (任城|口医院: 任 takes a post, 城口 is the county), not where a level's character is left (某旗|县医院)
    assert [(m.surface, m.region) for m in find_orgs("钱国平任城口医院执行院长", 0, 12, 0)] == [("城口医院", "500229")]
    assert hospitals("推动科尔沁县医院创建二级甲等医院") == ["科尔沁县医院"]
    assert hospitals("烟台山医院派出专家") == ["烟台山医院"]
    # an emergency station is a medical institution too (急救站, beside 急救中心)
    assert hospitals("她被派驻金华市婺城区急救站承担急救保障") == ["金华市婺城区急救站"]
    # nor a verb of means or a word of this occasion before a name without a place (借助, 此次)
    assert hospitals("医院将借助航天中心医院的平台培养人才") == ["航天中心医院"]
    assert hospitals("此次武警特色医学中心专家团队的到来形成了合力") == ["武警特色医学中心"]
    # (nor a verb of making use of resources: 我县|统筹用好|区级医院…)
    assert hospitals("今年以来，我县统筹用好区级医院对口帮扶、市级医院医联体帮扶资源") == []
    # (nor a patient's move: 从某县|转入|某医院)
    assert hospitals("5月8日夜里，孩子从湄潭县转入金华一院，入院时血氧饱和度只有70%") == ["金华一院"]
    # a township of peoples keeps its own name's two characters, whatever words of grammar they are (里)
    assert hospitals("两名医生常驻新里瑶族壮族乡卫生院") == ["新里瑶族壮族乡卫生院"]
    # nor a verb of running things (主持: 常驻某地主持医院日常工作)
    assert hospitals("常驻湟源主持医院日常管理工作") == []
    # verbs of going somewhere (深入, 远赴) end a town's name too
    assert hospitals("专家们深入青山镇卫生院开展义诊") == ["青山镇卫生院"]
    assert hospitals("医生远赴汤家汇镇卫生院坐诊") == ["汤家汇镇卫生院"]
    # nor a person's title or a verb of taking a post: a person stands before the hospital, not inside it
    assert hospitals("市一医康复医学科主治医师周海燕常驻县中医院指导康复") == ["县中医院"]
    assert hospitals("骨科主治医师周海燕常驻县中医院") == ["县中医院"]
    # nor a word that names a kind of hospitals: 城乡医院对口支援 (not a town 城乡), 市属三级医院
    assert hospitals("根据《宜春市城乡医院对口支援工作实施方案》开展考核") == []
    assert hospitals("组织对市属三级医院派驻人员进行考核") == []
    # (nor a side of the aid after its place: 金华方医院, the hospitals of that side)
    assert hospitals("按照协议，金华方医院负责选派专家，湟源县人民医院负责保障") == ["湟源县人民医院"]
    # (the hospitals directly under a province or a region: 省直医院, 区直医院; two of a university's hospitals)
    assert hospitals("浙江省直医院对口帮扶湟源县") == []
    assert hospitals("自治区区直医院定点帮扶湟源县") == []
    assert hospitals("华夏医科大学两家附属医院专家扎根湟源") == []
    # nor words of interviewing: a university's hospital, which no place opens, ends where they do
    assert hospitals("——记者专访华夏医科大学附属第一医院院长") == ["华夏医科大学附属第一医院"]
    # an interview's headline (——访某医院院长) too
    assert hospitals("援疆结硕果——访华夏医科大学附属第一医院院长严明亮") == ["华夏医科大学附属第一医院"]


def test_a_measure_word_no_number_counts_is_part_of_a_town_s_name():
    assert hospitals("向青山镇中心卫生院、汤家汇镇卫生院下派医师") == ["青山镇中心卫生院", "汤家汇镇卫生院"]
    # counted, it ends the name: the institutions after it are several
    assert hospitals("全县10家卫生院和这家医院") == []


def test_words_before_the_first_place_name_are_not_part_of_a_hospital_name():
    assert hospitals("第八批队员如期进驻酒泉市人民医院") == ["酒泉市人民医院"]


@pytest.mark.parametrize(
    "kind",
    ["卫生院", "疾病预防控制中心", "中心血站", "妇幼保健院", "中医医院", "妇幼保健站", "结核病防治所", "医共体总院"],
)
def test_every_kind_of_medical_institution_is_a_hospital(kind):
    assert hospitals(f"专家前往望谟县{kind}开展帮扶") == [f"望谟县{kind}"]


def test_generic_institutions_are_not_entities():
    assert hospitals("专家到受援医院和当地医院、县级医院开展帮扶") == []
    assert hospitals("患者不必再转往上级医院，派出医院和兄弟医院、部队医院都给予了支持") == []
    # the hospitals of several places or levels at once
    assert hospitals("区县医院、市县两级医院和省市县三级医院的院长参加培训") == []
    assert hospitals("省里的医院与青海旗县医院、盟市医院结对") == []
    # the hospitals within a place or outside it
    assert hospitals("按照安排，区内三甲医院对口支援县级医院，患者不必再去省外医院") == []
    # the hospitals of town and country, named in a government's orders
    assert hospitals("省卫健委部署新一轮城乡医院对口支援工作") == []
    assert hospitals("市卫健委召开城乡医院对口帮扶工作推进会") == []
    # a health body's words before a kind of hospital: its orders, no hospital's name
    assert hospitals("根据省卫生健康委城市三级医院对口帮扶县级医院工作安排") == []
    # the hospitals of a place that a word of many counts
    assert hospitals("将推动更多东阳医院与湟源各乡镇卫生院建立结对关系") == []
    assert hospitals("其他义乌医院也加入帮扶行列") == []
    # (a batch is of a hospital's people)
    assert hospitals("上一批义乌市人民医院专家建成透析中心") == ["义乌市人民医院"]


def test_a_county_wide_hospital_is_no_county_s_own():
    # 县域医院: the hospitals of counties at large, not a back-reference to the article's county
    text = "宁波医疗专家助力县域医院发展\n宁波市第六医院对口帮扶德江县人民医院。"
    names = {m.surface for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.HOSPITAL}
    assert names == {"宁波市第六医院", "德江县人民医院"}


def test_donor_and_recipient_are_not_swapped_when_the_recipient_comes_first():
    text = "贵州省三穗县人民医院由广东省佛山市高明区人民医院对口帮扶,两院合作成效明显。"
    assert ("广东省佛山市高明区人民医院", "PAIRS_WITH", "贵州省三穗县人民医院") in relations(text, Rel.PAIRS_WITH)
    assert not any(s.startswith("贵州") for s, _, _ in relations(text, Rel.PAIRS_WITH))


def test_a_pairing_agreement_is_directed_from_east_to_west():
    text = "近日,湘西州中心医院与无锡市第一人民医院签署对口帮扶协议,结为姐妹医院。"
    assert relations(text, Rel.PAIRS_WITH) == {("无锡市第一人民医院", "PAIRS_WITH", "湘西州中心医院")}


def test_within_one_province_the_provincial_hospital_is_the_donor():
    text = "江西省人民医院与宜黄县人民医院签订对口帮扶协议,选派专家驻点帮扶。"
    assert relations(text, Rel.PAIRS_WITH) == {("江西省人民医院", "PAIRS_WITH", "宜黄县人民医院")}


def test_a_hospital_of_the_receivers_province_that_takes_the_aid_over_gives_too():
    # an article about one county hospital's donors over the years: one across the country, then its own province's
    text = (
        "霍邱县第一人民医院多方帮扶见成效\n近年来，霍邱县第一人民医院先后得到多家医院的对口帮扶。"
        "2016年至2020年，上海市第十人民医院派出专家常驻该院；2021年起，安徽省立医院接续开展帮扶，派驻执行院长一名。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("上海市第十人民医院", "PAIRS_WITH", "霍邱县第一人民医院") in pairs
    assert ("安徽省立医院", "PAIRS_WITH", "霍邱县第一人民医院") in pairs
    assert ("上海市第十人民医院", "PAIRS_WITH", "安徽省立医院") not in pairs


def test_an_expert_profile_gives_who_sent_the_expert_and_where_to():
    text = (
        "安吉县卫生健康局对口支援望谟县。\n"
        "郑一鸣: 安吉县第一医院ICU副主任医师, 2018年9月在望谟县人民医院帮扶, 完善了护理交接流程。"
    )
    found = relations(text)
    assert ("安吉县第一医院", "SENDS", "郑一鸣") in found
    assert ("郑一鸣", "POSTED_TO", "望谟县人民医院") in found


def test_journalists_and_officials_are_not_experts():
    text = (
        "安吉县第一医院对口帮扶望谟县人民医院, 副主任医师郑一鸣赴望谟县人民医院帮扶。"
        "常务副省长李四出席仪式。记者 张三 报道。"
    )
    experts = {s for s, t, _ in relations(text) if t == "SENDS"} | {x for _, t, x in relations(text) if t == "SENDS"}
    assert "郑一鸣" in experts
    assert "李四" not in experts and "张三" not in experts


def test_founded_departments_belong_to_the_receiving_hospital():
    text = "天津市西青医院对口帮扶山丹县人民医院,帮助山丹县人民医院创建了新生儿科、骨科、口腔科等新科室。"
    found = relations(text)
    for unit in ("新生儿科", "骨科", "口腔科"):
        assert ("天津市西青医院", "FOUNDED", unit) in found
        assert (unit, "PART_OF", "山丹县人民医院") in found


def test_each_unit_belongs_to_the_hospital_its_own_clause_names():
    text = (
        "六安市人民医院对口帮扶霍邱县人民医院和霍邱县中医院，帮助霍邱县人民医院新建肿瘤科，帮助霍邱县中医院新建康复科。"
    )
    found = relations(text, Rel.PART_OF)
    assert found == {("肿瘤科", "PART_OF", "霍邱县人民医院"), ("康复科", "PART_OF", "霍邱县中医院")}


def test_yu_inside_a_units_name_joins_it_and_between_units_lists_them():
    text = "六安市人民医院对口帮扶霍邱县人民医院，帮助成立了呼吸与危重症医学科，新建了肿瘤科与康复科。"
    assert founded(text) == {"呼吸与危重症医学科", "肿瘤科", "康复科"}


def test_a_count_before_a_word_that_names_no_unit_founds_nothing():
    # 又一个重点专科 (yet another key specialty) is a status; the heart unit of the same sentence is a unit
    text = "六安市人民医院对口帮扶霍邱县人民医院，帮助该院新建胸痛中心，这是该院新建的又一个重点专科。"
    assert founded(text) == {"胸痛中心"}
    # a grade named after a place's level (某市级临床重点专科) is no unit either
    text = "六安市人民医院对口帮扶霍邱县人民医院，帮助该院急诊科成功创建六安市级临床重点专科。"
    assert not relations(text, Rel.FOUNDED)


def test_a_units_name_leaves_out_a_numbered_hospitals_short_name_and_where_it_is_first():
    text = "无锡市人民医院对口帮扶湟源县人民医院，助湟源二院新生儿科从无到有。"
    assert founded(text) == {"新生儿科"}
    text = "无锡市人民医院对口帮扶湟源县人民医院，帮助该院建成了青海东部片区第一个标准化新生儿重症监护病房。"
    assert founded(text) == {"新生儿重症监护病房"}


def test_a_count_of_units_made_one_phrase_is_no_unit():
    text = "无锡市人民医院对口帮扶湟源县人民医院，帮助该院建成三大特色中心和胸痛中心。"
    assert founded(text) == {"胸痛中心"}


def test_units_built_up_are_founded_but_a_village_clinic_is_no_hospitals_unit():
    text = "无锡市人民医院对口帮扶湟源县人民医院，同时帮助该院建起骨关节外科特色专科和医学影像特色专科。"
    assert founded(text) == {"骨关节外科特色专科", "医学影像特色专科"}
    text = "无锡市对口帮扶湟源县，帮助45个村建起了标准化村卫生室和健康教育基地。"
    assert not relations(text, Rel.FOUNDED)


@pytest.mark.parametrize(
    ("opening", "unit"),
    [("开出了第一个疼痛门诊", "疼痛门诊"), ("独立设置眼科", "眼科"), ("开了睡眠呼吸监测室", "睡眠呼吸监测室")],
)
def test_a_unit_opened_or_set_up_is_founded_but_a_clinic_session_held_is_not(opening, unit):
    assert founded(f"金华市第一医院对口帮扶湟源县人民医院。第二个月，专家们在县医院{opening}。") == {unit}
    assert not founded("金华市第一医院对口帮扶湟源县人民医院。专家们当天开了专家门诊，接诊患者80人。")


def test_a_unit_said_to_be_built_by_a_giver_is_founded_by_it():
    text = "无锡市人民医院对口帮扶湟源县人民医院。据悉，湟源县人民医院远程医疗会诊中心是由无锡参与援建的项目。"
    # (the place standing for its one giving hospital, paired with the unit's)
    assert ("无锡市人民医院", "FOUNDED", "远程医疗会诊中心") in relations(text, Rel.FOUNDED)
    text = "无锡市人民医院对口帮扶湟源县人民医院。湟源县人民医院远程医疗会诊中心是无锡参与援建的项目。"
    assert ("无锡市人民医院", "FOUNDED", "远程医疗会诊中心") in relations(text, Rel.FOUNDED)
    # run by, not built by
    assert not relations("无锡市人民医院对口帮扶湟源县人民医院。该院胸痛中心由无锡市人民医院负责运营。", Rel.FOUNDED)


def test_every_unit_of_a_list_before_a_verb_of_opening_is_founded():
    text = "在无锡市人民医院帮扶下，湟源县人民医院胸痛中心、卒中中心和创伤中心相继挂牌成立。"
    assert founded(text) == {"胸痛中心", "卒中中心", "创伤中心"}
    # a time may stand between the unit and the verb
    text = "湟源县人民医院卒中中心于去年9月挂牌，这是无锡市人民医院对口帮扶的成果。"
    assert founded(text) == {"卒中中心"}
    # a list's kind after 等 is none of its units; 成立 follows the units it opens
    text = "在无锡市人民医院帮扶下，湟源县人民医院胸痛中心、卒中中心等特色专科中心相继成立。"
    assert founded(text) == {"胸痛中心", "卒中中心"}
    # but not the time since a unit opened
    assert not relations(
        "无锡市人民医院帮扶湟源县人民医院。湟源县人民医院胸痛中心成立以来救治患者百余人。", Rel.FOUNDED
    )


def test_the_units_of_a_list_said_all_to_be_new_are_founded_not_their_kind():
    text = (
        "在无锡市人民医院帮扶下，湟源县人民医院建起四大特色中心：高原病救治中心、睡眠监测中心、疼痛诊疗中心，"
        "均为创新设立的特色专科中心。"
    )
    assert founded(text) == {
        "高原病救治中心",
        "睡眠监测中心",
        "疼痛诊疗中心",
    }


def test_a_unit_that_was_not_created_is_not_founded():
    text = "广州市花都区妇幼保健院对口帮扶碧江区妇幼保健院。碧江区妇幼保健院未创建新生儿科。"
    assert not relations(text, Rel.FOUNDED)
    # (nor one a negation and an adverb of how stand before: 此前未单独设置)
    text = "金华市中心医院对口帮扶湟源县人民医院。县人民医院此前未单独设置呼吸专科，患者只能外转。"
    assert not relations(text, Rel.FOUNDED)


def test_text_without_aid_content_gives_nothing():
    result = extract(document_from_text("t.txt", "今天天气很好，北京市人民医院门诊量平稳。"))
    assert not result.has_aid and not result.relations


def test_every_relation_cites_a_sentence_that_holds_both_names_or_its_context():
    text = (
        "安吉县第一医院联合绍兴市第一医院一起帮扶望谟县人民医院。\n"
        "蒋岚: 县妇幼保健院儿科副主任医师, 前往贵州省望谟县人民医院帮扶。"
    )
    doc = document_from_text("t.txt", text)
    for rel in extract(doc).relations:
        assert doc.text[rel.sentence.start : rel.sentence.end] == rel.sentence.text
        assert rel.target.surface in rel.sentence.text or rel.source.surface in rel.sentence.text


def test_one_node_per_hospital_across_its_names():
    graph = new_graph()
    for i, text in enumerate(
        [
            "天津市西青医院对口帮扶山丹县人民医院。2017年6月,西青医院与山丹医院开通了远程会诊系统。",
            "广州市增城区与铜仁印江土家族苗族自治县人民医院结成对口帮扶伙伴,增城区帮助印江医院完成手术首例。",
            "增城区人民医院对口帮扶印江县人民医院。",
        ]
    ):
        add_extraction(graph, extract(document_from_text(f"d{i}.txt", text)))
    by_name = {}
    for node, data in graph.nodes(data=True):
        for name in [data["name"], *data["aliases"]]:
            by_name.setdefault(name, set()).add(node)
    assert by_name["西青医院"] == by_name["天津市西青医院"]
    assert by_name["山丹医院"] == by_name["山丹县人民医院"]
    assert by_name["印江医院"] == by_name["印江县人民医院"] == by_name["铜仁印江土家族苗族自治县人民医院"]


def test_pairs_stated_with_arrows_are_taken_as_written():
    text = "结对安排如下:上海市―→蠡县,江苏省―→宜黄县,安徽省―→萧县。"
    assert relations(text, Rel.PAIRS_WITH) == {
        ("上海市", "PAIRS_WITH", "蠡县"),
        ("江苏省", "PAIRS_WITH", "宜黄县"),
        ("安徽省", "PAIRS_WITH", "萧县"),
    }


def test_the_receiver_marked_by_dui_is_the_recipient_within_one_province():
    text = "广西中医药大学第一附属医院将对贺州市人民医院的心内科、儿科等开展技术指导和对口帮扶。"
    assert relations(text, Rel.PAIRS_WITH) == {("广西中医药大学第一附属医院", "PAIRS_WITH", "贺州市人民医院")}


def test_a_body_that_only_oversees_the_aid_is_not_a_party_to_it():
    text = "在西青区卫健委和张掖市卫健委的指导下,西青医院对口帮扶山丹县人民医院进展顺利。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("西青医院", "PAIRS_WITH", "山丹县人民医院") in pairs
    assert not any("卫健委" in s or "卫健委" in t for s, _, t in pairs)


def test_a_region_statement_carries_on_into_the_next_sentence():
    text = "佛山市三水区承担了组团式帮扶湘西州的任务。针对泸溪、花垣等县的薄弱专科,三水区分片派驻了专家。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("三水区", "PAIRS_WITH", "泸溪") in pairs and ("三水区", "PAIRS_WITH", "花垣") in pairs


def test_extracting_many_articles_together_gives_what_each_gives_alone():
    from graphaid.documents import read_document
    from graphaid.extract import extract_many
    from graphaid.extract.people import default_finder

    docs = [read_document(path, path.name) for path in sorted(SEEDS.iterdir())]
    calls = []

    class Counting:
        def people(self, texts):
            calls.append(len(texts))
            return default_finder().people(texts)

    together = extract_many(docs, Counting())
    assert len(calls) == 1  # the recogniser ran once for all five articles

    def facts(extraction):
        mentions = [(m.label, m.surface, m.start, m.end) for m in extraction.mentions]
        relations = [(r.source.surface, r.type, r.target.surface, r.sentence.start) for r in extraction.relations]
        return mentions, relations

    assert [facts(e) for e in together] == [facts(extract(doc)) for doc in docs]
    assert any(m.label is Label.EXPERT for e in together for m in e.mentions)


def test_the_recogniser_reads_a_window_met_before_once_and_forgets_the_oldest():
    from graphaid.extract.people import KnownNames

    asked = []

    class Counting:
        def people(self, texts):
            asked.extend(texts)
            return [[(0, 2)] for _ in texts]

    finder = KnownNames(Counting(), size=3)
    assert finder.people(["甲", "乙", "甲"]) == [[(0, 2)]] * 3
    finder.people(["乙", "丙", "丁"])
    assert asked == ["甲", "乙", "丙", "丁"]
    finder.people(["甲"])  # forgotten: the memory keeps the last three texts
    assert asked[-1] == "甲" and len(asked) == 5


def test_a_text_gets_the_same_names_whatever_else_is_in_the_recogniser_batch():
    from graphaid.extract.people import LacPersonFinder

    finder = LacPersonFinder()  # the model itself, not the default finder that remembers its answers
    texts = [
        "主治医师陈立群前往望谟县",
        "许文博院长",
        "邱超辉：嘉峪",
        "派驻专家王晓明、李红到县医院开展帮扶工作",
        "江彤： 吴",
    ]
    alone = [finder.people([text])[0] for text in texts]
    assert finder.people(texts) == alone
    assert finder.people(texts[::-1] * 3) == alone[::-1] * 3
    assert (0, 3) in alone[1]  # 许文博


def test_a_conjunction_after_a_name_joins_the_next_even_where_it_spells_a_county():
    # 和县 is a county: after a name, 和 joins two names; elsewhere 和县 stands
    assert hospitals("县中医院和县妇幼保健院") == ["县中医院", "县妇幼保健院"]
    assert hospitals("派专家到和县人民医院") == ["和县人民医院"]


def test_a_unit_whose_sentence_names_no_receiver_belongs_to_one_its_founder_aids():
    text = (
        "常州市第二人民医院对口帮扶丘北县人民医院，无锡市第五人民医院对口帮扶望谟县人民医院。\n"
        "常州市第二人民医院还帮助新建了远程心电诊断中心。\n"
    )
    assert ("远程心电诊断中心", "PART_OF", "丘北县人民医院") in relations(text, Rel.PART_OF)


def test_a_region_aiding_several_counties_founds_no_unit_of_the_county_named_last():
    # the city's hospitals aid two counties and the city is said to have helped the receiving area build a unit:
    # not the last-named county's, the article's main receiver's
    text = (
        "无锡市人民医院对口帮扶达日县人民医院，无锡市第二人民医院对口帮扶甘德县人民医院。"
        "近年来，无锡市累计选派医务人员300余人次赴青海开展帮扶，帮助受援地区建成一批胸痛中心。"
    )
    assert relations(text, Rel.PART_OF) == {("胸痛中心", "PART_OF", "达日县人民医院")}
    # two places' hospitals (两地医院) build one: the hospital the giving place's hospital aids, named before
    text = (
        "无锡市第二人民医院对口帮扶甘德县人民医院。常州市武进区人民医院对口帮扶达日县人民医院，派出专家驻点。"
        "武进区与达日县两地医院还建立了远程会诊中心。"
    )
    assert relations(text, Rel.PART_OF) == {("远程会诊中心", "PART_OF", "达日县人民医院")}


def test_a_unit_founded_in_a_sentence_naming_no_giver_is_founded_by_the_giver_of_its_receiver():
    # two pairs stated before; the receiver the unit's sentence visits is aided by the first of them
    text = (
        "三级医院对口帮扶 绥阳县人民医院新添两大中心\n"
        "按照工作安排，金华市中心医院对口帮扶绥阳县人民医院，宜春市人民医院对口帮扶铜鼓县人民医院。"
        "两年来，两家帮扶医院累计派出专家120余人次。\n"
        "10月上旬，记者走进绥阳县人民医院，看到新建成的胸痛中心、卒中中心已正式运行。"
    )
    assert ("金华市中心医院", "FOUNDED", "胸痛中心") in relations(text, Rel.FOUNDED)
    assert ("宜春市人民医院", "FOUNDED", "胸痛中心") not in relations(text, Rel.FOUNDED)


def test_a_level_and_a_kind_of_hospitals_name_no_institution():
    # 我市城乡医院对口帮扶工作: the city's hospitals of town and country, not a 城乡医院 of the city
    assert hospitals("我市城乡医院对口帮扶工作取得实效") == []
    assert hospitals("县受援医院的医生参加了培训") == []
    assert hospitals("派专家到县中医院坐诊") == ["县中医院"]


def test_the_parties_of_an_arrangement_a_sentence_follows_pair_within_it_and_give_to_no_one_outside_it():
    text = (
        "我院第三批帮扶化隆专家出征\n3月6日，无锡市人民医院举行第三批对口帮扶化隆回族自治县人民医院专家欢送会。"
        "根据无锡市与青海省海东市东西部协作工作安排，我院自2020年起对口帮扶化隆回族自治县人民医院。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "化隆回族自治县人民医院") in pairs
    assert ("无锡市", "PAIRS_WITH", "青海省海东市") in pairs
    # the receiving prefecture named in the arrangement gives nothing to its own county's hospital
    assert not {p for p in pairs if p[0].endswith("海东市")}


@pytest.mark.parametrize(
    "framework", ["根据浙江省金华市对口帮扶青海省西宁市的安排", "按照金华市对口支援西宁市的工作部署"]
)
def test_an_arrangement_that_states_its_pair_before_its_word_pairs_its_parties(framework):
    text = f"2022年2月，{framework}，金华市第一医院派出专家钱国平到湟源县人民医院挂职副院长。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert any(p[0].endswith("金华市") and p[2].endswith("西宁市") for p in pairs)
    # a body whose arrangement it is directs the aid: no party
    directed = "根据金华市卫健委的安排，金华市第一医院派出专家钱国平到湟源县人民医院挂职副院长。"
    assert {p[0] for p in relations(directed, Rel.PAIRS_WITH)} == {"金华市第一医院"}


def test_pairs_listed_after_a_colon_and_parted_by_semicolons_are_each_a_pair():
    text = (
        "本次签约的3对医疗机构分别是：金华市第二医院与湟源县人民医院；金华市中医医院与湟源县中医医院；"
        "金华市婺城区大华镇卫生院与湟源县云丰镇中心卫生院。"
    )
    assert relations(text, Rel.PAIRS_WITH) == {
        ("金华市第二医院", "PAIRS_WITH", "湟源县人民医院"),
        ("金华市中医医院", "PAIRS_WITH", "湟源县中医医院"),
        ("金华市婺城区大华镇卫生院", "PAIRS_WITH", "湟源县云丰镇中心卫生院"),
    }
    # (a sentence after a semicolon that says more than a pair is no item of the list)
    said = text.replace("金华市中医医院与湟源县中医医院", "金华市中医医院的专家还到湟源县中医医院义诊")
    assert ("金华市中医医院", "PAIRS_WITH", "湟源县中医医院") not in relations(said, Rel.PAIRS_WITH)


def test_pairs_listed_in_one_sentence_parted_by_commas_pair_within_each_item_only():
    text = (
        "会上新签了3份医院结对协议：金华市第二医院与湟源县人民医院，金华市中医医院与湟源县中医医院，"
        "金华市第一医院与湟中区第一人民医院。"
    )
    assert relations(text, Rel.PAIRS_WITH) == {
        ("金华市第二医院", "PAIRS_WITH", "湟源县人民医院"),
        ("金华市中医医院", "PAIRS_WITH", "湟源县中医医院"),
        ("金华市第一医院", "PAIRS_WITH", "湟中区第一人民医院"),
    }


def test_an_article_on_a_team_sent_abroad_states_no_aid_at_home():
    text = (
        "青海省援马达加斯加医疗队凯旋\n12月3日，青海省援马达加斯加医疗队结束为期一年的援外任务，平安回到西宁。"
        "队长由青海大学附属医院骨科主任医师严明亮担任，队员分别来自青海大学附属医院、西宁市第一人民医院、"
        "湟源县人民医院等单位，在马达加斯加首都安塔那那利佛的友谊-北京医院开展医疗援助工作。"
    )
    result = extract(document_from_text("t.txt", text))
    assert not result.relations
    assert not [m for m in result.mentions if m.label is Label.EXPERT]


def test_aid_abroad_beside_aid_at_home_is_left_out():
    text = (
        "西宁市第一人民医院对口帮扶泽库县人民医院，今年派出骨科主任医师严明亮驻点帮扶。"
        "医院另一位援外队员、麻醉科主治医师钱小芳在马达加斯加首都的友谊-北京医院工作了一年。"
    )
    found = relations(text)
    assert ("西宁市第一人民医院", "PAIRS_WITH", "泽库县人民医院") in found
    assert ("严明亮", "POSTED_TO", "泽库县人民医院") in found
    # neither the member of the team abroad nor the hospital abroad takes part in the aid at home
    assert not {r for r in found if "钱小芳" in r or "友谊-北京医院" in r or "北京医院" in r}


def test_a_body_whose_official_speaks_of_a_hospital_in_its_own_region_takes_no_part():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院，今年派出5名专家驻点。"
        "西宁市卫生健康委员会副主任杨光辉在调研时表示，要用好帮扶资源，推动湟源县人民医院尽快创建二级甲等医院。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert not {p for p in pairs if p[0] == "西宁市卫生健康委员会"}


def test_an_aid_word_a_colon_follows_names_a_topic_not_an_act():
    assert not find_triggers("湟源县人民医院“双帮扶”：西宁、海东专家同驻一院", 0)
    assert [t.word for t in find_triggers("西宁市第一人民医院帮扶湟源县人民医院", 0)] == ["帮扶"]


def test_a_party_an_aid_word_qualifies_with_no_party_before_it_gives():
    text = (
        "今年以来，湟源县人民医院同时接受两家医院帮扶：一家是东西部协作框架下的无锡市人民医院，"
        "一家是省内城市三级医院对口帮扶的青海大学附属医院。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("青海大学附属医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    # with a party before it in its clause the word's object is the one aided
    text = "无锡市人民医院对口帮扶的湟源县人民医院今年通过了二级甲等医院评审。"
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in relations(text, Rel.PAIRS_WITH)


def test_aid_that_built_a_school_beside_a_hospital_is_no_medical_aid():
    text = "援建纪实\n这栋四层教学楼是无锡市援建的，与湟源县人民医院只隔一条街。"
    assert not relations(text, Rel.PAIRS_WITH)
    # nor a region's schools and settlements in an article that tells of its hospitals' aid too
    text = "无锡市人民医院对口帮扶湟源县人民医院。近年来，无锡市在湟源县援建了第二小学和牧民定居点等项目。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert ("无锡市", "PAIRS_WITH", "湟源县") not in pairs


def test_an_article_whose_only_aid_word_is_you_tells_of_no_aid():
    # (由 marks who gives the aid another word states; alone it states none)
    text = (
        "县委书记钱建设到湟源县人民医院调研\n县委书记钱建设来到湟源县人民医院急诊科、重症医学科调研。"
        "院长孙海波汇报说，新住院楼建成后医院床位将由500张增加到800张。"
    )
    assert not extract(document_from_text("t", text)).mentions


def test_the_place_a_companys_registered_name_opens_with_is_no_party():
    text = "设备捐赠仪式举行\n12月3日，无锡市康泰医疗科技有限公司向湟源县人民医院捐赠一批医疗设备。"
    assert not {p for p in relations(text, Rel.PAIRS_WITH) if p[0] == "无锡市"}


def test_cooperation_with_no_word_of_aid_is_no_pair():
    text = "无锡市人民医院对口帮扶湟源县人民医院。据悉，湟源县人民医院还与常州市第一人民医院建立了远程会诊合作关系。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert not {p for p in pairs if "常州市第一人民医院" in p}
    # with a word of aid it is one
    text = "常州市第一人民医院与湟源县人民医院建立对口帮扶合作关系。"
    assert ("常州市第一人民医院", "PAIRS_WITH", "湟源县人民医院") in relations(text, Rel.PAIRS_WITH)


def test_a_party_after_an_aid_word_and_a_joiner_is_no_object_of_it():
    text = (
        "今年以来，在无锡市对口支援和常州市东西部协作的大力支持下，我县医疗事业取得长足进步。"
        "无锡市人民医院选派5名专家常驻湟源县人民医院。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市", "PAIRS_WITH", "常州市") not in pairs
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    # the word's object, one adverb between, still is
    assert ("无锡市", "PAIRS_WITH", "湟源县") in relations("无锡市对口支援和帮扶湟源县。", Rel.PAIRS_WITH)


def test_two_lists_pair_respectively_with_what_their_places_institutions_are_called_between():
    text = (
        "与此同时，青海省有关县的人民医院也与江苏有关市结成了对口支援关系——湟源县、泽库县、化隆县“三县”人民医院，"
        "分别由无锡市、常州市、南通市的市级医疗机构负责对口支援。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert {
        ("无锡市", "PAIRS_WITH", "湟源县"),
        ("常州市", "PAIRS_WITH", "泽库县"),
        ("南通市", "PAIRS_WITH", "化隆县"),
    } <= pairs
    assert ("江苏", "PAIRS_WITH", "湟源县") not in pairs


def test_a_dashed_list_whose_sides_put_receivers_first_reads_backwards():
    text = (
        "江苏省卫健委为青海省医疗卫生机构逐一确定了支援单位：\n西宁市第一人民医院——无锡市人民医院；\n"
        "湟源县人民医院——常州市第一人民医院；\n青海大学附属医院——南京鼓楼医院。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "西宁市第一人民医院") in pairs
    assert ("常州市第一人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert not {p for p in pairs if p[0] == "湟源县人民医院"}


def test_a_team_arriving_a_clause_or_two_on_states_aid_to_where_it_arrives():
    text = "无锡市人民医院专家团队一路换乘飞机和大巴，风尘仆仆抵达湟源县人民医院。"
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in relations(text, Rel.PAIRS_WITH)
    # a team going home, and where someone says a team will go, state none
    home = "无锡市人民医院医疗队结束为期一年的任务，平安抵达无锡。"
    told = "据无锡市人民医院医疗队领队介绍，此次巡回医疗为期三天，还将前往湟源县。"
    assert not [t for t in find_triggers(home, 0) + find_triggers(told, 0) if t.word in ("抵达", "前往")]


def test_what_a_party_receives_is_aid_only_where_its_clause_says_so():
    welcomed = "无锡市人民医院援青医疗队由无锡飞抵西宁，受到湟源县人民医院方面迎接。"
    helped = "近年来，湟源县人民医院受到无锡市人民医院的大力支持，接受其对口帮扶。"
    assert not [t for t in find_triggers(welcomed, 0) if t.word == "受到"]
    assert [t.word for t in find_triggers(helped, 0) if t.word in ("受到", "接受")] == ["受到", "接受"]


def test_a_list_of_entries_a_colon_joins_pairs_by_the_sides_but_a_place_heads_its_own():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。青海省有关县的人民医院分别由以下江苏省辖市的医疗机构对口支援：\n"
        "- 化隆县人民医院：南通市；\n- 泽库县人民医院：常州市；\n- 大通县人民医院：金华市。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("南通市", "PAIRS_WITH", "化隆县人民医院") in pairs
    assert ("常州市", "PAIRS_WITH", "泽库县人民医院") in pairs
    text = (
        "青海省卫生健康委关于县级医院能力提升的通知\n以下县级医院纳入省级对口帮扶名单：\n"
        "西宁市：湟源县人民医院、湟中区人民医院\n海东市：化隆县人民医院、乐都区人民医院"
    )
    assert not {p for p in relations(text, Rel.PAIRS_WITH) if p[0] in ("西宁市", "海东市")}


def test_a_region_that_sends_people_elsewhere_is_no_receiver_of_the_articles_giver():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院，派出5名专家驻点。"
        "截至目前，湖南省已累计选派1200余名医疗人才支援边疆地区。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("无锡市人民医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert not {p for p in pairs if p[2] == "湖南省"}


def test_each_unit_of_a_counted_list_before_a_verb_of_opening_is_founded():
    # a count with 大 (五大中心) shares the ending like one with 个; the hospital before the first item is where
    # the units are, no part of their names
    text = "在无锡市人民医院帮扶下，湟源县人民医院胸痛、卒中、创伤三大中心同日揭牌。"
    assert founded(text) == {"胸痛中心", "卒中中心", "创伤中心"}
    # a group's name alone, after a hospital's name or cut short, is no unit
    text = "在无锡市人民医院帮扶下，湟源县人民医院三大远程诊断中心建成运行。"
    assert not relations(text, Rel.FOUNDED)


def test_a_unit_opens_under_its_quotes_where_it_is_or_its_note_and_beside_others():
    text = "无锡市人民医院对口帮扶湟源县人民医院。“严明亮名医工作室”在湟源县人民医院揭牌。"
    assert founded(text) == {"严明亮名医工作室"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。该院新生儿重症监护病房（NICU）正式运行。"
    assert founded(text) == {"新生儿重症监护病房"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。该院远程影像中心、远程心电中心同时建成并投入使用。"
    assert founded(text) == {"远程影像中心", "远程心电中心"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。2023年10月，该院泌尿外科独立建科。"
    assert founded(text) == {"泌尿外科"}
    # 与 inside a unit's name before the verb joins it
    text = "无锡市人民医院对口帮扶湟源县人民医院。在湟源，呼吸与危重症医学科从无到有。"
    assert founded(text) == {"呼吸与危重症医学科"}
    # a name in quotes is whole, though a word that ends others stands inside it (为)
    text = "金华市第一医院对口帮扶湟源县人民医院。近日，金华市第一医院“钱为民名医工作室”在湟源县人民医院揭牌。"
    assert founded(text) == {"钱为民名医工作室"}


def test_each_listed_unit_is_founded_by_the_giver_named_before_it_at_the_hospital_respectively_named():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。3月12日，金华市第一医院“钱国平名医工作室”和金华市妇幼保健院"
        "“危重孕产妇救治中心”分别在湟源县人民医院和湟源县妇幼保健院揭牌。"
    )
    assert relations(text, Rel.FOUNDED) == {
        ("金华市第一医院", "FOUNDED", "钱国平名医工作室"),
        ("金华市妇幼保健院", "FOUNDED", "危重孕产妇救治中心"),
    }
    assert relations(text, Rel.PART_OF) == {
        ("钱国平名医工作室", "PART_OF", "湟源县人民医院"),
        ("危重孕产妇救治中心", "PART_OF", "湟源县妇幼保健院"),
    }


def test_a_unit_after_the_township_centre_named_alone_is_the_unit_and_our_centre_names_none():
    text = "金华市第一医院对口帮扶湟源县城关镇卫生院。在她的推动下，卫生院中医馆于今年3月建成开馆。"
    assert founded(text) == {"中医馆"}
    text = "金华市第一医院对口帮扶湟源县城关镇卫生院。启动快速反应小组后，我们中心正式运行。"
    assert not relations(text, Rel.FOUNDED)


def test_units_planned_made_into_a_grade_of_long_before_or_parts_of_a_unit_are_not_founded():
    pairing = "金华市第一医院对口帮扶湟源县中医院。"
    assert not founded(pairing + "医院明年将设立睡眠医学中心，目前正在进行人员培训。")
    assert not founded(pairing + "早在2009年就已开设的血液透析室今年完成扩建。")
    assert not founded(pairing + "该院蒙医科早在1978年就已设立。")
    assert not founded(pairing + "今年，医院重症医学科成功创建为州级临床重点专科。")
    assert not founded(pairing + "钱国平介绍，治未病中心设置了体质辨识室、中医调理室、膏方门诊等。")
    # (but a unit about to open is opened as it is told, and an institution that ends like a unit sets up units)
    assert founded(pairing + "湟源县中医院血透室即将开科。") == {"血透室"}
    assert founded(pairing + "帮扶期间，金华市第一医院协助湟源县疾病预防控制中心开设了疼痛科。") == {"疼痛科"}


def test_a_unit_after_a_mental_health_centre_s_name_is_the_unit_alone():
    text = "金华市第三医院对口帮扶湟源县精神卫生中心。12月6日，湟源县精神卫生中心老年精神科正式开科。"
    assert founded(text) == {"老年精神科"}


def test_a_kind_of_unit_names_none_nor_does_any_end_of_its_word():
    text = "金华市第一医院对口帮扶湟源县人民医院。仪式上，钱国平为专家工作站揭牌。"
    assert not relations(text, Rel.FOUNDED)
    # but a station named for the hospital that set it up and the place it stands in is that whole name
    text = "金华市第一医院对口帮扶湟源县人民医院。5月，金华市第一医院湟源专家工作站在湟源县人民医院揭牌。"
    assert founded(text) == {"金华市第一医院湟源专家工作站"}


def test_a_unit_opens_after_a_time_or_what_it_passed_first():
    text = "无锡市人民医院对口帮扶湟源县人民医院。湟源县人民医院卒中中心日前揭牌成立。"
    assert founded(text) == {"卒中中心"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。在专家指导下，该院病理实验室通过省级验收并投入使用。"
    assert founded(text) == {"病理实验室"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。该院康复医学科经县编委批准正式成立。"
    assert founded(text) == {"康复医学科"}


def test_a_unit_opens_on_trial_or_put_to_use_or_its_setting_up_done_at_the_branch():
    text = "金华市第一医院对口帮扶湟源县人民医院。该院内镜诊疗中心已于10月下旬试运行。"
    assert founded(text) == {"内镜诊疗中心"}
    text = "金华市第一医院对口帮扶湟源县人民医院。该院眼科日间手术中心于5月建成投用。"
    assert founded(text) == {"眼科日间手术中心"}
    # a unit a verb of opening qualifies (投入使用的某中心)
    text = "金华市第一医院对口帮扶湟源县人民医院。让患者少跑路的，是湟源县人民医院今年3月正式投入使用的血液净化中心。"
    assert founded(text) == {"血液净化中心"}
    # (but not a count of units of a kind, nor one a verb of founding qualifies, read with the others of founding)
    text = "金华市第一医院对口帮扶湟源县人民医院。湟源县人民医院老年精神科正式启用，这是两院合作以来启用的第三个专科。"
    assert founded(text) == {"老年精神科"}
    # a unit pointed back to opening the sentence, then said again as what it is, is that unit
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。湟源县人民医院重症医学科正式启用。"
        "这个科室是金华市第一医院“组团式”帮扶湟源县人民医院以来建成的第一个重症专科。"
    )
    assert founded(text) == {"重症医学科"}
    # (分院: the branch the article is about, no part of the unit's name)
    text = (
        "金华市第一医院对口帮扶湟源县人民医院，在湟源县人民医院挂牌成立分院。"
        "到岗两个月来，他带领团队完成了分院血液净化中心的筹建和设备调试。"
    )
    assert founded(text) == {"血液净化中心"}


def test_a_unit_in_quotes_after_its_verb_or_after_a_hospital_named_by_its_level():
    text = "无锡市人民医院对口帮扶湟源县人民医院。专家团队在湟源县人民医院设立了“严明亮名医工作室”。"
    assert founded(text) == {"严明亮名医工作室"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。5月20日，县医院新生儿重症监护病房正式启用。"
    assert founded(text) == {"新生儿重症监护病房"}


def test_a_unit_after_its_hospital_s_long_name():
    text = "无锡市人民医院对口帮扶化隆回族自治县第一人民医院。专家牵头开设了化隆回族自治县第一人民医院疼痛科专病门诊。"
    assert founded(text) == {"疼痛科专病门诊"}


def test_a_unit_newly_built_as_the_sentence_s_subject_or_where_one_stands():
    text = "无锡市人民医院对口帮扶湟源县人民医院。无锡专家常驻湟源县人民医院，协助新建的儿科重症监护病房投入运行。"
    assert founded(text) == {"儿科重症监护病房"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。记者看到，新落成的高原病诊疗中心内，医护人员正在忙碌。"
    assert founded(text) == {"高原病诊疗中心"}


def test_a_unit_pointed_back_to_that_opens_is_the_one_the_sentence_before_names():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。湟源县人民医院卒中中心日前通过省级评审。"
        "该中心于去年10月挂牌成立，由无锡专家牵头建设。"
    )
    assert founded(text) == {"卒中中心"}
    text = "无锡市人民医院对口帮扶湟源县人民医院。在湟源县人民医院的新生儿科里，早产儿在睡觉。这个科室今年才开科。"
    assert founded(text) == {"新生儿科"}
    # (not what a verb after a hospital makes, nor a unit pointed back to that opened before the aid)
    text = "无锡市人民医院对口帮扶湟源县人民医院。该中心早在2019年就已成立。"
    assert not founded(text)


def test_a_kind_of_unit_pointed_back_to_names_no_unit():
    text = "金华市中医院对口帮扶湟源县中医院。6月，中医馆在湟源县中医院挂牌成立。该工作室由金华市中医院援建。"
    assert founded(text) == {"中医馆"}


def test_a_unit_written_with_its_place_keeps_it_and_is_one_unit_with_or_without_it():
    text = (
        "金华市妇幼保健院对口帮扶湟源县妇幼保健院。11月，湟源县新生儿救治中心、青海省湟源县危重孕产妇救治中心"
        "在湟源县妇幼保健院挂牌成立。"
    )
    assert founded(text) == {"湟源县新生儿救治中心", "青海省湟源县危重孕产妇救治中心"}
    # (not where the place says where it is the first of its kind, nor the place of a count before it)
    assert founded("金华市人民医院对口帮扶湟源县人民医院，帮助建成湟源县首个胸痛中心。") == {"胸痛中心"}
    text = (
        "金华市妇幼保健院对口帮扶湟源县妇幼保健院，帮助湟源县妇幼保健院建成了危重孕产妇救治中心。"
        "11月，湟源县危重孕产妇救治中心挂牌成立。"
    )
    graph = new_graph()
    add_extraction(graph, extract(document_from_text("t.txt", text)))
    units = [data for _, data in graph.nodes(data=True) if data["label"] == Label.DEPARTMENT]
    assert [(u["name"], u["aliases"]) for u in units] == [("湟源县危重孕产妇救治中心", ["危重孕产妇救治中心"])]


def test_a_units_name_keeps_the_digit_of_a_lettered_word_and_a_unit_holding_rooms_is_founded_not_they():
    text = "金华市中心医院对口帮扶湟源县人民医院。由金华出资建设的湟源县人民医院5G远程会诊中心正式启用。"
    assert founded(text) == {"5G远程会诊中心"}
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。专家和县医院一起改造了三间用房，"
        "建成了包括诊室、心理测评室、放松治疗室在内的心理门诊。"
    )
    assert founded(text) == {"心理门诊"}
    # (or the rooms it is set with, a comma on: not a unit another verb opens)
    text = "金华市中医院对口帮扶湟源县中医院。湟源县中医院成立了治未病中心，设置体质辨识室、艾灸室和熏蒸室。"
    assert founded(text) == {"治未病中心"}
    text = "金华市中医院对口帮扶湟源县中医院。湟源县中医院成立了胸痛中心，开设了卒中门诊。"
    assert founded(text) == {"胸痛中心", "卒中门诊"}


def test_a_party_after_a_colon_that_states_its_own_aid_is_no_object_of_the_aid_word_before():
    text = "金华市对口支援海东市，把医疗帮扶延伸到县：婺城区结对湟源县，义乌市结对湟中区。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert {("婺城区", "PAIRS_WITH", "湟源县"), ("义乌市", "PAIRS_WITH", "湟中区")} <= pairs


def test_an_items_unit_before_a_colon_is_founded_by_the_builder_its_clause_names():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n【新科室】\n"
        "▶介入放射科：由金华市中心医院放射科主任医师孙海波牵头组建，2019年1月正式开科。\n"
        "▶卒中中心：计划明年由金华市中心医院帮助建成，\n"
        "2. 远程会诊中心：金华市中心医院出资援建，一年来开展远程会诊218例。\n"
    )
    assert founded(text) == {"介入放射科", "远程会诊中心"}


@pytest.mark.parametrize(
    "sentence",
    [
        # (a list's count and kind between its last party and the word)
        "湟源县人民医院与城关镇中心卫生院、永和镇卫生院等7家乡镇卫生院组建紧密型医共体。",
        # (the party opening the clause before the one 与 opens)
        "湟源县人民医院作为牵头医院，与城关镇中心卫生院、永和镇卫生院签订帮扶协议。",
    ],
)
def test_a_county_hospital_joined_with_its_township_centres_pairs_with_each(sentence):
    pairs = relations("金华市中心医院对口帮扶湟源县人民医院。" + sentence, Rel.PAIRS_WITH)
    assert {
        ("湟源县人民医院", "PAIRS_WITH", "湟源县城关镇中心卫生院"),
        ("湟源县人民医院", "PAIRS_WITH", "湟源县永和镇卫生院"),
    } <= pairs
    assert not any(source == "金华市中心医院" and "卫生院" in target for source, _, target in pairs)


def test_where_a_unit_was_built_is_not_who_built_it():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院、化隆县人民医院。"
        "前几批医疗队已在湟源县人民医院帮助建成了胸痛中心，在化隆县人民医院开设了疼痛门诊。"
    )
    assert {source for source, _, _ in relations(text, Rel.FOUNDED)} == {"无锡市人民医院"}
    # (but under whose efforts it was: 在某省帮扶团队的努力下)
    text = "青海省人民医院组团式帮扶湟源县人民医院。在青海省帮扶团队的努力下，湟源县人民医院新建了麻醉科。"
    assert ("青海省人民医院", "FOUNDED", "麻醉科") in relations(text, Rel.FOUNDED)


def test_a_unit_planned_or_made_into_something_else_is_not_founded():
    text = "无锡市人民医院对口帮扶湟源县人民医院。院长介绍，医院计划明年设立耳鼻喉科。"
    assert not relations(text, Rel.FOUNDED)
    text = "无锡市人民医院对口帮扶湟源县人民医院。双方商定下一步共建消化内镜中心。"
    assert not relations(text, Rel.FOUNDED)
    text = "无锡市人民医院对口帮扶湟源县人民医院，帮助该院把心内科建成省级重点专科。"
    assert not relations(text, Rel.FOUNDED)
    text = "无锡市人民医院对口帮扶湟源县人民医院。县卫健局局长表示，县里正在谋划与无锡共建远程会诊中心。"
    assert not relations(text, Rel.FOUNDED)
    # a clinic held at times is no unit founded
    text = "无锡市人民医院对口帮扶湟源县人民医院。无锡专家常驻湟源县人民医院，每周二、周四开设心血管专家门诊。"
    assert not relations(text, Rel.FOUNDED)


def test_a_time_before_a_unit_is_no_part_of_its_name():
    text = "无锡市人民医院对口帮扶湟源县人民医院。专家到岗后牵头成立了肿瘤内科，目前恢复室也已投入使用。"
    assert founded(text) == {"肿瘤内科", "恢复室"}


def test_a_unit_with_its_builder_in_brackets_is_founded_by_it():
    text = (
        "金华市中心医院、金华市第二医院对口帮扶湟源县人民医院。历年新建的主要科室：\n"
        "2015年：重症医学科（金华市中心医院援建）；\n"
        "2016年：血液透析中心（金华市第二医院援建）、新生儿重症监护室（金华市中心医院援建）。"
    )
    assert relations(text, Rel.FOUNDED) == {
        ("金华市中心医院", "FOUNDED", "重症医学科"),
        ("金华市第二医院", "FOUNDED", "血液透析中心"),
        ("金华市中心医院", "FOUNDED", "新生儿重症监护室"),
    }


def test_units_a_colon_lists_after_their_count_and_kind_are_founded():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院、修水县人民医院。全年帮助受援医院新建临床科室和诊疗中心3个，"
        "主要包括：湟源县人民医院卒中中心、重症医学科，修水县人民医院消化内镜室。"
    )
    assert founded(text) == {"卒中中心", "重症医学科", "消化内镜室"}
    # (the sentence naming no founder, each unit's is the hospital the article pairs with its host)
    text = text.replace(
        "金华市中心医院对口帮扶湟源县人民医院、修水县人民医院",
        "金华市第一医院对口帮扶湟源县人民医院，金华市第二医院对口帮扶修水县人民医院",
    )
    assert relations(text, Rel.FOUNDED) == {
        ("金华市第一医院", "FOUNDED", "卒中中心"),
        ("金华市第一医院", "FOUNDED", "重症医学科"),
        ("金华市第二医院", "FOUNDED", "消化内镜室"),
    }


def test_a_unit_in_quotes_after_where_it_is_the_first_is_founded():
    text = "无锡市人民医院对口帮扶湟源县人民医院。派驻的孙海波牵头建成全县首个“基层胸痛救治单元”。"
    assert founded(text) == {"基层胸痛救治单元"}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("湟源县人民医院高原眼病门诊自3月18日起正式开诊。", "高原眼病门诊"),
        ("今年3月，湟源县人民医院血液透析室开始运行，首位病人已出院。", "血液透析室"),
        ("普外科主治医师罗春梅推动该院日间手术中心于9月开放。", "日间手术中心"),
        ("无锡专家和院里的同事一起，把县医院的重症监护病房建了起来。", "重症监护病房"),
        ("湟源县人民医院胸痛中心提前投入运行。", "胸痛中心"),
        ("无锡市人民医院援建的结核科病房于8月正式收治病人，设置床位30张。", "结核科病房"),
    ],
)
def test_a_unit_opens_by_more_verbs_and_after_a_time_it_opens_from(sentence, unit):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == {unit}


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # (a part of a month between the unit and its verb; a founding said as a noun; what else a verb founded)
        ("湟源县人民医院消化内镜室于9月底建成投用。", {"消化内镜室"}),
        ("双方推动了湟源县人民医院脑血管病亚专科的设立。", {"脑血管病亚专科"}),
        ("与胸痛中心同步成立的，还有湟源县人民医院健康管理中心。", {"胸痛中心", "健康管理中心"}),
        # (a counted list after a headline's space or a hospital's name; a name's bracket before the unit)
        ("无锡援青结硕果 湟源县人民医院胸痛、卒中、创伤三大中心同日挂牌", {"胸痛中心", "卒中中心", "创伤中心"}),
        ("湟源县人民医院肝胆外科、甲乳外科两个亚专科同时开科。", {"肝胆外科", "甲乳外科"}),
        # (built and put into use: 建成投用, the second verb no part of the unit's name)
        ("湟源县人民医院建成投用介入导管室和血液净化中心。", {"介入导管室", "血液净化中心"}),
        # (a department divided into units of its own: 分设为)
        ("湟源县人民医院将外科分设为普外科、泌尿外科和神经外科。", {"普外科", "泌尿外科", "神经外科"}),
        ("湟源县人民医院（以下简称“湟源医院”）卒中中心正式挂牌。", {"卒中中心"}),
        # (a unit of a service centre, whose long name is no part of the unit's)
        ("医疗队协助建立湟源县妇幼保健计划生育服务中心危重孕产妇救治中心。", {"危重孕产妇救治中心"}),
        # (a count of units named elsewhere, and units named only by their kind, are none)
        ("湟源县两个救治中心正式运行。", set()),
        # (a township's traditional medicine hall; 建立 taking an object founds that, not the unit before it)
        ("罗春梅在汲冢镇卫生院建起了中医馆，教本地医生拔罐。", {"中医馆"}),
        ("罗春梅协助儿科完善了转诊标准，与无锡市人民医院儿科建立了远程会诊机制。", set()),
        ("罗春梅开展了首例手术，王晓丽帮助放射科建立了CT报告双签制度。", set()),
        ("湟源县人民医院胸痛中心成立后，救治时间明显缩短。", {"胸痛中心"}),
        # (与 joins no event to a unit: the ceremony is none of its name)
        ("欢迎仪式与消化内镜中心揭牌仪式在医院门诊楼前同时举行。", {"消化内镜中心"}),
        ("医院分别设立独立病区和专科门诊。", set()),
        # (a delivery room is a unit; one a mother is taken into is no founding)
        ("孙雪梅帮助湟源县人民医院建成标准化产房。", {"标准化产房"}),
        ("孙雪梅进入产房，为产妇接生。", set()),
        # (a clause of purpose: the unit is to open, not opened)
        ("为做好导管室启用准备，孙雪梅带着科室医生反复开展模拟演练。", set()),
        ("为确保导管室顺利启用，孙雪梅带着科室医生反复演练。", set()),
        ("导管室启用后，孙雪梅带着科室医生开展介入手术。", {"导管室"}),
        # (a unit an aid verb of building qualifies, with its builders or without; not a count of what it does)
        ("援建的血液透析中心配备透析机20台。", {"血液透析中心"}),
        ("其中两院共建的肛肠科年门诊量突破4000人次。", {"肛肠科"}),
        ("双方计划共建的胸痛中心明年启用。", set()),
        # (its being accredited is no part of a unit's name)
        ("一年来，湟源县人民医院建成国家认证胸痛中心。", {"胸痛中心"}),
        # (a deadline or a task's label is a plan; a deadline met, with 了 or 已, is not)
        ("2018年底前在湟源县人民医院建成包虫病筛查诊疗室，在湟中区人民医院建成包虫病手术室。", set()),
        ("任务二：湟源县妇幼保健院开设新生儿病房，床位不少于6张。", set()),
        ("去年年底前，湟源县人民医院建成了胸痛中心。", {"胸痛中心"}),
        ("当年年底前，湟源县人民医院已建成胸痛中心。", {"胸痛中心"}),
    ],
)
def test_units_founded_in_other_words_and_counts_or_kinds_of_units_that_name_none(sentence, units):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # 新设立: the verb is read whole (not 新设 and a unit named 立了某科)
        ("专家团队帮助湟源县人民医院新设立了新生儿科。", {"新生儿科"}),
        # a time before a unit's bare kind (去年10月|中心启用) is no part of a name, and the kind alone names none
        ("湟源县人民医院首先建设消化内镜中心，去年10月中心启用。", set()),
        ("湟源县人民医院卒中中心去年10月启用。", {"卒中中心"}),
    ],
)
def test_a_founding_verb_is_read_whole_and_a_time_before_a_unit_is_no_part_of_its_name(sentence, units):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # a unit pointed back to by 该 and named again in full is that unit (not 该某中心)
        ("湟源县人民医院胸痛中心启用。该胸痛中心由无锡市人民医院团队协助建设。", {"胸痛中心"}),
        # a count word of the first of its kind (全县首间) is no part of the name
        ("专家团队带领湟源县人民医院建成了全县首间心导管室。", {"心导管室"}),
        # a bracket the name does not close cuts a phrase (新建科室（中心、门诊）3个)
        ("一年来，帮助受援单位新建科室（中心、门诊）3个。", set()),
        # 这是该科…: what a copula says before a pointer is no unit's name
        ("这是该科开科后收治的第27名患者。", set()),
    ],
)
def test_pointers_counts_and_open_brackets_before_a_unit_are_no_part_of_its_name(sentence, units):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # kinds of units joined name none (a heading: 新设科室与门诊)
        ("二、学科建设：新设科室与门诊，补齐短板。", set()),
        # a standard a unit is built to is no part of its name
        ("第一批帮扶队已帮助湟源县人民医院建成标准化重症监护病房。", {"重症监护病房"}),
        # the early days after a unit opened are no opening
        ("专家介绍，透析室启用初期，将由她和两名本地医生共同负责。", set()),
        # a unit said to have been built with the aid's help, a time between 是 and 在
        ("这个血液净化中心正是去年在无锡援青专家的帮助下建成的。", {"血液净化中心"}),
    ],
)
def test_units_in_more_wordings_of_kind_standard_and_time(sentence, units):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == units


def test_a_unit_split_off_another_to_stand_alone_is_founded():
    text = "无锡市人民医院对口帮扶湟源县人民医院。在专家推动下，湟源县人民医院泌尿外科从普外科中独立出来。"
    assert founded(text) == {"泌尿外科"}
    # (planned only: not founded yet)
    assert founded(text.replace("在专家推动下，", "下一步计划").replace("独立出来", "独立出来。")) == set()


def test_a_unit_pointed_back_to_is_no_university_s_name_of_a_field():
    # 该科开诊: the unit the sentences before name, not 某医科 of a university (某医院由某市的某医科大学…帮扶)
    text = (
        "湟源县人民医院由无锡市的南京医科大学附属无锡医院对口帮扶。"
        "湟源县中医院与无锡市中医医院结对，无锡市中医医院帮助设立湟源县中医院针灸推拿科，该科开诊半年接诊患者5000余人次。"
    )
    assert all("医科" not in unit for unit in founded(text))


@pytest.mark.parametrize(
    "sentence",
    ["无锡市人民医院专门在本院成立了援青工作办公室。", "无锡方面还在无锡市人民医院本部设立了进修培训基地。"],
)
def test_a_unit_a_giver_sets_up_at_its_own_house_is_none_the_aid_founded(sentence):
    text = f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}无锡市人民医院专家在湟源县人民医院成立了卒中中心。"
    assert founded(text) == {"卒中中心"}


def test_a_unit_only_hoped_built_is_not_founded():
    # 建起来 with no 了: a wish or a condition, not a unit built
    assert founded("无锡市人民医院对口帮扶湟源县人民医院。罗春梅说，希望帮医院把创伤中心建起来。") == set()


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("在湟源县人民医院日间手术中心，病人正在出院。这个日间手术中心今年1月投入使用。", {"日间手术中心"}),
        ("罗春梅推动建立了湟源县人民医院胸痛救治单元。", {"胸痛救治单元"}),
        # (a grade of a prefecture is no unit; a unit one strives to build is not built yet)
        ("湟源县人民医院新建了地区级临床重点专科。", set()),
        ("力争每个受援县医院至少建成1个胸痛中心。", set()),
    ],
)
def test_units_named_again_after_a_pointer_or_only_striven_for(sentence, units):
    assert founded(f"无锡市人民医院对口帮扶湟源县人民医院。{sentence}") == units


def test_a_town_the_segmenter_knows_not_is_its_health_centre_s_whole_name():
    # (the segmenter cuts the unknown name into characters; 那 alone is a word that never stands inside a name)
    assert hospitals("专家每月到提孜那甫乡卫生院开展巡诊。") == ["提孜那甫乡卫生院"]


def test_a_town_whose_name_ends_in_a_county_s_bare_name_is_its_health_centre_s_whole_name():
    # 新|湄潭|镇: the county's bare name (湄潭) is the end of the town's name, not the county; after a word that
    # points (到) or a level (该县) it stands alone
    assert hospitals("专家每月下沉至新湄潭镇卫生院开展巡诊。") == ["新湄潭镇卫生院"]
    assert hospitals("专家每月下沉至湄潭镇卫生院开展巡诊。") == ["湄潭镇卫生院"]
    assert hospitals("专家每月到该县湄潭镇卫生院开展巡诊。") == ["湄潭镇卫生院"]


def test_a_count_of_a_province_s_hospitals_names_no_hospital():
    assert hospitals("根据协议，两家金华市医院每年各派驻不少于6名专家。") == []


def test_words_of_some_or_all_of_a_places_hospitals_inside_a_name_name_no_hospital():
    # one of a city's county hospitals, every township centre of a county, a group's branches: no one institution
    assert hospitals("金华一家县医院选派骨科专家赴湟源帮扶。") == []
    assert hospitals("湄潭县所有镇卫生院都接入了远程会诊平台。") == []
    assert hospitals("绥阳县部分社区卫生服务中心与湄潭县人民医院结对。") == ["湄潭县人民医院"]
    assert hospitals("湄潭县医疗健康集团各分院同步开展义诊。") == []
    # (第一 before a kind of hospital numbers one hospital, no count)
    assert hospitals("湄潭县第一人民医院与绥阳县人民医院结对。") == ["湄潭县第一人民医院", "绥阳县人民医院"]


def test_a_verb_of_aid_reporting_before_a_name_no_place_opens_is_no_part_of_it():
    # (a name that opens with the word that makes it proper, 航天, or a university's short form)
    assert hospitals("下一步，集团将发挥航天中心医院的专科优势。") == ["航天中心医院"]
    assert hospitals("我们要积极学习厦大一附院先进的管理经验。") == ["厦大一附院"]
    assert hospitals("县里的患者第一时间获得南大二附院专家的会诊意见。") == ["南大二附院"]


def test_counties_listed_before_a_count_of_their_county_level_hospitals_each_have_one():
    assert hospitals("医疗队分赴化隆回族自治县、湟源县两家县级人民医院开展帮扶。") == [
        "化隆回族自治县人民医院",
        "湟源县人民医院",
    ]


def test_a_place_and_a_kind_of_hospitals_name_no_hospital():
    assert hospitals("2023年，金华市城市医院对口帮扶县级医院，金华市受援医院达到12家。") == []


def test_a_verb_of_being_posted_ends_the_words_a_health_centre_s_name_is_read_from():
    assert hospitals("在基层，金华市人民医院全科医生罗春梅驻点汲冢镇中心卫生院已8个月。") == [
        "金华市人民医院",
        "汲冢镇中心卫生院",
    ]


def test_a_sentence_posting_people_one_by_one_pairs_each_giver_with_its_own_receiver_only():
    text = (
        "签约当天，三名派驻团队负责人接过聘书：金华市第一医院普外科主任医师罗春梅任绥阳县人民医院常务副院长，"
        "常州市第一人民医院肿瘤内科副主任医师杨光辉任湟源县人民医院副院长，"
        "金华医科大学附属医院心血管内科主任医师钱小芳任化隆回族自治县人民医院副院长。"
    )
    assert {(giver, receiver) for giver, _, receiver in relations(text, Rel.PAIRS_WITH)} == {
        ("金华市第一医院", "绥阳县人民医院"),
        ("常州市第一人民医院", "湟源县人民医院"),
        ("金华医科大学附属医院", "化隆回族自治县人民医院"),
    }


def test_a_hospital_named_after_a_corps_division_and_its_city_lies_in_the_city():
    sentence = "援疆专家来到兵团第六师五家渠医院。"
    (hospital,) = find_orgs(sentence, 0, len(sentence), 0)
    assert hospital.region == "659004"  # 五家渠市, a county-level city, not the division


def test_units_a_colon_lists_after_the_verb_each_with_the_giver_its_item_says_built_it():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，常州市第一人民医院对口帮扶湟源县人民医院。"
        "仪式上还为两个新成立的科室揭牌：由金华市第一医院援建的绥阳县人民医院肿瘤科，"
        "以及由常州市第一人民医院援建的湟源县人民医院病理科。"
    )
    assert relations(text, Rel.FOUNDED) == {
        ("金华市第一医院", "FOUNDED", "肿瘤科"),
        ("常州市第一人民医院", "FOUNDED", "病理科"),
    }
    assert relations(text, Rel.PART_OF) == {
        ("肿瘤科", "PART_OF", "绥阳县人民医院"),
        ("病理科", "PART_OF", "湟源县人民医院"),
    }


def test_the_departments_a_team_set_up_is_made_of_are_not_founded():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。在帮扶团队推动下，绥阳县人民医院卒中中心正式挂牌运行，"
        "组建了由急诊科、神经内科、影像科、检验科组成的多学科救治团队。"
    )
    assert founded(text) == {"卒中中心"}
    # (nor where a count of their kind ends the list, nor with 成立)
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。在帮扶团队推动下，绥阳县人民医院卒中中心正式挂牌运行，"
        "成立了由急诊科、神经内科、影像科等科室组成的多学科救治团队。"
    )
    assert founded(text) == {"卒中中心"}


def test_who_brought_a_unit_s_split_about_is_no_part_of_its_name():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，派驻执行院长钱国平。到任后，他推动泌尿外科从普外科中独立设科，"
        "并新建了体外碎石中心。"
    )
    assert founded(text) == {"泌尿外科", "体外碎石中心"}


def test_units_after_a_second_verb_of_opening_or_named_as_opened_with_others_or_joined_by_ji_are_founded():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。在上一批队员的努力下，绥阳县人民医院于去年10月建成并启用了重症医学科，"
        "设置床位6张；同期挂牌运行的还有远程会诊中心，可与金华实时连线。"
    )
    assert founded(text) == {"重症医学科", "远程会诊中心"}
    assert founded("金华市第一医院对口支援绥阳县人民医院签约暨血液透析中心启用仪式举行。") == {"血液透析中心"}


def test_a_class_of_hospitals_and_a_verb_of_striving_make_no_hospital_s_name():
    assert hospitals("按照广东省高水平医院组团式帮扶工作部署") == []
    assert hospitals("医联体将继续争取金华市中心医院更大力度的支持") == ["金华市中心医院"]


def test_a_regiment_written_in_digits_names_its_hospital_and_a_regiment_s_hospital_is_no_part_of_a_unit():
    assert hospitals("随后被派驻到47团医院。") == ["47团医院"]
    assert hospitals("一直驻守在一三〇团医院。") == ["一三〇团医院"]  # (the segmenter parts words at 〇)
    text = (
        "金华市第一医院对口支援第十四师47团医院。"
        "在金华市第一医院的支持下，罗春梅带着两名本地医生把47团医院消化内镜室建了起来。"
    )
    assert founded(text) == {"消化内镜室"}


def test_a_conjunction_is_no_part_of_the_hospital_name_after_it():
    # (a hospital the segmenter knows as one word, after 但: 离开|，|但|某某医院)
    sentence = "我们会离开，但仁爱医院的会诊不会断"
    words = ["我们", "会", "离开", "，", "但", "仁爱医院"]
    starts = [sum(map(len, words[:i])) for i in range(len(words))]
    start = _left_boundary(sentence, sentence.index("医院"), starts, dict(zip(starts, words, strict=True)))
    assert sentence[start:].startswith("仁爱医院")


def test_a_new_unit_of_no_name_is_no_unit():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。今年开设1个新门诊。在专家推动下，绥阳县人民医院疼痛门诊于今年4月开诊。"
    )
    assert founded(text) == {"疼痛门诊"}


def test_a_unit_opened_at_a_time_of_this_month_is_founded():
    text = "金华市第一医院对口帮扶绥阳县人民医院。绥阳县人民医院重症监护病房已于本月初开放，设床位6张。"
    assert "重症监护病房" in founded(text)


def test_a_word_of_time_before_a_towns_health_centre_is_no_town():
    assert hospitals("大华镇是绥阳县人口较多的乡镇，此前镇卫生院妇产科力量薄弱。") == []


def test_a_unit_founded_and_then_approved_is_founded():
    text = "金华市第一医院对口帮扶绥阳县人民医院，协助绥阳县人民医院建成胸痛中心并通过省级验收。"
    assert founded(text) == {"胸痛中心"}
    # (并 inside a unit's name stays there)
    text = "金华市第一医院对口帮扶绥阳县人民医院，协助绥阳县人民医院成立并发症管理门诊。"
    assert founded(text) == {"并发症管理门诊"}


def test_a_unit_the_words_say_was_set_up_under_the_aids_lead_is_founded():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。其中绥阳县人民医院新生儿科就是在上一批金华专家的带领下组建成立的，"
        "开科以来已救治危重新生儿300余例。"
    )
    assert founded(text) == {"新生儿科"}


def test_a_dedicated_ward_is_no_unit():
    text = "金华市第一医院对口帮扶绥阳县人民医院，帮助绥阳县人民医院设立专门病区，并新建了疼痛科。"
    assert founded(text) == {"疼痛科"}


def test_a_unit_built_with_the_aspect_mark_or_at_a_time_of_that_year_or_ending_in_a_unit_word_is_founded():
    giver = "金华市第一医院对口帮扶绥阳县人民医院。"
    assert founded(giver + "专家到岗后，帮县医院建了治未病中心。") == {"治未病中心"}
    assert founded(giver + "绥阳县人民医院消化内镜中心于当年6月建成投用。") == {"消化内镜中心"}
    assert founded(giver + "专家驻点三个月，协助建成绥阳县人民医院卒中单元。") == {"卒中单元"}
    # (a kind of unit is no unit's name)
    assert founded(giver + "这个病区是专家进驻后新建的第一个专科单元。") == set()


def test_a_list_item_naming_only_a_unit_is_founded_by_the_sentence_after_it():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。一年来新建的科室有：\n"
        "1. 绥阳县人民医院疼痛科。罗春梅牵头组建，开展射频治疗100余例。\n"
        "2. 绥阳县人民医院心脏介入导管室。在金华专家指导下于去年6月投入使用，完成造影42例。\n"
        "3. 绥阳县人民医院康复科。该科今年计划组建康复团队。\n"
        "4. 绥阳县人民医院麻醉科。杨光辉牵头组建了麻醉质控小组。"
    )
    assert founded(text) == {"疼痛科", "心脏介入导管室"}


def test_a_unit_a_later_clause_says_a_unit_named_before_is_is_no_other_unit():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。今年8月，绥阳县人民医院消化内镜中心正式启用，"
        "这是该院开设的第一个内镜诊疗中心。"
    )
    assert founded(text) == {"消化内镜中心"}


def test_the_counties_a_city_hospital_sends_people_toward_receive_though_it_also_aids_another_province():
    # (the aid to Xinjiang puts the city's province on the giving side; its own counties still receive)
    text = (
        "2023年，金华市中心医院认真落实城市三级医院对口帮扶县级医院工作要求，全年向武义县人民医院、磐安县人民医院、"
        "浦江县人民医院派驻帮扶人员，同时承担援疆任务。\n"
        "神经外科主治医师钱小芳全年常驻磐安县人民医院，参与急诊救治。\n"
        "医院选派儿科主治医师罗春梅赴和田地区人民医院开展为期一年半的援疆工作。"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert {("金华市中心医院", f"{county}人民医院") for county in ("武义县", "磐安县", "浦江县")} <= pairs
    assert not any(source.startswith("磐安") for source, _ in pairs)


def test_a_unit_opened_as_a_department_of_its_own_is_founded_without_the_verb_that_brought_it_about():
    giver = "金华市第一医院对口帮扶绥阳县人民医院。"
    assert founded(giver + "在专家推动下，绥阳县人民医院麻醉科于今年5月独立成科。") == {"麻醉科"}
    assert founded(giver + "推动绥阳县人民医院麻醉科独立成科的，是金华专家罗永福。") == {"麻醉科"}


def test_a_count_of_a_kind_of_centres_names_no_unit():
    text = "金华市第一医院对口帮扶绥阳县人民医院。在帮扶推动下，绥阳县人民医院一年内新增3个诊疗中心和卒中中心。"
    assert founded(text) == {"卒中中心"}


def test_a_cross_joins_two_partners_whichever_comes_first_and_heads_the_experts_under_it():
    text = (
        "金华市与贵州省携手推进医疗帮扶。三年来，金华各医院累计派驻专家40余人次。\n"
        "【绥阳县人民医院 × 金华市中心医院】\n"
        "帮扶专家：普外科主治医师罗永福、手术室护士长钱小芳\n"
        "主要成效：开展县内首例腹腔镜手术。\n\n"
        "【湄潭县人民医院 × 金华市第一医院】\n"
        "帮扶专家：消化内科副主任医师杨光辉\n"
        "主要成效：建立随访档案500余份。"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert {("金华市中心医院", "绥阳县人民医院"), ("金华市第一医院", "湄潭县人民医院")} <= pairs
    posted = {(s, t) for s, _, t in relations(text, Rel.POSTED_TO)}
    assert posted == {("罗永福", "绥阳县人民医院"), ("钱小芳", "绥阳县人民医院"), ("杨光辉", "湄潭县人民医院")}


def test_a_neighbouring_county_whose_peers_a_receiver_meets_is_no_party():
    text = (
        "金华市与贵州省携手推进医疗帮扶。\n【绥阳县人民医院 × 金华市中心医院】\n帮扶专家：急诊科副主任医师罗永福\n"
        "主要成效：规范创伤救治流程；与邻近的广西凤山县、东兰县同行开展跨省急救协作交流。"
    )
    targets = {t for _, _, t in relations(text, Rel.PAIRS_WITH)}
    assert "绥阳县人民医院" in targets
    assert not any("凤山" in t or "东兰" in t for t in targets)


def test_what_an_aid_word_takes_is_no_giver_of_the_next_clause_whose_subject_the_sentence_leaves_unnamed():
    text = (
        "2023年，市卫生健康委组织全市医疗卫生机构对口支援新疆和田县、皮山县，开展东西部协作帮扶贵州绥阳县，"
        "以及省内对口帮扶丽水、湖州两市。\n"
        "金华市中心医院骨科副主任医师罗永福驻点和田县人民医院，协助成立康复医学科。"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert ("金华市中心医院", "和田县人民医院") in pairs
    assert not any(source.startswith(("新疆", "和田", "皮山", "丽水", "湖州")) for source, _ in pairs)


def test_every_party_of_the_list_a_county_hospital_receives_aid_from_gives_those_of_its_own_province_too():
    text = (
        "记者从该院年度总结中了解到，目前绥阳县人民医院同时接受金华市中心医院（东西部协作）、贵州省人民医院"
        "（省级医院对口帮扶）和贵阳市第一人民医院（紧密型医联体）三家单位的帮扶。"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    giving = {"金华市中心医院", "贵州省人民医院", "贵阳市第一人民医院"}
    assert {(giver, "绥阳县人民医院") for giver in giving} <= pairs
    assert not any(target in giving for _, target in pairs)


def test_a_unit_that_opens_today_is_founded():
    text = "金华市第一医院对口帮扶绥阳县人民医院。医院的包虫病诊治中心今天挂牌了，这是县里第一个这样的中心。"
    assert founded(text) == {"包虫病诊治中心"}


def test_a_school_or_a_farm_founding_a_room_is_no_unit_of_health_care():
    # an article on aid in every field: the teachers' and the traders' new rooms beside the hospital's new unit
    text = (
        "金华市与绥阳县开展东西部协作。金华市第一医院对口帮扶绥阳县人民医院，帮助建成胸痛中心。"
        "金华市选派支教教师到绥阳县中学任教，牵头组建名师工作室。"
        "两地共建劳务工作站，帮助农民外出务工。"
        "一位支教老师还为学生建起了英语听说实验室。"
    )
    assert founded(text) == {"胸痛中心"}


def test_bare_county_names_closed_by_their_count_are_counties():
    # 甲、乙、丙三县: no name is written with its level, nor is their prefecture named; the count and their lying
    # side by side say they are the counties the aid serves
    text = "丽水市对口支援湄潭、绥阳、凤冈三县。今年医疗方面派出专家二十名。"
    assert {t for s, _, t in relations(text, Rel.PAIRS_WITH) if s == "丽水市"} == {"湄潭", "绥阳", "凤冈"}
    # a count that does not match the list says nothing of its names
    text = "丽水市对口支援湄潭、绥阳、凤冈两县。今年医疗方面派出专家二十名。"
    assert relations(text, Rel.PAIRS_WITH) == set()


def test_one_giver_s_clause_keeps_its_pairs_beside_a_finer_giver_of_one_of_them():
    # the province aids three counties; one of them is served by two of its districts: the province's pairs with
    # the other two stand
    text = "浙江省对口支援湄潭、绥阳、凤冈三县，其中湄潭由金华市、丽水市牵头帮扶。今年医疗方面派出专家二十名。"
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert {("浙江省", "绥阳"), ("浙江省", "凤冈"), ("金华市", "湄潭"), ("丽水市", "湄潭")} <= pairs


def test_a_unit_that_opens_at_a_time_after_在_is_founded():
    text = "金华市第一医院对口帮扶绥阳县人民医院。在专家推动下，绥阳县人民医院睡眠医学科在当年11月正式开诊。"
    assert founded(text) == {"睡眠医学科"}


def test_the_rooms_a_new_unit_has_or_is_given_alongside_are_no_units():
    text = "金华市第一医院对口帮扶绥阳县人民医院。医院新开设的儿童保健科设有视力筛查室和营养咨询室。"
    assert founded(text) == {"儿童保健科"}
    text = "金华市第一医院对口帮扶绥阳县人民医院。医院正式开设心理门诊，并配套设立了心理测评室和沙盘治疗室。"
    assert founded(text) == {"心理门诊"}


def test_a_traditional_medicine_hall_is_a_unit_and_a_first_batch_s_count_is_none():
    text = "金华市中医院对口帮扶绥阳县中医院。绥阳县中医院国医堂正式揭牌，金华专家每周坐诊。"
    assert founded(text) == {"国医堂"}
    # 首批两个专科同步挂牌: how many, not which
    text = "金华市中医院对口帮扶绥阳县中医院。首批两个专科同步挂牌，分别是脑病科和脾胃病科。"
    assert "专科" not in "".join(founded(text))


def test_a_unit_opens_after_a_month_written_with_份_or_after_同样():
    text = "金华市第一医院对口帮扶绥阳县人民医院。县人民医院远程心电诊断室3月份投入使用。"
    assert founded(text) == {"远程心电诊断室"}
    text = "金华市第一医院对口帮扶绥阳县人民医院。绥阳县人民医院远程影像诊断中心同样于去年建成。"
    assert founded(text) == {"远程影像诊断中心"}


def test_a_unit_set_up_to_stand_alone_is_named_without_it_and_a_relation_set_up_is_no_unit():
    text = "金华市中心血站对口帮扶绥阳县人民医院。在专家指导下，医院将血库从检验科剥离，组建独立的输血科。"
    assert founded(text) == {"输血科"}
    text = "金华市疾病预防控制中心与绥阳县疾病预防控制中心建立“一对一”帮扶关系，帮助建成PCR实验室。"
    assert founded(text) == {"PCR实验室"}


def test_a_place_where_the_team_worked_is_no_giver_of_what_it_helped_build():
    # 在我州工作期间，…帮助某县医院建成…: the prefecture the team worked in receives; it gives its county nothing
    text = (
        "江苏省新一批援青医疗人才抵达海北藏族自治州，已于近日全部到岗履职。\n"
        "无锡市人民医院骨科副主任医师钱小明派驻祁连县人民医院。\n"
        "常州市第二人民医院妇产科副主任医师罗春梅派驻刚察县人民医院。\n"
        "上一批江苏援青医疗人才在我州工作期间，累计开展新技术40余项，并帮助祁连县人民医院建成了县内首个重症监护室。"
    )
    givers = {source for source, _, _ in relations(text, Rel.PAIRS_WITH)}
    assert "我州" not in givers and "江苏" in givers


def test_a_unit_a_clause_of_building_qualifies_ends_where_the_sentence_goes_on_about_its_work():
    pairing = "金华市中心医院对口帮扶湟源县人民医院。\n"
    assert founded(pairing + "上一批金华专家帮助医院建成的卒中中心已经能够独立运转。") == {"卒中中心"}
    assert founded(pairing + "由金华市中心医院协助开设的高原病科运行一年来已收治患者1100余人次。") == {"高原病科"}
    assert founded(pairing + "由金华专家牵头创建的湟源县人民医院胸痛中心去年通过了国家认证。") == {"胸痛中心"}
    # a building named after a unit is no unit, and no part of its name is one
    assert founded(pairing + "专家们参观了金华市中心医院援建的妇儿产科大楼。") == set()


def test_a_line_of_a_dashed_entry_may_state_a_pair_of_its_own_in_words_after_it():
    text = (
        "金华市与西宁市开展东西部协作，结对情况如下：\n"
        "婺城区—湟源县：金华市中心医院 帮扶 湟源县人民医院；\n"
        "兰溪市—湟中区：金华市第二医院 帮扶 湟中区第一人民医院。"
    )
    pairs = {(source, target) for source, _, target in relations(text, Rel.PAIRS_WITH)}
    assert {("婺城区", "湟源县"), ("金华市中心医院", "湟源县人民医院")} <= pairs
    assert ("金华市第二医院", "湟中区第一人民医院") in pairs
    assert ("湟源县", "金华市中心医院") not in pairs


def test_a_unit_of_the_whole_county_keeps_its_place_and_the_unit_it_is_built_on_is_not_founded():
    pairing = "金华市中心医院对口帮扶湟源县人民医院。\n"
    text = pairing + "双方依托我院影像中心建成湟源县域医学影像诊断中心。"
    assert founded(text) == {"湟源县域医学影像诊断中心"}


def test_hospital_alone_before_a_unit_is_the_hospital_pointed_back_to_and_no_part_of_the_name():
    pairing = "金华市中心医院对口帮扶湟源县人民医院。\n"
    assert founded(pairing + "在帮扶专家推动下，医院介入手术室于去年底启用。") == {"介入手术室"}


def test_a_count_of_units_or_a_clause_saying_what_something_is_names_no_unit():
    pairing = "金华市中心医院对口帮扶湟源县人民医院。\n"
    assert founded(pairing + "确保受援医院在帮扶周期内至少新增2个以上临床专科。") == set()
    assert founded(pairing + "罗主任建起来的不只是一个病房，更是一支队伍。") == set()


def test_a_unit_a_team_built_is_founded_by_the_article_s_giver_not_by_a_person_named_before():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "执行院长钱国平在交接会上讲话。前两批队员已帮助湟源县人民医院建成了血液透析室。"
    )
    assert relations(text, Rel.FOUNDED) == {("金华市中心医院", "FOUNDED", "血液透析室")}


def test_the_hospitals_a_city_runs_itself_are_no_hospital_of_the_article_s_city():
    # 市直医院: the hospitals directly under a city, not a back-reference to its hospital
    text = "金华市卫健委组织市直医院对口支援县级医院。\n金华市中心医院对口帮扶武义县人民医院。"
    names = {m.surface for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.HOSPITAL}
    assert names == {"金华市中心医院", "武义县人民医院"}


def test_a_units_name_that_opens_with_a_quoted_word_is_read_without_the_quotation_marks():
    text = "金华市中医院对口帮扶湟源县中医院，帮助该院设立“治未病”中心，又开设了“一站式”服务中心。"
    assert founded(text) == {"治未病中心", "一站式服务中心"}


def test_a_time_counted_from_before_is_no_part_of_a_units_name():
    text = "金华市中心医院对口帮扶湟源县人民医院。专家从头带教，半年后内镜中心正式挂牌，三个月后疼痛门诊开诊。"
    assert founded(text) == {"内镜中心", "疼痛门诊"}


def test_places_one_list_of_where_people_come_from_joins_are_no_pair():
    text = "湟源县人民医院迎来新一批专家。两年来，来自金华和西宁的专家在高原留下了足迹。"
    assert not relations(text, Rel.PAIRS_WITH)


def test_a_city_hospital_that_also_signs_with_a_county_hospital_of_its_province_gives_to_it():
    for text in (
        "金华市对口支援湟源县。西宁市第一人民医院也与湟源县人民医院签订对口帮扶协议。",
        "金华市对口支援湟源县。湟源县人民医院还与西宁市第一人民医院签订对口帮扶协议。",
    ):
        assert ("西宁市第一人民医院", "PAIRS_WITH", "湟源县人民医院") in relations(text)
        assert ("金华市", "PAIRS_WITH", "西宁市第一人民医院") not in relations(text)


def test_a_way_of_aid_in_quotes_is_no_unit():
    text = "金华市中心医院与湟源县人民医院建立了“院包科”帮扶关系，帮助该院设立“治未病”中心。"
    assert founded(text) == {"治未病中心"}
    assert not founded("金华市中心医院与湟源县人民医院结对，建立“科对科”帮扶关系8对。")


def test_where_a_text_labels_who_sends_a_label_of_helping_names_the_one_helped():
    cards = "".join(
        f"▲{name}\n派出单位：{giver}\n帮扶单位：{helped}\n\n"
        for name, giver, helped in (
            ("钱国平", "金华市中心医院", "湟源县人民医院"),
            ("孙晓燕", "金华市第二医院", "湟源县人民医院"),
            ("周海峰", "金华市中医院", "湟源县中医院"),
        )
    )
    text = (
        "金华市对口帮扶西宁市以来，婺城区与湟源县结对。9月3日，新一批专家抵达湟源。\n\n"
        + cards
        + "今年5月，金华市中医院为湟源县中医院开设了针灸特色门诊。"
    )
    assert ("婺城区", "PAIRS_WITH", "湟源县") in relations(text)
    assert ("金华市中医院", "FOUNDED", "针灸特色门诊") in relations(text)
    assert ("针灸特色门诊", "PART_OF", "湟源县中医院") in relations(text)


def test_a_unit_name_holds_no_particle_of_a_deed_done():
    text = "金华市中心医院帮助湟源县人民医院成立疼痛科。授牌当天下午，钱国平即完成了专科成立后的首台手术。"
    assert founded(text) == {"疼痛科"}


def test_an_expert_named_again_before_a_founding_verb_founds_the_unit():
    text = (
        "金华市中心医院与湟源县人民医院建立帮扶关系。队员如下：\n"
        "钱国平　金华市中心医院眼科副主任医师\n"
        "周海峰　金华市第二医院骨科副主任医师\n\n"
        "过去，湟源县人民医院没有眼科。2024年4月，在钱国平牵头下，医院新建眼科，开设6张病床。"
    )
    assert relations(text, Rel.FOUNDED) == {("钱国平", "FOUNDED", "眼科")}


def test_a_branch_name_holds_no_verb_of_a_clause_after_a_health_centre():
    assert hospitals("我院与大华镇卫生院建立了医共体分院关系") == ["大华镇卫生院"]
    assert hospitals("金华市中心医院湟源分院") == ["金华市中心医院湟源分院"]


def test_a_plural_pronoun_for_the_people_named_before_founds_as_their_team():
    text = (
        "金华市对口帮扶湟源县。第九批队员钱国平、周海峰等17人在湟源工作期满，即将返回。"
        "两年来，他们帮助湟源县人民医院建成了放射治疗中心，成立了儿童重症监护室。"
    )
    assert relations(text, Rel.FOUNDED) == {
        ("金华市", "FOUNDED", "放射治疗中心"),
        ("金华市", "FOUNDED", "儿童重症监护室"),
    }


def test_township_health_centres_of_the_pastures_are_hospitals():
    # 苏木 is a township of Inner Mongolia, its name one character or more; 和 right before 镇 is the town's own
    assert hospitals("专家们随后来到敖苏木卫生院义诊") == ["敖苏木卫生院"]
    # (an item's number before a town the segmenter cuts into characters is no part of its name)
    assert hospitals("3.提孜那甫乡卫生院：团队长为主治医师孙燕") == ["提孜那甫乡卫生院"]
    assert hospitals("医疗队来到查干和镇卫生院开展巡诊") == ["查干和镇卫生院"]
    # (a conjunction with a name of too few characters before it joins two parties)
    assert hospitals("队员们和镇卫生院医生一起查房") == []
    # 和 after a list's comma joins nothing: it opens the next town's name
    assert hospitals("专家们深入大华镇中心卫生院、和兴镇卫生院开展义诊") == ["大华镇中心卫生院", "和兴镇卫生院"]


def test_a_county_name_before_a_township_word_names_the_township():
    text = (
        "东西部协作送医到牧区 金华婺城专家走进湟中苏木\n\n"
        "金华市中心医院对口帮扶湟源县人民医院。7月，专家团队来到湟中苏木卫生院，为牧民义诊。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("金华市中心医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    # (湟中 is also a district's name; before 苏木 it is the township's)
    assert not {p for p in pairs if p[2] == "湟中"}


def test_hospitals_of_the_ethnic_medicines_keep_their_county():
    assert hospitals("金华市中心医院专家进驻湟源县中蒙医医院") == ["金华市中心医院", "湟源县中蒙医医院"]
    assert hospitals("金华市中心医院专家进驻湟源县藏医医院") == ["金华市中心医院", "湟源县藏医医院"]


def test_a_party_the_sentence_sets_aside_is_no_party_of_its_pair():
    text = "金华市婺城区与湟源县开展东西部协作。除明德医院外，金华市中医院也与湟源县中医院建立了结对关系。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("金华市中医院", "PAIRS_WITH", "湟源县中医院") in pairs
    assert not {p for p in pairs if p[0] == "金华市中心医院"}


def test_what_the_hospital_is_made_into_is_no_unit_founded():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院院长在欢迎会上表示，希望借助帮扶团队的力量，"
        "把医院建成湟源西部的中医特色诊疗中心。"
    )
    assert not founded(text)


def test_a_team_opening_the_sentence_founds_as_its_hospital():
    text = (
        "金华市中心医院与湟源县人民医院建立对口帮扶关系。常驻团队共2人：心血管内科主任医师钱国平、"
        "妇产科副主任医师孙晓燕分别在相应科室坐诊带教。\n\n"
        "帮扶团队进驻以来，推动湟源县人民医院成立了新生儿科，配备了新生儿暖箱。"
    )
    assert ("金华市中心医院", "FOUNDED", "新生儿科") in relations(text, Rel.FOUNDED)


def test_a_team_after_an_opening_clause_founds_as_its_hospital_and_a_wish_founds_nothing():
    text = (
        "金华市中心医院与湟源县人民医院建立对口帮扶关系。队长钱国平　普通外科　主任医师\n\n"
        "据统计，前五批援青队员累计在湟源县人民医院接诊患者2万余人次，帮助该院建成消化内镜室。\n\n"
        "钱国平表示，将以创建“县域医疗次中心”为抓手，加强急诊急救能力建设。"
    )
    assert relations(text, Rel.FOUNDED) == {("金华市中心医院", "FOUNDED", "消化内镜室")}


def test_a_team_of_people_from_several_hospitals_founds_as_its_province():
    text = (
        "浙江省第十批援青医疗队抵达湟源县人民医院。队员有金华市中心医院骨科主任医师钱国平、"
        "金华市第二医院儿科副主任医师孙晓燕。\n\n医疗队到岗后，帮助湟源县人民医院建成了血液透析室。"
    )
    assert {source for source, _, _ in relations(text, Rel.FOUNDED)} == {"浙江省"}


def test_a_place_a_team_is_stationed_in_gives_nothing():
    text = (
        "金华市中心医院与湟源县人民医院建立对口帮扶关系。"
        "9月12日，金华市中心医院驻湟源县帮扶团队来到大华镇卫生院，为牧民开展义诊。"
    )
    assert not {p for p in relations(text, Rel.PAIRS_WITH) if p[0] == "湟源县"}


def test_a_two_way_arrow_joins_a_lists_partners():
    text = (
        "金华市婺城区与湟源县医疗卫生对口帮扶签约仪式举行。\n结对名单\n"
        "金华市中心医院 ⇄ 湟源县人民医院\n金华市中医院 ⇄ 湟源县中医院\n"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("金华市中心医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert ("金华市中医院", "PAIRS_WITH", "湟源县中医院") in pairs


def test_a_county_name_ending_in_zhen_inside_a_towns_name_is_the_towns():
    # (丰镇 is also a county-level city's name)
    sentence = "医生被派驻到云丰镇中心卫生院工作"
    found = find_orgs(sentence, 0, len(sentence), 0)
    assert [(m.surface, m.region) for m in found] == [("云丰镇中心卫生院", None)]


def test_a_team_whose_article_names_other_giving_hospitals_founds_as_its_province():
    text = (
        "浙江省第十批援青医疗队出征，队员来自金华市中心医院、金华市第二医院等单位。"
        "领队：钱国平，金华市中心医院普外科主任医师，拟任湟源县人民医院院长。\n\n"
        "上一批队员在湟源县人民医院新建了介入导管室。"
    )
    assert {source for source, _, _ in relations(text, Rel.FOUNDED)} == {"浙江省"}


@pytest.mark.parametrize("pointer", ["其中", "该", "此次"])
def test_a_word_pointing_into_a_list_or_back_is_no_part_of_a_units_name(pointer):
    text = f"金华市中医医院帮助湟源县中医院新建了中医馆和针灸科。{pointer}中医馆于去年投入使用。"
    assert founded(text) == {"中医馆", "针灸科"}


def test_beds_opened_in_a_unit_do_not_found_it():
    assert not founded("金华市中医医院对口帮扶湟源县中医院。湟源县中医院康复医学科开放床位20张。")
    assert founded("金华市中医医院对口帮扶湟源县中医院。湟源县中医院康复医学科正式开放。") == {"康复医学科"}


def test_a_unit_of_a_blood_station_or_a_disease_control_centre_leaves_its_name_out():
    text = "金华市中心血站对口支援湟源县中心血站。去年，湟源县中心血站核酸检测实验室在金华市中心血站的援建下建成投用。"
    assert ("核酸检测实验室", "PART_OF", "湟源县中心血站") in relations(text, Rel.PART_OF)


def test_a_unit_a_cleft_sentence_says_was_built_is_founded():
    text = "金华市中心医院对口帮扶湟源县人民医院。这间新生儿重症监护病房是今年3月在金华市中心医院帮扶下建成投用的。"
    assert founded(text) == {"新生儿重症监护病房"}


def test_a_unit_counted_by_its_rank_among_others_is_the_kind_of_those_others():
    # (第三个诊疗中心: one more of units named before, the kind alone no unit's name)
    text = "金华市中心医院对口帮扶湟源县人民医院。这是金华市中心医院帮扶以来，帮助该院新建的第三个诊疗中心。"
    assert founded(text) == set()


def test_a_hospital_no_place_names_paired_with_a_county_s_hospital_gives():
    # (an army's general hospital: the words 与…共建 give no direction, and no county's hospital goes unplaced)
    text = "北部战区总医院与湟源县人民医院开展军地共建，派出肾内科专家钱国平援建血液透析中心。"
    assert ("北部战区总医院", "PAIRS_WITH", "湟源县人民医院") in relations(text)


def test_a_township_centre_after_its_county_hospital_and_an_aid_word_takes_that_hospital_s_aid():
    text = (
        "西宁市第一人民医院对口帮扶湟源县人民医院，派出专家孙海波坐诊。\n"
        "湟源县人民医院医共体驻点帮扶工作在大华镇卫生院启动。\n"
        "县人民医院共选派5名医师分赴大华镇卫生院开展驻点帮扶。\n"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("湟源县人民医院", "PAIRS_WITH", "湟源县大华镇卫生院") in pairs
    assert not any(s == "西宁市第一人民医院" and "大华镇" in t for s, _, t in pairs)
    # (a list of both receives from the giver of both: 资金用于县人民医院、某镇卫生院)
    listed = "西宁市第一人民医院对口帮扶湟源县。帮扶资金用于湟源县人民医院、大华镇卫生院康复科建设。"
    assert ("湟源县人民医院", "PAIRS_WITH", "湟源县大华镇卫生院") not in relations(listed)


def test_a_joining_character_that_spells_a_word_with_a_town_s_name_opens_that_name():
    # (和平乡, not 和 and a county's bare name 平乡; a real county's full name after 和 is still read as one)
    assert hospitals("专家到和平乡卫生院坐诊。") == ["和平乡卫生院"]
    assert hospitals("金华市中心医院和平乡县人民医院签约。") == ["金华市中心医院", "平乡县人民医院"]


def test_the_first_unit_of_its_kind_in_a_place_is_no_institution_s_name():
    assert hospitals("湟源县人民医院建成了西宁地区首个生殖医学中心。") == ["湟源县人民医院"]
    text = "金华市中心医院对口帮扶湟源县人民医院。在帮扶专家指导下，湟源县人民医院建成了西宁地区首个生殖医学中心。"
    assert "生殖医学中心" in founded(text)


def test_a_counted_list_of_a_network_of_hospitals_founds_no_unit():
    text = "金华市中心医院对口帮扶湟源县人民医院，与湟源县人民医院组建了神经、心血管等5个专科联盟。"
    assert not founded(text)
    assert {"神经内科", "心血管内科"} <= founded(
        text.replace("5个专科联盟", "2个专科").replace("神经、心血管", "神经内科、心血管内科")
    )


def test_a_verb_of_thanks_stands_inside_no_name():
    assert hospitals("湟源县副县长王晓丽感谢附一院的持续帮扶。") == []
    assert hospitals("湟源县副县长王晓丽感谢温医大附一院的持续帮扶。") == ["温医大附一院"]


def test_a_unit_a_verb_of_founding_takes_with_its_other_name_in_brackets_is_what_it_founds():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。钱国平帮助检验科建成湟源县首个分子生物学实验室（PCR实验室），"
        "核酸检测不再需要外送。"
    )
    units = founded(text)
    assert "分子生物学实验室" in units and not any("检验科" in unit for unit in units)


def test_a_founding_verb_inside_what_another_takes_starts_a_unit_of_its_own():
    aid = "金华市第一医院对口帮扶湟源县人民医院。"
    assert founded(aid + "金华专家帮助湟源县人民医院建成导管室并成立胸痛中心。") == {"导管室", "胸痛中心"}
    assert founded(aid + "三年来，协助湟源县人民医院成立消化内镜中心、创建卒中中心。") == {"消化内镜中心", "卒中中心"}


def test_an_official_s_post_is_in_no_hospital_s_name():
    sentence = "湟中区、湟源县两县分管副县长和县人民医院院长出席仪式"
    assert hospitals(sentence) == ["县人民医院"]


def test_the_end_of_a_unit_s_name_written_after_it_is_that_unit_again():
    text = (
        "金华市疾控中心对口帮扶湟源县疾控中心。在金华专家指导下，湟源县疾控中心建成核酸检测实验室。"
        "去年11月，实验室正式启用。"
    )
    assert founded(text) == {"核酸检测实验室"}


def test_a_unit_s_name_starts_after_a_reference_to_a_hospital_after_another_s_name():
    from graphaid.extract.departments import clean_unit

    assert clean_unit("金华市第一医院帮扶我院康复医学科")[0] == "康复医学科"


def test_the_places_of_a_street_address_are_no_parties():
    from graphaid.extract.place_actors import find_place_actors

    text = (
        "3月13日，我院专家团队一行6人从和平院区（沈阳市和平区南京北街）出发，于午后抵达武义县人民医院。\n"
        "地址：金华市婺城区西宁路12号\n"
    )
    doc = document_from_text("t.txt", text)
    places = {m.surface for ms in find_place_actors(doc, [[] for _ in doc.sentences]) for m in ms}
    assert not places & {"沈阳市和平区", "和平区", "南京", "西宁", "金华市婺城区", "婺城区"}


def test_a_studio_named_after_a_doctor_a_place_honours_keeps_the_place():
    from graphaid.extract.departments import clean_unit

    assert clean_unit("金华市名中医钱国平工作室湟源工作站")[0] == "金华市名中医钱国平工作室湟源工作站"
    assert clean_unit("湟源县三个乡镇血透室")[0] == "血透室"


def mentioned(text: str) -> set[str]:
    """The names of the places and institutions the text's graph holds."""
    return {m.surface for m in extract(document_from_text("t.txt", text)).mentions}


def test_where_someone_worked_for_years_before_a_later_step_is_no_party():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。钱国平毕业后先在金华市中心医院工作了六年，2004年调入金华市第一医院。"
        "孙燕在金华市第二医院工作了八年，2020年进入援青医疗队，来到湟源县人民医院。"
    )
    names = mentioned(text)
    # (nor is the city of the past station's name a party)
    assert "金华市中心医院" not in names and "金华市" not in names
    # a step that tells of aid leaves the hospital the person's employer, which sends them
    assert ("金华市第二医院", "SENDS", "孙燕") in relations(text)


def test_a_hospital_named_only_as_where_staff_went_to_learn_is_no_node():
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院还选派3名医生到西宁市第一人民医院进修学习。"
    names = mentioned(text)
    assert "西宁市第一人民医院" not in names
    assert {"金华市中心医院", "湟源县人民医院"} <= names


def test_a_corps_division_and_the_city_it_governs_written_together_are_the_division():
    text = "浙江省对口支援兵团第一师阿拉尔市以来，金华市中心医院选派专家到第一师医院开展帮扶。"
    places = {(m.surface, m.label, m.region) for m in extract(document_from_text("t.txt", text)).mentions}
    assert ("兵团第一师阿拉尔市", Label.CITY, "660001") in places


def test_a_hospital_of_another_place_in_brackets_after_a_name_is_another_institution():
    assert hospitals("▌湟源县人民医院（金华市第一医院）") == ["湟源县人民医院", "金华市第一医院"]
    text = (
        "金华市对口支援湟源县，本批医疗人才名单如下：\n"
        "▌湟源县人民医院（金华市第一医院）\n钱立新　神经外科　主任医师\n王晓丽　眼科　副主任医师\n"
    )
    found = relations(text)
    assert {("金华市第一医院", "SENDS", "钱立新"), ("钱立新", "POSTED_TO", "湟源县人民医院")} <= found


def test_where_patients_were_sent_or_went_before_the_aid_is_no_node():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。过去，急危重症患者只能转往省会西宁的西宁市第一人民医院。"
        "早产儿只能用救护车转往省会的湟中区第一人民医院。以前要跑到湟中区的湟中区中医院做检查。"
    )
    names = mentioned(text)
    assert not names & {"西宁市第一人民医院", "湟中区第一人民医院", "湟中区中医院"}
    assert ("金华市第一医院", "PAIRS_WITH", "湟源县人民医院") in relations(text)


def test_where_a_sentence_s_patients_had_to_go_before_the_aid_is_no_node():
    # the patients, or the time before the aid, in an earlier clause of the sentence than the going
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。以前做手术都要开大口子，很多老乡宁愿扛着不治，"
        "或者跑到西宁的西宁市第二人民医院去做。以前肺部有阴影的病人，只能去省城的西宁市第三人民医院做检查。"
    )
    assert not mentioned(text) & {"西宁市第二人民医院", "西宁市第三人民医院"}


def test_words_of_aid_before_the_receiving_place_are_no_part_of_a_units_name():
    text = "金华市对口帮扶湟源县。\n金华“组团式”医疗帮扶助湟源县新生儿科从无到有\n湟源县人民医院新生儿科正式开科。"
    assert founded(text) == {"新生儿科"}


def test_units_a_list_joins_before_a_verb_of_opening_with_a_hospital_before_the_last():
    text = "金华市第一医院对口帮扶湟源县人民医院。会上，“钱国平名医工作室”和湟源县人民医院消化内镜中心同时揭牌。"
    assert founded(text) == {"钱国平名医工作室", "消化内镜中心"}


def test_a_news_digest_s_items_numbered_with_a_bar_are_a_round_up_s():
    text = (
        "湟源县卫生健康工作简讯（第9期）\n\n"
        "01｜全县召开传染病防治推进会\n4月12日，县卫生健康局召开推进会，湟中区第一人民医院专家作报告。\n"
        "02｜县中医院开展义诊活动\n4月20日，金华市第二医院副院长周晓东带队来县参观交流。\n"
        "03｜对口帮扶\n4月25日，金华市第一医院对口帮扶湟源县人民医院，选派心内科主任医师孙燕驻点。\n"
    )
    names = mentioned(text)
    assert not names & {"湟中区第一人民医院", "金华市第二医院", "周晓东"}
    assert {"金华市第一医院", "湟源县人民医院", "孙燕"} <= names


def test_a_past_episode_ends_with_its_aside_or_where_a_later_time_opens_a_clause():
    from graphaid.extract.place_actors import in_a_past_episode

    def past_at(sentence: str, name: str) -> bool:
        return in_a_past_episode(sentence, 0, sentence.index(name))

    assert not past_at("骨科主任医师钱国平（曾在西宁市第一人民医院进修）驻点湟源县人民医院。", "湟源县人民医院")
    assert not past_at("孙燕此前曾在西宁市第一人民医院进修，2023年4月起在湟源县人民医院开展帮扶。", "湟源县人民医院")
    assert past_at("孙燕曾在西宁市第一人民医院进修，并在湟源县人民医院工作过一年。", "湟源县人民医院")


def test_a_word_of_belonging_ends_a_place_before_a_hospital_s_name():
    assert hospitals("金华市婺城区所属湟源医院内科副主任医师钱国平派驻湟源县人民医院") == ["湟源医院", "湟源县人民医院"]


def test_a_heading_line_of_two_hospitals_joined_by_a_dash_heads_the_roster_under_it():
    text = (
        "金华市对口支援湟源县，本批医疗人才名单如下：\n金华市第一医院——湟源县人民医院\n"
        "钱立新　神经外科　主任医师\n王晓丽　眼科　副主任医师\n金华市中医医院—湟源县中医院\n孙晓燕　针灸科　主治医师\n"
    )
    found = relations(text)
    assert {("金华市中医医院", "SENDS", "孙晓燕"), ("孙晓燕", "POSTED_TO", "湟源县中医院")} <= found
    assert ("孙晓燕", "POSTED_TO", "湟源县人民医院") not in found


def test_a_sentence_pairing_every_giver_with_every_receiver_keeps_the_pairs_the_postings_make():
    text = (
        "金华市对口支援湟源县。金华市卫生健康局从金华市第一医院和金华市中医医院选派5名骨干，"
        "赴湟源县人民医院和湟源县中医院开展帮扶。\n附：名单\n"
        "钱立新　金华市第一医院普外科副主任医师（任湟源县人民医院外科主任）\n"
        "孙晓燕　金华市中医医院针灸科主治医师（派驻湟源县中医院）\n"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert {("金华市第一医院", "湟源县人民医院"), ("金华市中医医院", "湟源县中医院")} <= pairs
    assert not pairs & {("金华市第一医院", "湟源县中医院"), ("金华市中医医院", "湟源县人民医院")}
    # (a sentence saying who pairs with whom keeps what it says: 甲帮扶乙和丙，丁帮扶丙)
    text = (
        "金华市第一医院对口帮扶湟源县人民医院和湟中区第一人民医院，金华市中医医院对口帮扶湟中区第一人民医院。"
        "金华市第一医院主任医师钱立新在湟源县人民医院驻点帮扶。"
    )
    assert ("金华市第一医院", "湟中区第一人民医院") in {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}


def test_a_grade_and_a_kind_of_hospital_after_a_place_name_no_one_institution():
    assert hospitals("金华市卫生健康委员会组织辖区医疗机构对口帮扶西宁市县级中医医院") == []
    assert hospitals("金华市中医医院对口帮扶湟源县中医院") == ["金华市中医医院", "湟源县中医院"]


def test_health_supervision_institutes_and_short_names_of_maternal_centres_are_institutions():
    text = (
        "西宁市卫生监督所生活饮用水水质检测实验室揭牌运行。金华市卫生健康监督所选派孙海波、钱立新两名业务骨干"
        "赴西宁市卫生监督所开展为期一年的帮扶。"
    )
    found = relations(text)
    assert ("金华市卫生健康监督所", "PAIRS_WITH", "西宁市卫生监督所") in found
    assert ("孙海波", "POSTED_TO", "西宁市卫生监督所") in found
    # the unit is what follows the institute's name, however the place before it was cut off
    assert founded(text) == {"生活饮用水水质检测实验室"}
    # 某县妇幼中心: the county's maternal and child health centre, whose own staff are no experts
    text = (
        "金华市妇幼保健院对口帮扶湟源县妇幼保健计划生育服务中心，派出专家孙燕。"
        "“孙主任把技术带来了。”湟源县妇幼中心新生儿科负责人、主治医师王晓丽说。"
    )
    assert {name for name, rel, _ in relations(text) if rel == "POSTED_TO"} == {"孙燕"}


def test_units_listed_before_an_opening_each_belong_to_the_hospital_named_before_them():
    text = (
        "金华市中医医院组团式帮扶湟源县中医院。11月8日，湟源县中医院治未病科、康复医学科以及"
        "城关镇卫生院国医堂同日揭牌。"
    )
    parts = {(s, t) for s, _, t in relations(text, Rel.PART_OF)}
    assert {("治未病科", "湟源县中医院"), ("康复医学科", "湟源县中医院"), ("国医堂", "湟源县城关镇卫生院")} <= parts
    assert founded(text) == {"治未病科", "康复医学科", "国医堂"}


def test_units_merged_into_one_and_a_hall_opened_are_founded():
    text = (
        "金华市中医医院托管湟源县中医院。金华市中医医院针灸科副主任医师孙燕与康复治疗师一起，"
        "将湟源县中医院原来分散的针灸室、理疗室整合为针灸康复科。"
    )
    assert founded(text) == {"针灸康复科"}
    text = (
        "金华市中医医院对口帮扶湟源县中医院。8月8日，由金华市中医医院和湟源县中医院共同援建的"
        "城关镇卫生院国医馆正式开馆。"
    )
    assert founded(text) == {"国医馆"}


def test_the_one_helped_opens_the_clause_after_the_help_not_what_a_colon_opens():
    text = (
        "金华市中医医院对口帮扶湟源县人民医院。在金华市中医医院的支持下，他从零开始筹建中医针灸科："
        "金华市婺城区投入资金46万元。"
    )
    pairs = {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)}
    assert pairs == {("金华市中医医院", "湟源县人民医院")}


def test_where_someone_had_care_before_is_no_party():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院，派出专家孙燕坐诊。"
        "“前年我在西宁市第一人民医院做过一次胃镜，来回要折腾好几天。”患者说。"
    )
    assert "西宁市第一人民医院" not in mentioned(text)
    # (care had there, with no word of the past, is the aid's: 在乙医院做过的手术)
    text = "金华市第一医院对口帮扶湟源县人民医院。孙燕在西宁市第一人民医院做过多台示范手术。"
    assert "西宁市第一人民医院" in mentioned(text)


def test_lists_of_hospitals_on_both_sides_keep_only_the_pairs_the_article_states_one_by_one():
    text = (
        "10月23日，金华市第一医院、金华市第二医院、金华市中医医院的医疗专家与湟源县人民医院、湟源县中医院医务人员"
        "组成联合医疗队，走进湟源县城关镇开展义诊。在医疗领域，金华市第一医院对口帮扶湟源县人民医院，"
        "金华市中医医院对口帮扶湟源县中医院，金华市第二医院以“院包科”方式帮扶湟源县人民医院骨科。"
    )
    assert {(s, t) for s, _, t in relations(text, Rel.PAIRS_WITH)} == {
        ("金华市第一医院", "湟源县人民医院"),
        ("金华市中医医院", "湟源县中医院"),
        ("金华市第二医院", "湟源县人民医院"),
    }


@pytest.mark.parametrize(
    "told",
    [
        "考察团实地察看了由金华市第一医院援建的血液透析室。",
        "调研组首先参观了湟源县人民医院血液透析室。该室由金华市第一医院帮扶建设，于2022年9月投入使用。",
        "调研组察看了湟源县人民医院血液透析室。血液透析室是金华市第一医院帮扶建设的重点项目，于今年3月投入使用。",
    ],
)
def test_a_unit_its_builder_s_clause_qualifies_or_a_pointer_names_is_founded_by_it(told):
    text = "金华市第一医院对口帮扶湟源县人民医院。" + told
    assert ("金华市第一医院", "FOUNDED", "血液透析室") in relations(text)


def test_a_unit_made_a_department_of_its_own_out_of_another_is_founded():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。在金华市第一医院的支持下，湟源县人民医院泌尿外科于2023年10月"
        "从普外科独立建科。孙燕到岗后，推动儿科于2023年9月独立设科。"
    )
    assert founded(text) == {"泌尿外科", "儿科"}


def test_a_university_hospital_s_own_name_after_its_other_name_in_brackets_is_read_alone_and_gives():
    text = (
        "湟源县人民医院儿童康复科开科。该科室由金华市对口帮扶单位浙江大学明德儿童医院（金华市儿童医院）协助建设。"
        "明德儿童医院自2021年与湟源县人民医院结对以来，已先后选派12批次专家驻点帮扶。"
        "今年3月，明德儿童医院康复医学科副主任孙燕来到湟源，着手筹建儿童康复科。"
    )
    found = relations(text)
    assert ("明德儿童医院", "SENDS", "孙燕") in found
    # (对口帮扶单位: a noun of who gives, no act whose object receives)
    assert not any(rel == "PAIRS_WITH" and target.startswith("浙江大学") for _, rel, target in found)


def test_a_unit_after_a_township_centre_named_by_its_level_is_the_unit_alone():
    text = "金华市中医医院组团式帮扶湟源县中医院。湟源县中医院两个新科室、镇卫生院国医堂同日揭牌。"
    assert founded(text) == {"国医堂"}


def test_a_unit_a_builder_s_clause_qualifies_ends_before_its_opening_and_a_pointer_finds_a_quoted_name():
    text = "金华市第一医院对口帮扶湟源县人民医院。4月23日，由金华市第一医院援建的湟源县人民医院新生儿科正式开科。"
    assert founded(text) == {"新生儿科"}
    text = (
        "金华市中医医院对口帮扶湟源县中医院。1月10日，金华市中医医院针灸科副主任医师孙燕在湟源县中医院“治未病科”"
        "坐诊。该科由金华市中医医院帮扶建设，是湟源县首个治未病科室。"
    )
    assert founded(text) == {"治未病科"}


@pytest.mark.parametrize(
    "sentence,centres",
    [
        (
            "湟源县人民医院整合了城关镇、大华镇、和平镇等3家乡镇卫生院，挂牌成立医共体。",
            ["城关镇卫生院", "大华镇卫生院", "和平镇卫生院"],
        ),
        (
            "湟源县人民医院分别与城关、大华、申中等镇卫生院组成医共体。",
            ["城关镇卫生院", "大华镇卫生院", "申中镇卫生院"],
        ),
        (
            "湟源县医疗集团下辖城关镇、大华镇及申中乡12个乡镇卫生院。",
            ["城关镇卫生院", "大华镇卫生院", "申中乡卫生院"],
        ),
    ],
)
def test_each_township_of_a_list_closed_by_their_health_centres_has_its_centre(sentence, centres):
    assert hospitals(sentence)[1:] == centres


def test_units_listed_before_what_is_made_of_them_are_not_founded():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。在孙燕的推动下，湟源县人民医院危重孕产妇救治中心挂牌成立。"
        "中心建立了产科、麻醉科、ICU、输血科、新生儿科多学科联动机制。"
    )
    assert founded(text) == {"危重孕产妇救治中心"}
    # (a list's last unit with its short name in brackets is a unit: 建成甲中心和乙室（PICU）)
    text = "金华市第一医院对口支援湟源县人民医院，帮助医院建成卒中中心和儿童重症监护室（PICU），实现了零的突破。"
    assert founded(text) == {"卒中中心", "儿童重症监护室"}


def test_verbs_of_building_and_of_staying_end_an_institution_s_name():
    assert hospitals("【我院派驻医生扎根城关镇卫生院】") == ["城关镇卫生院"]
    assert hospitals("金华援青专家在湟源县建成急诊急救中心") == []


BRIEFS = (
    "东西部协作简讯汇编（第3期）\n"
    "发布日期：2022-07-08　来源：市协作工作组\n\n"
    "湟源县人民医院新生儿科投入使用\n"
    "6月28日，由金华市第一医院援建的湟源县人民医院新生儿科投入使用。金华市第一医院儿科主任医师钱立新驻点湟源。\n\n"
    "特产展销活动举行\n"
    "6月30日，特产展销活动在西宁市城北区举行，两地企业签订购销协议。\n\n"
    "绥阳县人民医院感染科通过验收\n"
    "7月6日，在西宁市第一人民医院帮扶下，绥阳县人民医院感染科建成并通过验收。"
    "西宁市第一人民医院感染科副主任医师孙燕驻点绥阳8个月。\n"
)


def test_a_page_of_dated_briefs_reads_each_brief_as_an_article_of_its_own():
    from graphaid.extract.items import briefs

    assert len(briefs(document_from_text("t.txt", BRIEFS))) == 3
    found = relations(BRIEFS)
    assert {("西宁市第一人民医院", "PAIRS_WITH", "绥阳县人民医院"), ("西宁市第一人民医院", "SENDS", "孙燕")} <= found
    # (one brief's giver gives nothing to another brief's receiver, nor to its giver)
    assert not found & {
        ("金华市第一医院", "PAIRS_WITH", "绥阳县人民医院"),
        ("金华市第一医院", "PAIRS_WITH", "西宁市第一人民医院"),
    }


def test_one_story_under_its_own_headings_in_a_section_of_news_is_one_article():
    from graphaid.extract.items import briefs

    text = (
        "当前位置：首页 > 新闻中心 > 工作动态\n"
        "金华市组团式帮扶湟源县见实效\n\n"
        "发布时间：2023-10-11\n\n"
        "湟源县人民医院接受金华市第一医院的组团式帮扶已有2年，医院面貌焕然一新。\n\n"
        "组团帮扶，用真情见实效\n\n"
        "专家们深入乡村开展义诊，为群众送去健康。\n\n"
        "传帮带，留下带不走的队伍\n\n"
        "帮扶团队协助完善了14项诊疗规范，培养了一批本地骨干。\n"
    )
    assert briefs(document_from_text("t.txt", text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "前年我父亲胃出血，辗转跑到南昌的江西省人民医院治疗，来回花了一万多块钱。",
        "过去得了这个病，要坐七八个小时的车去南昌的江西省人民医院做手术，现在县里就能做。",
        "以前肚子疼就得去南昌，到江西省人民医院排队做检查，现在县医院就能做肠镜。",
        # (where the patients were sent, and one 甚至 adds to it)
        "过去，我县的急性心梗患者只能转往金华市中心医院，甚至江西省人民医院，路上动辄两三个小时。",
        # (care someone had there, a time of the past before it)
        "杨大爷去年冬天突发脑梗，在江西省人民医院治疗后留下了后遗症。",
        "牧民说，他两年前在南昌的江西省人民医院查出过胃部问题。",
        # (a trip told by its hours)
        "严重创伤病人基本靠转诊，去南昌的江西省人民医院要两个半小时。",
        # (where someone was taken, in a sentence saying nothing of aid)
        "那年冬天，家人带着他坐了七个多小时的车赶到南昌，在江西省人民医院做了手术。",
        "2018年，她父亲带她到南昌的江西省人民医院检查，医生说孩子心脏有杂音。",
        # (where patients would have had to go)
        "“以前腿疼得下不了炕，听说要去南昌的江西省人民医院做，家里掏不起路费。”",
        "村民说：“原本要去南昌的江西省人民医院，光排队就得半个月。”",
    ],
)
def test_where_someone_went_for_care_before_the_aid_is_no_node(text):
    assert "江西省人民医院" not in mentioned("湟源县人民医院与西宁市第二人民医院结对帮扶。" + text)


def test_verbs_of_building_a_unit_found_it():
    text = (
        "金华市中心医院对口支援湟源县人民医院。肾内科副主任医师孙海波牵头筹建湟源县人民医院血液透析中心。"
        "心内科主任医师钱国平到岗后，在原急诊观察室的基础上改建出6张床位的重症医学科。"
        "急诊科主任孙燕牵头建设了湟源县人民医院胸痛中心。"
    )
    assert founded(text) == {"血液透析中心", "重症医学科", "胸痛中心"}
    # (preparing to build what the aid will: nothing founded yet)
    later = "金华市中心医院对口支援湟源县人民医院。金华市中心医院还将帮助湟源县人民医院筹建卒中中心，目前已完成论证。"
    assert founded(later) == set()
    assert founded("金华市中心医院与湟源县人民医院签订帮扶协议，双方将合作筹建胸痛中心。") == set()


def test_a_brief_that_tells_of_no_aid_names_no_party_whatever_the_page_s_title_names():
    text = (
        "援青工作动态（第42期）\n青海省卫生健康委员会　2024-06-20\n\n"
        "■ 湟源县人民医院血液透析室投入使用\n"
        "6月17日，湟源县人民医院血液透析室投入使用。该室由金华市中心医院援青专家、肾内科副主任医师孙海波指导建设。\n\n"
        "■ 西宁市第三人民医院互联网医院上线\n"
        "6月18日，西宁市第三人民医院互联网医院正式上线，市民可通过手机完成复诊和开药。\n\n"
        "■ 绥阳县人民医院感染科通过验收\n"
        "6月20日，在西宁市第一人民医院帮扶下，绥阳县人民医院感染科建成并通过验收。\n"
    )
    names = mentioned(text)
    assert "西宁市第三人民医院" not in names
    assert {"湟源县人民医院", "金华市中心医院", "西宁市第一人民医院", "绥阳县人民医院"} <= names


def test_a_traditional_medicine_hospital_by_its_kind_alone_is_no_part_of_a_unit_s_name():
    text = "金华市中医医院对口帮扶湟源县中医院。省中医院钱国平名中医传承工作室湟源工作站揭牌。"
    assert founded(text) == {"钱国平名中医传承工作室湟源工作站"}


def test_a_place_read_across_a_head_s_title_and_a_name_is_none():
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县委常委、宣传部部长沙马拉且出席座谈会。"
    assert "长沙" not in mentioned(text)


def test_a_place_gone_to_on_the_way_is_no_party():
    text = "金华市中心医院对口帮扶湟源县人民医院。当天下午，医疗队一行乘机前往西宁，将于次日抵达湟源。"
    assert "西宁" not in mentioned(text)


def test_a_brief_of_someone_posted_names_its_parties_whatever_its_aid_words():
    text = (
        "东西部协作卫生健康工作简报（第5期）\n湟源县卫生健康局　2022年9月28日\n\n"
        "一、金华专家在湟源县人民医院建成创伤中心\n9月6日，湟源县人民医院创伤中心通过验收，由金华市中心医院援派专家孙海波牵头组建。\n\n"
        "二、婺城专家完成首例腹腔镜手术\n9月14日，金华市婺城区人民医院主任医师钱国平在湟源县中医院完成首例腹腔镜手术。钱国平今年4月到湟源驻点。\n\n"
        "三、全县启动新生儿筛查项目\n9月15日，新生儿疾病筛查项目启动，经费由县财政承担。\n"
    )
    assert {"金华市婺城区人民医院", "钱国平"} <= mentioned(text)


def test_a_county_groups_branch_named_by_its_town_is_a_hospital_of_that_county():
    # (the township table holds 巴燕乡 and 申中乡 in 湟源县; the segmenter cuts 申中 into characters)
    assert hospitals("孙燕（驻申中分院）开展帮扶") == ["申中分院"]
    assert hospitals("湟源县医共体巴燕分院院长于海燕说") == ["湟源县医共体巴燕分院"]
    # a verb of posting between the group and the branch parts them
    assert hospitals("记湟源县医共体下沉巴燕分院的医生孙燕") == ["巴燕分院"]
    # a hospital's branch named by a district stays whole, and a word no town is named is no branch
    assert hospitals("金华市中心医院婺城分院挂牌成立") == ["金华市中心医院婺城分院"]
    assert hospitals("医生们到全县14个乡镇分院驻点") == []
    text = "湟源县人民医院选派普外科主治医师钱建华（驻巴燕分院）、内科主治医师孙燕（驻申中分院）开展对口帮扶。"
    # (completed with the county the article names, which the table says holds the town)
    assert relations(text, Rel.POSTED_TO) == {
        ("钱建华", "POSTED_TO", "湟源县巴燕分院"),
        ("孙燕", "POSTED_TO", "湟源县申中分院"),
    }


def test_a_town_centre_named_by_its_former_name_or_as_an_example_starts_at_its_town():
    assert hospitals("巴燕分院即原巴燕乡卫生院") == ["巴燕分院", "巴燕乡卫生院"]
    assert hospitals("如申中乡卫生院挂牌为分院") == ["申中乡卫生院"]


def test_shi_yiyuan_in_an_article_on_a_county_level_city_is_that_city_s_hospital():
    text = (
        "东阳市人民医院第三批医共体下沉专家团队来到画水镇卫生院，开始为期三个月的驻点帮扶。"
        "本批团队由消化内科副主任医师孙燕带队，成员有普外科主治医师钱建华。村民听说“市医院的大夫来了”，一早就来排队。"
    )
    assert relations(text, Rel.SENDS) == {
        ("东阳市人民医院", "SENDS", "孙燕"),
        ("东阳市人民医院", "SENDS", "钱建华"),
    }
    # (no prefecture's hospital: 市 stands for the city the article names its hospital with)
    assert not any(m.surface.startswith("金华") for m in extract(document_from_text("a.txt", text)).mentions)


def test_each_party_of_a_list_that_yu_opens_pairs_with_the_party_before_yu():
    text = "金华市中心医院与东阳市人民医院、修水县人民医院组建医疗联合体，全年派出医师46人次下沉坐诊。"
    assert relations(text, Rel.PAIRS_WITH) == {
        ("金华市中心医院", "PAIRS_WITH", "东阳市人民医院"),
        ("金华市中心医院", "PAIRS_WITH", "修水县人民医院"),
    }
    # (a county-level city's hospital in the giver's own prefecture takes the levels' direction, one of another
    # province the sides')
    report = "金华市中心医院2016年工作总结\n二、城乡对口支援。医院与东阳市人民医院、修水县人民医院组建医疗联合体。"
    assert relations(report, Rel.PAIRS_WITH) == {
        ("金华市中心医院", "PAIRS_WITH", "东阳市人民医院"),
        ("金华市中心医院", "PAIRS_WITH", "修水县人民医院"),
    }


def test_a_divisions_regiment_farm_hospitals_and_division_cities_hospitals_name_a_kind():
    assert hospitals("推动省内医院与第五师团场医院结对") == []
    assert hospitals("提升兵团师市医院服务能力") == []
    # (a regiment's own hospital and a division's are names)
    assert hospitals("某市医院与八十九团医院签订协议，第五师医院也派出专家") == ["八十九团医院", "第五师医院"]


def test_a_county_a_district_of_another_city_of_its_province_aids_receives_in_an_article_that_also_aids_afar():
    text = (
        "东湖区卫生健康局2021年工作总结\n一、东西部协作。南昌市东湖区第一人民医院对口帮扶湟源县人民医院，全年派出专家5名。\n"
        "二、省内帮扶。南昌市东湖区中医院帮扶修水县中医院，派出针灸科副主任中医师孙燕常驻，帮助修水县中医院成立治未病中心。"
    )
    assert ("南昌市东湖区中医院", "SENDS", "孙燕") in relations(text, Rel.SENDS)
    assert relations(text, Rel.POSTED_TO) == {("孙燕", "POSTED_TO", "修水县中医院")}
    assert relations(text, Rel.PART_OF) == {("治未病中心", "PART_OF", "修水县中医院")}


def test_a_county_level_city_whose_hospital_takes_a_head_sent_from_its_city_receives():
    text = (
        "金华市中心医院2017年工作总结\n一、东西部协作。医院对口帮扶修水县人民医院，全年派出专家5名。\n"
        "二、在省内，医院与东阳市人民医院建立紧密型医联体，派出呼吸内科主任医师孙燕担任东阳市人民医院业务院长。"
    )
    assert relations(text, Rel.POSTED_TO) == {("孙燕", "POSTED_TO", "东阳市人民医院")}
    assert ("金华市中心医院", "SENDS", "孙燕") in relations(text, Rel.SENDS)
    assert ("东阳市人民医院", "PAIRS_WITH", "修水县人民医院") not in relations(text, Rel.PAIRS_WITH)


def test_a_county_groups_branch_named_by_its_town_is_that_towns_health_centre():
    text = (
        "修水县医共体下沉医生进驻何市、黄港分院。县人民医院内科主治医师孙燕、外科主治医师钱建华正式落户何市、"
        "黄港两个分院（原何市镇卫生院、黄港镇中心卫生院），开展驻点帮扶。"
    )
    keys = {m.surface: m.key for m in extract(document_from_text("a.txt", text)).mentions}
    assert keys["修水县黄港分院"] == keys["修水县黄港镇中心卫生院"]
    assert keys["修水县何市镇卫生院"] != keys["修水县黄港镇中心卫生院"]


def test_a_unit_founded_with_his_help_is_founded_by_the_expert_named_last_before():
    text = (
        "江西省对口支援湟源县以来，金华市结对帮扶湟源县。金华市第一医院骨科副主任医师孙海波被派驻到湟源县人民医院。"
        "“这里外伤骨折多，过去只能简单固定后转院。”孙海波说。在他的帮助下，湟源县人民医院开设了骨科病区。"
    )
    assert relations(text, Rel.FOUNDED) == {("孙海波", "FOUNDED", "骨科病区")}
    # (其他 holds no pronoun for a person)
    other = text.replace("在他的帮助下，", "与其他科室一起，")
    assert ("孙海波", "FOUNDED", "骨科病区") not in relations(other, Rel.FOUNDED)


def test_the_sign_a_county_hospital_hangs_and_the_citys_numbered_short_form_name_the_institutions_the_article_names():
    text = (
        "金华市第一医院托管湟源县人民医院，湟源县人民医院正式挂牌“金华市第一医院湟源分院”。\n"
        "市一医院派出心血管内科副主任孙海波担任湟源分院执行院长，心血管内科副主任医师王晓丽常驻湟源。"
    )
    result = extract(document_from_text("a.txt", text))
    keys = {m.surface: m.key for m in result.mentions if m.label is Label.HOSPITAL}
    assert len(set(keys.values())) == 2  # the giver, and the county's hospital under its hung name too
    links = {(r.source.key, r.type, r.target.surface) for r in result.relations}
    assert (keys["金华市第一医院"], Rel.SENDS, "孙海波") in links
    assert ("孙海波", Rel.POSTED_TO, "湟源县人民医院") in {
        (r.source.surface, r.type, r.target.surface) for r in result.relations
    }


def test_the_members_listed_under_a_members_line_receive_from_the_hospital_that_leads():
    text = (
        "由金华市中心医院牵头组建的金华市呼吸专科联盟成立，江西省人民医院专家到会指导。\n二、首批成员单位（3家）\n"
        "1. 东阳市人民医院\n2. 义乌市中心医院\n3. 浦江县人民医院\n三、工作要求\n4. 修水县人民医院"
    )
    assert {p for p in relations(text, Rel.PAIRS_WITH) if p[0] == "金华市中心医院"} == {
        ("金华市中心医院", "PAIRS_WITH", "东阳市人民医院"),
        ("金华市中心医院", "PAIRS_WITH", "义乌市中心医院"),
        ("金华市中心医院", "PAIRS_WITH", "浦江县人民医院"),
    }
    # (no hospital said to lead: no one's members)
    unled = text.replace("由金华市中心医院牵头组建的", "")
    assert not {p for p in relations(unled, Rel.PAIRS_WITH) if p[2] == "义乌市中心医院"}


def test_a_unit_that_opens_at_a_time_the_aids_own_events_tell_is_founded():
    text = (
        "金华市第一医院托管湟源县人民医院。按照计划，金华市第一医院将帮助湟源县人民医院建设消化内镜中心。"
        "湟源县人民医院消化内镜中心已于签约当月投入使用。"
    )
    assert founded(text) == {"消化内镜中心"}
    # (a plan alone founds nothing)
    assert founded(text.removesuffix("湟源县人民医院消化内镜中心已于签约当月投入使用。")) == set()


def test_a_team_of_a_city_founds_through_its_hospital_paired_with_the_receiver():
    # the city names two giving hospitals; the unit's receiver is paired with one of them
    text = (
        "金华市对口帮扶湟源县。金华市中心医院对口帮扶湟源县人民医院，金华市第二医院对口帮扶湟源县中医院。\n"
        "在前两批队员的推动下，湟源县人民医院胸痛中心于去年11月挂牌成立。"
    )
    assert relations(text, Rel.FOUNDED) == {("金华市中心医院", "FOUNDED", "胸痛中心")}


def test_a_title_s_place_founds_through_its_one_hospital_paired_with_a_receiver():
    text = (
        "金华专家驻诊湟源：骨伤科开科三个月收治患者300余人次\n"
        "金华市中医院与湟源县中医院签订对口帮扶协议，派出骨伤科主任医师孙海波驻点帮扶半年。"
    )
    assert ("金华市中医院", "FOUNDED", "骨伤科") in relations(text, Rel.FOUNDED)
    assert not {source for source, _, _ in relations(text, Rel.FOUNDED)} & {"金华", "金华市"}


def test_a_unit_that_sets_up_counted_rules_is_not_founded():
    text = "金华市中心医院护师孙燕在湟源县人民医院工作半年，帮助该院重症监护室建立了10项护理核心制度。"
    assert founded(text) == set()


def test_a_province_whose_name_ends_in_a_direction_opens_no_neighbour_clause():
    # 东与某州接壤 describes a neighbour; 山西与吉林 is two parties
    for text in ("今年是山西与吉林开展医疗协作的第一年。", "湖南与江苏开展医疗协作已有多年。"):
        places = [m.surface for m in extract(document_from_text("t.txt", text)).mentions]
        assert places == [
            text[text.index("与") - 2 : text.index("与")],
            text[text.index("与") + 1 : text.index("与") + 3],
        ]
    assert relations("湖南与江苏开展医疗协作已有多年。", Rel.PAIRS_WITH) == {("江苏", "PAIRS_WITH", "湖南")}
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县东与西宁市接壤，西宁市人民医院也派出专家。"
    assert "西宁市" not in {m.surface for m in extract(document_from_text("t.txt", text)).mentions}


def test_a_place_a_team_s_name_goes_to_receives_with_words_of_aid_between():
    text = "2020年3月，我作为浙江省金华市第二批赴西宁市医疗帮扶队员，来到青海省西宁市湟源县。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("浙江省金华市", "PAIRS_WITH", "青海省西宁市湟源县") in pairs
    assert not any(source == "西宁市" for source, _, _ in pairs)


def test_the_level_a_unit_is_accredited_at_is_no_part_of_its_name():
    text = "金华市中心医院急诊科主任医师钱国平带领团队帮助湟源县人民医院建成县级胸痛中心。"
    assert founded(text) == {"胸痛中心"}


def test_a_slogan_in_quotation_marks_founds_no_unit():
    text = "金华市中心医院对口帮扶湟源县人民医院，推动专家由“坐诊看病”向“带科建科”转变。"
    assert founded(text) == set()
    assert founded(text + "帮助该院成立了“胸痛中心”。") == {"胸痛中心"}


def test_each_department_a_counted_list_of_stations_names_is_a_station_of_its_own():
    text = "金华市中心医院在湟源县人民医院设立的心内科、骨科、儿科3个专家工作站集中揭牌。"
    assert founded(text) == {"心内科专家工作站", "骨科专家工作站", "儿科专家工作站"}


def test_who_gives_to_a_party_said_as_a_label_of_it_gives():
    text = "湟源县人民医院的帮扶单位是金华市第一医院。该院儿科副主任医师孙燕任湟源县人民医院副院长。"
    assert relations(text, Rel.PAIRS_WITH) == {("金华市第一医院", "PAIRS_WITH", "湟源县人民医院")}
    text = "金华市第一医院的受援单位是湟源县人民医院，双方签订了协议。"
    assert relations(text, Rel.PAIRS_WITH) == {("金华市第一医院", "PAIRS_WITH", "湟源县人民医院")}


def test_a_list_counted_as_things_of_another_kind_founds_no_units():
    text = "金华市中心医院对口帮扶湟源县人民医院。本届学术年会设立内科、外科、妇儿、护理4个分论坛。"
    assert founded(text) == set()
    assert founded("金华市中心医院帮助湟源县人民医院新开设儿科、眼科2个专科。") == {"儿科", "眼科"}


def test_a_unit_after_yi_of_yi_wei_is_named_without_it():
    text = "金华市中心医院对口帮扶湄潭县人民医院。县卫生健康局要求湄潭县人民医院以胸痛中心揭牌为新起点，巩固帮扶成果。"
    assert founded(text) == {"胸痛中心"}


def test_the_hospitals_of_a_counted_list_of_counties_with_the_level_written_again_are_each_county_s():
    text = (
        "金华市对口帮扶湟源县、湟中区。金华市中心医院组团帮扶湟源县人民医院。"
        "金华将继续选派骨干，推动湟源、修水两县县医院提升服务能力。"
    )
    result = extract(document_from_text("t.txt", text))
    keys = {m.surface: m.key for m in result.mentions if m.label is Label.HOSPITAL}
    assert keys["湟源县医院"] == keys["湟源县人民医院"]
    assert "修水县医院" in keys


def test_a_headline_s_run_of_counties_before_a_hospital_s_ending_names_no_one_hospital():
    assert hospitals("四家市级医院组团扎根 湟源湟中大通县医院两年长高一大截") == []
    assert hospitals("上海兴国医院派出专家") == ["上海兴国医院"]


def test_a_unit_a_clause_on_what_comes_next_leads_to_is_not_founded_yet():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "孙燕表示，下一步，医疗队将以远程心电中心为基础，协助湟源县人民医院创建胸痛中心。"
    )
    assert founded(text) == set()
    assert founded("金华市中心医院对口帮扶湟源县人民医院。今年，医疗队协助湟源县人民医院创建胸痛中心。") == {"胸痛中心"}


def test_a_town_whose_name_spells_a_county_elsewhere_keeps_its_health_centre():
    # 永和 is a county of another province; 永和镇 a town of this county
    assert hospitals("南昌市帮扶修水永和镇卫生院建成血透室") == ["修水永和镇卫生院"]


def test_a_unit_a_cleft_says_was_founded_is_founded():
    # 是…的 with a verb of founding closing it says when or by whom the unit named first came to be
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院的远程会诊中心，是2021年由金华市中心医院援建的。"
    assert founded(text) == {"远程会诊中心"}
    text = "金华市中心医院对口帮扶湟源县人民医院。县医院的重症监护室是孙燕去年牵头建起来的，有6张床。"
    assert founded(text) == {"重症监护室"}
    # (a copula that says what a unit is, with no founding closing it, founds nothing)
    text = "金华市中心医院对口帮扶湟源县人民医院。县医院的重症监护室是全县唯一的，有6张床。"
    assert founded(text) == set()


def test_a_list_respectively_goes_to_pairs_item_by_item_past_a_place_all_went_to():
    text = "由金华市中心医院、金华市中医院选派的专家团一行7人抵达湟源县，分别进驻湟源县人民医院和湟源县中医院。"
    assert relations(text, Rel.PAIRS_WITH) == {
        ("金华市中心医院", "PAIRS_WITH", "湟源县人民医院"),
        ("金华市中医院", "PAIRS_WITH", "湟源县中医院"),
    }
    # (givers that are no one list pair no one item by item)
    text = "金华市中心医院牵头组建的江苏省医疗队抵达湟源县，队员分别进驻湟源县人民医院与湟源县中医院。"
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("江苏省", "PAIRS_WITH", "湟源县中医院") not in pairs or ("江苏省", "PAIRS_WITH", "湟源县人民医院") in pairs


def test_a_dateline_with_its_year_names_where_the_report_comes_from_not_a_party():
    text = "（记者钱建华吉林2024年5月6日电）江苏省医疗队抵达湟源县，队员进驻湟源县人民医院。"
    assert relations(text, Rel.PAIRS_WITH) == {
        ("江苏省", "PAIRS_WITH", "湟源县"),
        ("江苏省", "PAIRS_WITH", "湟源县人民医院"),
    }


def test_a_list_s_own_count_after_its_last_unit_is_no_part_of_its_name():
    text = "金华市中心医院帮助湟源县人民医院建成神经外科联合病房、肿瘤科联合病房和儿科联合病房3个。"
    assert founded(text) == {"神经外科联合病房", "肿瘤科联合病房", "儿科联合病房"}
    # (a count that is not the list's own says the list is of something else)
    text = "金华市中心医院帮助湟源县人民医院建成神经外科联合病房、肿瘤科联合病房和儿科联合病房2个。"
    assert founded(text) == set()
    # (the count may name the kind of unit; a unit's short name in brackets may come before it)
    text = "金华市中心医院帮助湟源县人民医院新建消化内镜中心、呼吸与危重症医学科（PCCM）2个学科。"
    assert founded(text) == {"消化内镜中心", "呼吸与危重症医学科"}


def test_a_laboratory_built_at_a_disease_control_centre_is_founded_not_the_centre():
    text = "金华市疾病预防控制中心对口帮扶湟源县疾病预防控制中心，援建了湟源县疾病预防控制中心新冠病毒核酸检测实验室。"
    assert founded(text) == {"新冠病毒核酸检测实验室"}
    text = "由金华市疾病预防控制中心援建的湟源县疾病预防控制中心新冠病毒核酸检测实验室投入使用。"
    assert founded(text) == {"新冠病毒核酸检测实验室"}
    # (nor is a community's health centre; a hospital's mental health centre is one of its units)
    assert founded("金华市中心医院对口帮扶湟源县，援建了城关镇社区卫生服务中心。") == set()
    assert founded("金华市第七医院对口帮扶湟源县人民医院，帮助湟源县人民医院成立精神卫生中心。") == {"精神卫生中心"}


def test_a_listed_unit_s_builder_after_a_comma_founds_it():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。本次揭牌的病房分别是：（一）心血管内科联合病房，由金华市中心医院共建；"
        "（二）呼吸科联合病房，由金华市第二医院共建。"
    )
    assert ("金华市中心医院", "FOUNDED", "心血管内科联合病房") in relations(text, Rel.FOUNDED)
    assert ("金华市第二医院", "FOUNDED", "呼吸科联合病房") in relations(text, Rel.FOUNDED)
    # (a unit named before, said again of what kind it is, is not founded again under that name)
    text = "金华市中心医院帮助湟源县人民医院开设疼痛门诊。这是湟源县第一个疼痛专科门诊，由金华市中心医院帮扶建设。"
    assert founded(text) == {"疼痛门诊"}


def test_a_unit_written_by_the_short_name_the_text_gives_it_in_brackets_is_that_unit():
    text = (
        "孩子在湟源县人民医院新生儿重症监护室（NICU）接受了40多天的救治。"
        "这间NICU，正是孙燕一手建起来的。2019年，金华市中心医院儿科医师孙燕来到湟源县人民医院，"
        "帮助医院建起了新生儿重症监护室。"
    )
    assert founded(text) == {"新生儿重症监护室"}


def test_a_word_that_takes_a_unit_as_its_object_is_no_part_of_its_name():
    text = "金华市中心医院对口帮扶湟源县人民医院。说起内镜室，是金华市中心医院援建的，去年11月正式开诊。"
    assert founded(text) == {"内镜室"}
    text = "金华市中心医院对口帮扶湟源县人民医院。局长到湟源县人民医院看望医疗队，了解康复医学科开科情况。"
    assert founded(text) == {"康复医学科"}
    # (nor a preposition before it: 给某室开科庆功 names no unit of its own)
    text = "金华市中心医院对口帮扶湟源县人民医院。晚上大家吃了一顿饭，算是给ICU开科庆功。"
    assert all(not unit.startswith("给") for unit in founded(text))


def test_a_unit_joined_by_yu_in_a_headline_after_a_space_is_whole():
    text = "金华市中心医院专家扎根湟源 呼吸与危重症医学科从无到有\n金华市中心医院对口帮扶湟源县人民医院。"
    assert founded(text) == {"呼吸与危重症医学科"}


def test_a_unit_built_for_the_aided_side_is_founded():
    text = "金华市中心医院对口帮扶湟源县人民医院，援建儿童重症监护室（PICU）并于2023年投用，转诊率下降。"
    assert relations(text, Rel.FOUNDED) == {("金华市中心医院", "FOUNDED", "儿童重症监护室")}
    text = "金华市中医院与修水县人民医院结对，援建远程心电诊断中心，覆盖全县乡镇卫生院。"
    assert relations(text, Rel.FOUNDED) == {("金华市中医院", "FOUNDED", "远程心电诊断中心")}
    # (a building or funds are no unit)
    assert founded("金华市中心医院援建湟源县人民医院门诊楼，援建资金300万元。") == set()
    # (援建 inside 支援建成 is no verb of its own: 建成 is)
    text = "金华市中心医院对口帮扶湟源县人民医院，三年来支援建成了儿科等5个重点专科。"
    assert founded(text) == {"儿科"}


def test_the_first_unit_of_its_kind_a_sentence_says_this_is_restates_one_named_before():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，新生儿重症监护室（NICU）建成投用。"
        "这是金华市对口帮扶湟源县以来，在湟源县援建的首个医疗专科病区。"
    )
    assert founded(text) == {"新生儿重症监护室"}


def test_a_list_s_item_whose_next_clause_opens_it_unnamed_is_founded():
    text = (
        "金华市第二医院对口支援湟源县人民医院。三年来，金华市第二医院帮助该院先后新建了四个临床专科：\n\n"
        "——血液净化中心，2014年11月投入使用，现有透析机12台；\n"
        "——新生儿科，2015年3月开科，开放床位15张；\n"
        "——消化内镜中心，可开展胃肠镜下息肉切除等诊疗；\n"
        "——神经外科，2015年9月独立建科。"
    )
    assert {"血液净化中心", "新生儿科", "神经外科"} <= founded(text)
    # (an item whose clause names what it got is no unit opened)
    text = "金华市第二医院对口支援湟源县人民医院。\n1. 心内科，2018年投入使用新设备；\n2. 儿科，2019年开展新技术。"
    assert founded(text) == set()


def test_an_aid_word_a_headline_tells_a_time_of_says_no_side():
    # the county hospital the headline opens with receives: the body says so, and the headline's topic does not
    # turn it round
    text = (
        "湟源县人民医院“组团式”帮扶一年间：金华专家让群众有了底气\n\n"
        "2022年10月，金华市中心医院与湟源县人民医院签订“组团式”帮扶协议。\n"
        "团队成员包括：金华市中心医院急诊医学科副主任医师孙海波（挂任副院长）、心内科主治医师于海燕（挂任心内科主任）。"
    )
    assert {("金华市中心医院", "SENDS", "孙海波"), ("于海燕", "POSTED_TO", "湟源县人民医院")} <= relations(text)


def test_the_hospital_of_the_people_an_aid_word_names_before_a_dash_receives_nothing():
    text = (
        "湟源县人民医院与义乌市立医院开展党支部结对共建\n"
        "按照金华市与海东市东西部协作的部署，义乌市立医院与湟源县人民医院建立了结对关系。\n"
        "活动现场，湟源县人民医院为三名金华帮扶专家——义乌市立医院普外科副主任医师钱志远、麻醉科主治医师孙雪梅、"
        "护理部副主任王晓丽颁发了“优秀帮扶专家”证书。"
    )
    pairs = relations(text, Rel.PAIRS_WITH)
    assert ("义乌市立医院", "PAIRS_WITH", "湟源县人民医院") in pairs
    assert not any(target == "义乌市立医院" for _, _, target in pairs)
    # (the list's names share the role, a nursing department's post between them too)
    assert {(s, t) for s, _, t in relations(text, Rel.SENDS)} == {
        ("义乌市立医院", name) for name in ("钱志远", "孙雪梅", "王晓丽")
    }


def test_counties_patients_are_brought_from_are_no_parties():
    text = (
        "浙江援青医疗队在海东\n浙江对口支援海东市是中央的安排。浙江已累计选派5批医疗人才进驻海东市第一人民医院。\n"
        "——金华市第一医院神经外科副主任医师孙海波，推动神经外科独立建科，完成开颅手术40余台，"
        "其中不少患者是从民和、化隆等县转来。"
    )
    found = relations(text)
    assert ("孙海波", "POSTED_TO", "海东市第一人民医院") in found
    assert not any(name in (source, target) for source, _, target in found for name in ("民和", "化隆"))


@pytest.mark.parametrize("verb", ["选取", "挑选", "确定"])
def test_a_word_of_the_dictionary_before_a_township_the_table_holds_is_no_part_of_its_centre(verb):
    found = hospitals(f"王晓丽牵头组建了慢病管理中心，并{verb}城关镇卫生院作为试点。")
    assert found == ["城关镇卫生院"]


def test_a_list_s_bullet_before_a_unit_s_heading_is_no_part_of_its_name():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。一年来建成的科室：\n"
        "·湟源县人民医院卒中中心：由孙海波牵头组建，4月通过验收；\n"
        "·湟源县人民医院肝胆外科：王晓丽开展了该院首例腹腔镜手术，肝胆外科随之成立。"
    )
    units = founded(text)
    assert not any(unit.startswith("·") for unit in units)
    assert {"湟源县人民医院卒中中心", "湟源县人民医院肝胆外科"} <= units


def test_a_bare_place_ending_in_a_joining_word_before_a_place_with_its_level_is_none():
    # (云和 is a county's bare name; here the end of a name and 和, joining the hospital)
    assert hospitals("县卫生健康局局长王占云和湟源县人民医院院长孙燕在县医院门口接我们") == ["湟源县人民医院", "县医院"]
    assert hospitals("云和县人民医院和湟源县人民医院结对") == ["云和县人民医院", "湟源县人民医院"]


def test_a_joining_word_after_a_service_s_number_and_a_county_s_level_names_no_county():
    # (120和|县医院: the emergency line and the county's hospital, not a county named 和县)
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，选派专家钱国平任执行院长。"
        "他推动医院成立胸痛中心，打通乡镇卫生院、120和县医院之间的联络群。"
    )
    result = extract(document_from_text("t.txt", text))
    assert not any(m.surface.startswith("和县") for m in result.mentions)


def test_a_count_of_batches_before_a_hospital_is_no_part_of_its_name():
    assert hospitals("在上一批博爱医院帮扶专家的推动下，湄潭县人民医院成立了疼痛科。") == ["博爱医院", "湄潭县人民医院"]


def test_a_quote_that_opens_a_speech_holds_no_units_name_whole():
    text = "金华市中心医院帮扶湟源县人民医院。“去年钱主任他们帮我们把胸痛中心建了起来。”湟源县人民医院院长说。"
    assert founded(text) == {"胸痛中心"}
    # (a name in quotes that closes before the verb is whole)
    assert founded("金华市中心医院帮扶湟源县人民医院，“为民名医工作室”揭牌。") == {"为民名医工作室"}


def test_hospitals_listed_only_as_members_of_a_network_are_no_parties():
    text = (
        "胸痛专科联盟日前在金华市中心医院成立，湟源县人民医院、绥阳县人民医院、湄潭县人民医院等12家县级医院加入联盟。"
        "金华市中心医院还与湟源县人民医院签订对口帮扶协议，派出心内科专家钱国平驻点一年。"
    )
    named = {m.surface for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.HOSPITAL}
    assert "湟源县人民医院" in named and "金华市中心医院" in named
    assert not named & {"绥阳县人民医院", "湄潭县人民医院"}


def test_members_of_a_network_that_sign_are_parties():
    text = (
        "胸痛专科联盟日前在金华市中心医院成立，金华市中心医院派出专家钱国平帮扶湟源县人民医院。"
        "仪式上，湟源县人民医院、绥阳县人民医院、湄潭县人民医院等12家成员单位现场签约。"
    )
    named = {m.surface for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.HOSPITAL}
    assert {"湟源县人民医院", "绥阳县人民医院", "湄潭县人民医院"} <= named


def test_hong_kong_named_beside_a_giver_is_never_a_receiver():
    text = (
        "——金华帮扶医疗队和香港中医义诊团在湄潭的一天\n"
        "金华市中心医院对口帮扶湄潭县人民医院，派出儿科主任医师钱国平常驻。同一天，香港中医义诊团也来到湄潭县中医医院开展义诊。"
    )
    received = {target for _, _, target in relations(text, Rel.PAIRS_WITH)}
    assert "湄潭" in received and not any(name.startswith("香港") for name in received)


def test_a_cards_helping_label_under_the_persons_hospital_and_title_names_the_one_helped():
    # three cards whose 帮扶单位 read as givers would make the receiving city's counties give to one another
    cards = "".join(
        f"\n🏅 {name}\n{hospital}　{title}\n帮扶单位：{helped}\n"
        for name, hospital, title, helped in (
            ("钱伟", "金华市中心医院", "神经内科副主任医师", "湄潭县人民医院"),
            ("孙琳", "金华市第一医院", "康复科主治医师", "绥阳县人民医院"),
            ("丘海生", "金华市第二医院", "普外科副主任医师", "凤冈县人民医院"),
        )
    )
    text = (
        "喜报｜年度东西部协作优秀帮扶医生名单公布\n遵义卫健　2023-12-28\n"
        "今年，金华市各区共选派医疗卫生人才36名，到我市开展帮扶。其中，婺城区结对湄潭县，金东区结对绥阳县。\n" + cards
    )
    result = extract(document_from_text("t.txt", text))
    pairs = {(r.source.surface, r.target.surface) for r in result.relations if r.type is Rel.PAIRS_WITH}
    sends = {(r.source.surface, r.target.surface) for r in result.relations if r.type is Rel.SENDS}
    assert {("婺城区", "湄潭县"), ("金东区", "绥阳县"), ("金华市第二医院", "凤冈县人民医院")} <= pairs
    assert sends == {("金华市中心医院", "钱伟"), ("金华市第一医院", "孙琳"), ("金华市第二医院", "丘海生")}


def test_except_before_a_hospital_is_no_part_of_its_name():
    # (the segmenter may hold the hospital's name as one word, 除|曙光医院|外: the scan leftwards stops at 除)
    sentence = "除曙光医院外，金华市第二医院也与湄潭县中医院结对。"
    assert _left_boundary(sentence, 3, [0, 1, 5], {0: "除", 1: "曙光医院", 5: "外"}) == 1


def test_a_hospital_authority_is_an_agency_not_a_hospital():
    text = "据介绍，金华市医院管理局统筹各市属医院，每批选派十余名专家到湄潭县人民医院工作。"
    result = extract(document_from_text("t.txt", text))
    labels = {m.surface: m.label for m in result.mentions}
    assert labels["金华市医院管理局"] is Label.AGENCY
    assert "金华市医院" not in labels


def test_and_after_a_pronoun_or_a_short_name_or_in_a_frame_of_together_joins_no_county():
    # 和县 is a county; here 和 joins and 县医院 refers back to the article's county hospital
    for text in (
        "我和县医院心内科的医生同时判读。",
        "二是推动金华一院和县人民医院开通远程会诊。",
        "我们和县卫生健康局一起去了几个乡镇筛查。",
        "钱医生来了以后，和县医院一起新设立了血液净化中心。",
    ):
        assert not [m.surface for m in find_orgs(text, 0, len(text), 0) if m.surface.startswith("和")], text
    # (a county written as one: after a place of its province, or after a word that takes it)
    for text, name in (
        ("安徽省和县人民医院与金华市第一医院结对。", "安徽省和县人民医院"),
        ("金华市第一医院与和县人民医院结对。", "和县人民医院"),
    ):
        assert name in [m.surface for m in find_orgs(text, 0, len(text), 0)]


def test_or_ends_a_hospitals_name_to_its_left():
    text = "这样的产妇我们只能连夜往金华或者湄潭县人民医院转。"
    assert [m.surface for m in find_orgs(text, 0, len(text), 0)] == ["湄潭县人民医院"]


def test_a_level_and_a_rank_name_no_hospital():
    for text in ("开展了一批高难度手术，填补了自治区地市级医院多项技术空白。", "帮扶我州县级医院提升能力。"):
        assert find_orgs(text, 0, len(text), 0) == [], text


def test_a_quoted_word_opening_a_units_name_before_its_verb_is_part_of_the_name():
    text = (
        "金华市妇幼保健院对口帮扶湄潭县妇幼保健院。\n4月10日起，湄潭县妇幼保健院“两癌”筛查门诊正式开诊！"
        "该门诊由金华市妇幼保健院帮扶专家指导建设。"
    )
    result = extract(document_from_text("t.txt", text))
    assert {m.surface for m in result.mentions if m.label is Label.DEPARTMENT} == {"两癌筛查门诊"}


def test_a_word_of_time_or_the_sumu_and_towns_of_a_banner_name_no_township():
    assert hospitals("营盘镇离县城很远。过去镇卫生院没有骨科医生，骨折都要往县城送。") == []
    assert hospitals("今年全旗苏木镇卫生院门急诊人次同比增长两成。") == []
    assert hospitals("湄潭县茅坪镇卫生院迎来了帮扶医生。") == ["湄潭县茅坪镇卫生院"]


def test_the_desks_a_free_clinic_sets_up_are_no_units_founded():
    clinic = "苏州市立医院对口帮扶湄潭县人民医院。当天，义诊现场设立了心血管内科、儿科、眼科等8个诊台。"
    assert founded(clinic) == set()
    wards = "苏州市立医院对口帮扶湄潭县人民医院，帮助该院设立了心血管内科、儿科等2个科室。"
    assert founded(wards) == {"心血管内科", "儿科"}


def test_a_verb_of_bringing_a_unit_about_is_no_part_of_its_name():
    text = "2023年，湄潭县人民医院在苏州市立医院帮扶下建成卒中中心，并实现泌尿外科独立建科。"
    assert founded(text) == {"卒中中心", "泌尿外科"}


def test_a_unit_the_text_says_was_opened_long_before_is_no_founding_of_the_aid():
    text = "苏州市立医院对口帮扶湄潭县人民医院。医师孙立航到岗后，帮助医院早已开设的内镜室开展了首例内镜下手术。"
    assert founded(text) == set()

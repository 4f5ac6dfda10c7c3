"""Experts on small made-up articles: who is one, where their name ends, who sends them and where to."""

import pytest

from graphaid.documents import document_from_text
from graphaid.extract import _opened_by_a_role, extract
from graphaid.extract.people import _fix_span, _name_ends_after, _slogan_pair, _whole_cells, find_experts
from graphaid.model import Label, Rel

PAIRING = "金华市第一医院对口帮扶绥阳县人民医院。\n"


def experts(text: str) -> set[str]:
    result = extract(document_from_text("t.txt", text))
    return {m.surface for m in result.mentions if m.label is Label.EXPERT}


def links(text: str, rel: Rel) -> set[tuple[str, str]]:
    result = extract(document_from_text("t.txt", text))
    return {(r.source.surface, r.target.surface) for r in result.relations if r.type is rel}


def test_every_name_of_an_enumeration_after_a_role_is_an_expert():
    text = PAIRING + "金华市第一医院选派专家分别为张立明、王晓红和李国华,赴绥阳县人民医院开展帮扶。"
    assert {"张立明", "王晓红", "李国华"} <= experts(text)
    assert ("金华市第一医院", "王晓红") in links(text, Rel.SENDS)
    assert ("李国华", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_roster_with_departments_in_brackets_lists_experts():
    text = PAIRING + "金华市第一医院第五批援黔医疗队队员:赵一鸣(妇产科)、钱小芳(儿科)、孙建国(骨科)。"
    assert {"赵一鸣", "钱小芳", "孙建国"} <= experts(text)
    assert ("金华市第一医院", "孙建国") in links(text, Rel.SENDS)


def test_every_name_of_a_roster_by_department_is_an_expert():
    # 毛文 and 夏冬文 are names the recogniser misses in this list
    text = PAIRING + "由儿科邓然芳、麻醉科夏冬文、院感科苏文和检验科毛文4名医生组成的医疗队抵达绥阳县人民医院。"
    assert {"邓然芳", "夏冬文", "苏文", "毛文"} <= experts(text)
    # a word after a field of study that ends in 科 is no name
    assert not experts(PAIRING + "专家们要求打造学科龙头、形成优势学科集群，提升服务能力。")


def test_a_name_followed_by_a_clause_of_a_title_alone_is_an_expert():
    text = PAIRING + "金华市第一医院向绥阳县人民医院派驻两名医师:罗永福,消化内科主任医师;赵思远,放射科主治医师。"
    assert {"罗永福", "赵思远"} <= experts(text)
    # after the list's lead and its colon too
    text = (
        PAIRING
        + "今年金华市第一医院选派两名医师赴绥阳县人民医院，分别为：严明亮，消化内科主任医师；罗春梅，放射科主治医师。"
    )
    assert {"严明亮", "罗春梅"} <= experts(text)
    # a clause that says what the person did is no title
    assert "冉启航" not in experts(PAIRING + "冉启航，带领科室完成了手术。")


def test_one_a_clause_says_gives_aid_is_an_expert_whoever_visits_them():
    text = PAIRING + "会议期间，金华市卫健委书记一行还慰问了在绥阳县人民医院开展支援工作的罗永福。"
    assert "罗永福" in experts(text)
    # a visitor's title before the word of visiting is not the visited one's
    assert "罗永福" in experts(PAIRING + "（图为金华市卫健委书记一行慰问罗永福副主任医师）")
    # one the clause says receives the aid is none
    assert "赵思远" not in experts(PAIRING + "在绥阳县人民医院接受帮扶的赵思远表示收获很大。")


def test_one_sent_to_a_county_none_of_whose_hospitals_the_aid_names_is_posted_to_the_county():
    text = (
        "金华市医疗专家团到绥阳县开展帮扶活动。\n会上，作为专家代表，金华市第一医院心内科主任医师罗永福、"
        "金华市中心医院眼科主任医师赵思远先后发言。县医院的年轻医生冉启航说，专家们教会了他很多。"
    )
    assert {("罗永福", "绥阳县"), ("赵思远", "绥阳县")} <= links(text, Rel.POSTED_TO)
    # a local doctor the article names is posted nowhere
    assert "冉启航" not in experts(text)


def test_the_party_secretary_of_a_hospital_written_by_its_number_is_a_hospitals():
    text = (
        "无锡市第七人民医院（下称“无锡七院”）对口帮扶湟源县人民医院。"
        "8月17日，无锡七院党委书记罗永福带队赴湟源县开展义诊。"
    )
    assert "罗永福" in experts(text)


def test_a_lists_items_of_a_name_and_a_department_or_a_title_cell_are_experts():
    text = (
        PAIRING
        + "第三批医疗队由3人组成，名单如下：\n1. 罗永福（队长），妇产科医生；\n2. 赵思远，儿科；\n3. 钱小芳，麻醉科。"
    )
    assert {"罗永福", "赵思远", "钱小芳"} <= experts(text)
    text = (
        PAIRING
        + "前往机场迎接的有：\n- 冉启航，副主任，金华市第一医院第三批援黔队员；\n- 杨光辉，护士长，同为第三批援黔队员。"
    )
    assert {"冉启航", "杨光辉"} <= experts(text)


def test_one_who_now_holds_a_post_of_the_team_is_an_expert():
    text = PAIRING + "罗永福现任援黔医疗队总领队、金华市第一医院副院长、绥阳县人民医院院长。"
    assert "罗永福" in experts(text)


def test_a_body_in_a_lists_lead_is_not_the_first_listed_persons_office():
    text = (
        PAIRING + "此次援黔，是按照金华市卫健委东西部协作工作安排作出的部署：罗永福、赵思远两位医生派驻绥阳县人民医院。"
    )
    assert {"罗永福", "赵思远"} <= experts(text)


def test_a_medical_teams_title_right_before_a_name_outweighs_an_officials_before_it():
    text = PAIRING + "会上，金华市卫健委主要负责同志对“组团式”援黔医疗队总领队罗永福给予高度评价。"
    assert "罗永福" in experts(text)
    # a cadres' work team is no medical team
    assert "罗永福" not in experts(text.replace("医疗队总领队", "工作队领队"))


def test_names_before_a_count_of_experts_are_experts_and_end_before_deng():
    text = PAIRING + "金华市第一医院张立明、王晓红等5名专家来到绥阳县人民医院坐诊。"
    found = experts(text)
    assert {"张立明", "王晓红"} <= found
    assert not any(name.endswith("等") for name in found)


def test_the_receiving_hospitals_own_president_is_not_an_expert():
    text = PAIRING + "绥阳县人民医院院长周德明与金华市第一医院骨科主任医师张立明一同查房。"
    found = experts(text)
    assert "张立明" in found
    assert "周德明" not in found
    # with the short name the article declares for the hospital between
    text = PAIRING + "8月22日，绥阳县人民医院（下称“绥医”）院长周德明紧紧握住每一位专家的手。"
    assert "周德明" not in experts(text)


def test_the_items_of_a_list_whose_lead_names_a_ceremony_are_its_hosts():
    text = (
        PAIRING + "9月27日晚，医院第十一批医疗队结束援助任务后顺利返回。\n"
        "医院到机场迎接队员的有：\n- 罗春梅，党委副书记；\n- 杨光辉，党办主任；\n- 钱小芳，宣传中心副主任。\n"
        "本批队员有：\n- 赵思远，骨科主任医师；\n- 冉启航，儿科副主任。"
    )
    assert experts(text) == {"赵思远", "冉启航"}


def test_a_paragraph_that_names_who_presided_leads_no_list_of_hosts_when_its_last_sentence_does_not():
    text = (
        "湟源县帮扶工作推进会会议纪要\n"
        "5月8日，湟源县召开医疗帮扶工作推进会。会议由副县长雷鸣主持，县卫健局和金华市第一医院有关负责人出席。"
        "现将会议主要内容纪要如下：\n"
        "（一）在湟源县人民医院帮扶的金华市第一医院儿科主治医师孙雪梅介绍，新生儿科已收治患儿40余例。\n"
    )
    assert experts(text) == {"孙雪梅"}
    # (a lead whose last sentence names the ceremony lists its hosts still)
    item = "（一）金华市第一医院骨科主任医师钱建军，在湟源县人民医院帮扶；"
    listed = text.replace(text.split("\n")[2], item)
    assert experts(listed) == {"钱建军"}
    assert experts(listed.replace("现将会议主要内容纪要如下：", "到会迎接医疗队的有：")) == set()


def test_those_a_sentence_says_attend_the_ceremony_the_sentence_before_names_are_its_hosts():
    text = (
        "金华市第一医院举行第三批援黔医疗队员欢送会\n"
        "7月4日上午，医院举行医疗队员欢送会。院长严明亮，副院长杨光辉以及医务部负责人参加。\n"
        "根据安排，医院选派普外科副主任医师冉启航、儿科主治医师钱小芳赴绥阳县人民医院开展为期一年的帮扶工作。\n"
        "严明亮在讲话中希望队员们尽快适应环境。"
    )
    assert experts(text) == {"冉启航", "钱小芳"}
    # 到场: present at it
    assert experts(text.replace("以及医务部负责人参加。", "、医务部主任罗春梅到场。")) == {"冉启航", "钱小芳"}


def test_the_head_who_welcomes_the_team_is_not_one_of_it():
    text = (
        PAIRING
        + "金华市第一医院骨科主任医师张立明抵达绥阳县。"
        + "绥阳县人民医院召开座谈会，院长周德明对专家们的到来表示热烈欢迎。"
    )
    found = experts(text)
    assert "张立明" in found
    assert "周德明" not in found


def test_officials_who_host_or_see_off_a_team_are_not_experts():
    text = (
        PAIRING
        + "绥阳县副县长吴建设、县卫生健康局局长郑卫东出席欢迎仪式。\n"
        + "县委书记冯志刚会见了金华市第一医院医疗队队长张立明。\n"
        + "吴建设向专家们介绍了绥阳县的情况。"
    )
    found = experts(text)
    assert "张立明" in found
    assert not {"吴建设", "郑卫东", "冯志刚"} & found


@pytest.mark.parametrize(
    "farewell",
    [
        "院长陈东海、副院长林志远欢送5位医师。",
        # the team as the object of 为 (for) before the ceremony's verb
        "院党委书记郑国华、院长陈东海、副院长林志远为队员们送行。",
    ],
)
def test_a_hospitals_leaders_seeing_off_their_doctors_are_not_experts(farewell):
    text = PAIRING + farewell + "这5位医师分别是骨科主治医师张立明、儿科主治医师王晓红。"
    found = experts(text)
    assert {"张立明", "王晓红"} <= found
    assert not {"陈东海", "林志远"} & found


def test_a_patient_quoted_next_to_a_doctor_is_not_an_expert():
    text = PAIRING + "患者陈桂兰告诉记者,金华市第一医院专家张立明为她做了手术。"
    found = experts(text)
    assert "张立明" in found
    assert "陈桂兰" not in found


def test_a_name_ends_before_ren_and_wei():
    text = PAIRING + "金华市第一医院骨科专家张立明任绥阳县人民医院副院长,王晓红为副主任医师。"
    found = experts(text)
    assert "张立明" in found
    assert not any(name.endswith(("任", "为")) for name in found)


def test_an_expert_whose_sentence_names_no_hospital_is_sent_by_the_articles_donor():
    text = PAIRING + "金华市第一医院与绥阳县人民医院签订协议。\n骨科主任医师张立明在当地开展了多台手术。"
    assert ("金华市第一医院", "张立明") in links(text, Rel.SENDS)


def test_the_head_of_a_delegation_that_signs_an_agreement_is_no_expert_sent():
    text = PAIRING + "院长周德明带队赴绥阳县，与绥阳县人民医院签订帮扶协议。首批派驻的麻醉科主治医师刘洋将工作半年。"
    assert "周德明" not in experts(text)
    assert "刘洋" in experts(text)


def test_the_members_of_a_team_written_as_of_their_hospitals_are_experts_sent_by_them():
    text = PAIRING + (
        "医疗队由金华市第一医院的张立明、金华市中医院的王晓红和台州市中心医院的李国华组成，将在绥阳县人民医院工作一年。"
    )
    assert {"张立明", "王晓红", "李国华"} <= experts(text)
    assert {("金华市中医院", "王晓红"), ("台州市中心医院", "李国华")} <= links(text, Rel.SENDS)
    # a person sent (派驻), written as of their hospital, in a sentence naming no team
    text = PAIRING + "2019年，金华市中医院的王晓红主动报名，被派驻绥阳县人民医院工作一年。"
    assert ("金华市中医院", "王晓红") in links(text, Rel.SENDS)
    assert ("王晓红", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # or as working there (在某医院工作的某某)
    text = PAIRING + "半年后，在金华市中医院工作的王晓红也报名援黔，被派驻绥阳县人民医院。"
    assert ("金华市中医院", "王晓红") in links(text, Rel.SENDS)
    assert ("王晓红", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # people who go (来到, 赴), written as of their hospitals, in a sentence naming no team and no sending
    text = PAIRING + "金华市第一医院的张立明和台州市中心医院的李国华一同来到绥阳县人民医院坐诊。"
    assert {("金华市第一医院", "张立明"), ("台州市中心医院", "李国华")} <= links(text, Rel.SENDS)
    assert ("李国华", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_the_rows_of_a_roster_table_name_experts_of_the_sending_hospitals_only():
    text = PAIRING + (
        "双方人员名单如下：\n姓名 单位 职称\n张立明 金华市第一医院 主任医师\n王晓红 台州市中心医院 副主任医师\n"
        "马福林 绥阳县人民医院 主治医师\n"
    )
    assert {"张立明", "王晓红"} <= experts(text)
    assert "马福林" not in experts(text)
    assert ("台州市中心医院", "王晓红") in links(text, Rel.SENDS)


def test_people_listed_before_respectively_are_posted_item_by_item():
    text = (
        "金华市第一医院组团式帮扶绥阳县人民医院和湄潭县人民医院。金华市第一医院副院长张立明、骨科主任王晓红"
        "分别担任绥阳县人民医院院长、湄潭县人民医院执行院长。"
    )
    assert {("张立明", "绥阳县人民医院"), ("王晓红", "湄潭县人民医院")} <= links(text, Rel.POSTED_TO)
    assert ("王晓红", "绥阳县人民医院") not in links(text, Rel.POSTED_TO)
    # 分别来自: where people come from, not where they go
    text = PAIRING + "专家张立明、王晓红分别来自金华市第一医院、金华市中心医院，将在绥阳县人民医院工作一年。"
    posted = links(text, Rel.POSTED_TO)
    assert not [p for p in posted if p[1].startswith("金华")]


def test_the_hospital_in_brackets_after_a_name_sends_the_expert():
    text = PAIRING + "参加义诊的专家有张立明(金华市第一医院)、王晓红(台州市中心医院)。"
    assert ("台州市中心医院", "王晓红") in links(text, Rel.SENDS)


def test_the_heads_who_sign_an_agreement_are_not_experts_sent():
    text = (
        "金华市第一医院与绥阳县人民医院结对。\n"
        "院长周德明代表绥阳县人民医院与金华市第一医院院长陈东海签订了帮扶协议。\n"
        "金华市第一医院骨科主任医师张立明赴绥阳县人民医院坐诊。"
    )
    found = experts(text)
    assert "张立明" in found
    assert not {"周德明", "陈东海"} & found


def test_leaders_who_take_the_team_somewhere_are_not_experts_of_it():
    text = (
        PAIRING
        + "金华市第一医院副院长陈东海、医务部主任林志远将五位援黔专家送到机场。\n"
        + "绥阳县人民医院副院长周德明向金华市第一医院的专家张立明献上鲜花。"
    )
    found = experts(text)
    assert not {"陈东海", "林志远", "周德明"} & found


def test_a_leader_who_encourages_the_team_is_not_one_of_it():
    text = PAIRING + "座谈会上，金华市第一医院党委副书记林志远勉励队员发挥所长，骨科主任医师张立明代表队员发言。"
    found = experts(text)
    assert "林志远" not in found


def test_a_sentence_that_opens_with_a_name_and_says_what_they_are_names_an_expert():
    text = PAIRING + "张立明是金华市第一医院派驻绥阳县人民医院的执行院长，主攻关节外科。"
    assert "张立明" in experts(text)
    assert ("金华市第一医院", "张立明") in links(text, Rel.SENDS)


def test_a_person_a_feature_introduces_by_name_is_an_expert_where_the_next_clause_gives_a_role():
    text = PAIRING + "他叫张立明，是金华市第一医院骨科副主任医师。去年，他来到绥阳县人民医院工作。"
    assert "张立明" in experts(text)
    assert ("金华市第一医院", "张立明") in links(text, Rel.SENDS)
    # (the person's age between: 他叫某某，今年63岁，是…)
    text = PAIRING + "他叫钱立新，今年63岁，是金华市第一医院神经内科退休主任医师。去年，他来到绥阳县人民医院工作。"
    assert "钱立新" in experts(text)
    # introduced as an official, no expert
    assert "吴建设" not in experts(PAIRING + "她叫吴建设，是绥阳县卫生健康局局长。")
    assert "吴建设" not in experts(PAIRING + "她叫吴建设，今年52岁，是绥阳县卫生健康局局长。")
    # a clause naming a person, then saying what they are
    text = PAIRING + "在绥阳县人民医院，有一位名叫张立明的援黔医生，他来自金华市第一医院骨科。"
    assert ("金华市第一医院", "张立明") in links(text, Rel.SENDS)
    assert "王小平" not in experts(PAIRING + "一位名叫王小平的患者在绥阳县人民医院做了手术。")


def test_an_official_described_by_a_copula_is_no_expert():
    text = PAIRING + "吴建设是绥阳县卫生健康局局长，他介绍了全县的医疗情况。"
    assert "吴建设" not in experts(text)


def test_a_roster_after_the_sentence_naming_the_receiving_hospital_is_posted_there():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，金华市中心医院对口帮扶湄潭县人民医院。\n"
        "金华市第一医院每年派出10名医生常驻绥阳县人民医院。首批专家包括心内科副主任医师谢文龙、呼吸内科主治医师邓佳。"
    )
    assert {("谢文龙", "绥阳县人民医院"), ("邓佳", "绥阳县人民医院")} <= links(text, Rel.POSTED_TO)
    assert not any(target == "湄潭县人民医院" for _, target in links(text, Rel.POSTED_TO))


def test_a_leader_in_a_photo_caption_with_the_team_is_not_one_of_it():
    text = PAIRING + "金华市第一医院派出骨科主任医师张立明赴绥阳县人民医院。\n周德明副院长(前排居中)与医疗队员合影"
    found = experts(text)
    assert "张立明" in found
    assert "周德明" not in found
    # whatever brackets the caption writes the place in
    assert "周德明" not in experts(text.replace("(前排居中)", "〔前排居中〕"))


def test_a_role_that_ends_its_clause_names_who_opens_the_next():
    text = PAIRING + "作为金华市第一医院派驻绥阳县人民医院的执行院长，徐卫东上任后推行了多项改革。"
    assert "徐卫东" in experts(text)
    assert ("徐卫东", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_person_the_clause_says_was_sent_is_an_expert_without_a_role_word():
    text = PAIRING + "记者见到金华市第一医院派驻绥阳的杨海峰时，他正在给患者做检查。"
    assert "杨海峰" in experts(text)
    assert ("金华市第一医院", "杨海峰") in links(text, Rel.SENDS)
    text = PAIRING + "金华市第一医院派到绥阳县人民医院的孙燕是产科主治医师。"
    assert ("金华市第一医院", "孙燕") in links(text, Rel.SENDS)


def test_a_hospital_s_person_a_copula_says_is_a_doctor_is_of_that_hospital():
    text = PAIRING + "金华市第一医院的孙燕是一名儿科医生，她将常驻绥阳县人民医院一年。"
    assert ("金华市第一医院", "孙燕") in links(text, Rel.SENDS)
    # (the receiving hospital's is its own)
    assert "孙燕" not in experts(PAIRING + "绥阳县人民医院的孙燕是一名儿科医生。")


def test_a_receiving_hospital_s_head_who_comes_from_a_giver_is_its_expert():
    text = PAIRING + "绥阳县人民医院院长王晓丽来自金华市第一医院，是一名重症医学科副主任医师。"
    assert ("金华市第一医院", "王晓丽") in links(text, Rel.SENDS)
    assert ("王晓丽", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # (one who comes from the receiving hospital is its own)
    text = PAIRING + "护士长王晓丽来自绥阳县人民医院。"
    assert "王晓丽" not in experts(text)


def test_a_doctors_seat_in_a_professional_society_is_a_role_not_an_office():
    text = PAIRING + "金华市第一医院骨科主任、浙江省医学会骨科分会委员周国平为患者做手术。"
    assert "周国平" in experts(text)
    official = PAIRING + "金华市第一医院骨科主任周国平与县政协委员吴建设一同查房。"
    assert "吴建设" not in experts(official)


def test_a_clause_opened_by_a_name_taking_a_post_only_a_sent_manager_holds_names_an_expert():
    assert "周建明" in experts(PAIRING + "周建明担任绥阳县人民医院执行院长以来，医院业务量增长三成。")
    assert "吴建设" not in experts(PAIRING + "吴建设担任绥阳县人民医院院长以来，医院业务量增长三成。")


def test_a_receiving_hospitals_executive_head_with_the_sending_hospital_in_brackets_is_an_expert():
    text = PAIRING + "绥阳县人民医院执行院长周建明（金华市第一医院派驻）介绍了情况。"
    assert ("金华市第一医院", "周建明") in links(text, Rel.SENDS)


def test_a_profile_opened_by_a_name_and_a_comma_names_an_expert_of_the_sending_hospital_only():
    sent = PAIRING + "陈志刚，金华市第一医院心血管内科主任医师，2023年赴绥阳县人民医院帮扶。"
    assert ("金华市第一医院", "陈志刚") in links(sent, Rel.SENDS)
    local = PAIRING + "吴德明，绥阳县人民医院院长，他说金华专家带来了新技术。"
    assert "吴德明" not in experts(local)


@pytest.mark.parametrize(
    ("sentences", "names"),
    [
        # the person's age before a name that says what they are
        ("48岁的张立明是金华市第一医院的麻醉科主任，这是他第二次到绥阳县人民医院帮扶。", {"张立明"}),
        # a name that opens a later clause with a copula before its role
        ("据了解，柏子谦是金华市第一医院神经外科主任，去年来到绥阳县人民医院挂职。", {"柏子谦"}),
        # a department and 的 before the name
        ("金华市第一医院派出专家：超声科的刘芳、检验科的陈刚。", {"刘芳", "陈刚"}),
        # a role that ends its clause, then a list of names in the next
        ("金华市第一医院共有12名专家在绥阳县人民医院担任科室主任，其中包括卓文斌、蓝芷若。", {"卓文斌", "蓝芷若"}),
        # 一行 after the name (its 一 is no count of people)
        ("金华市第一医院卓文斌一行5人来到绥阳县人民医院。", {"卓文斌"}),
        # a teammate of the writer
        ("一年里，我和队友王晓红一起，在绥阳县人民医院开展了首例腹腔镜手术。", {"王晓红"}),
        # an honour of traditional medicine
        ("省级名老中医邬海涛在绥阳县人民医院设立了工作室。", {"邬海涛"}),
        # bracketed departments between the names and the count of experts after them
        (
            "金华市第一医院派出刘明（心内科）、陈强（骨科）、周丽（儿科）3名专家赴绥阳县人民医院。",
            {"刘明", "陈强", "周丽"},
        ),
        # a profile that gives the person's sex after the name
        ("孙晓梅，女，1978年生，金华市第一医院妇产科副主任医师，2023年赴绥阳县人民医院帮扶。", {"孙晓梅"}),
        # spaces around a name do not part it from its role
        ("金华市第一医院心内科 何建明 主任医师来到绥阳县人民医院。", {"何建明"}),
        # the rows of a roster table
        (
            "第五批医疗队名单如下：\n姓名 科室 职称\n张立新 骨科 主任医师\n"
            "王晓红 儿科 副主任医师\n医疗队将赴绥阳县人民医院。",
            {"张立新", "王晓红"},
        ),
    ],
)
def test_names_written_away_from_a_role_word_are_experts(sentences, names):
    assert names <= experts(PAIRING + sentences)


def test_a_name_the_recogniser_cuts_to_its_family_name_is_read_whole():
    # the name model tags only the family name here; the segmenter reads the whole name from it
    text = PAIRING + "金华市中医院骨伤科主任医师钱立波挂职绥阳县中医医院副院长。"
    assert "钱立波" in experts(text)
    assert ("钱立波", "绥阳县中医医院") in links(text, Rel.POSTED_TO)


def test_a_name_with_a_two_character_family_name_the_recogniser_misses_is_read_after_its_role():
    text = PAIRING + "专家组成员有：普外科副主任医师上官明、骨科主治医师刘一、麻醉科医师诸葛亮亮。"
    assert {"上官明", "刘一", "诸葛亮亮"} <= experts(text)


def test_a_word_after_a_role_is_no_name_for_its_first_character_being_a_family_name():
    text = PAIRING + "金华市第一医院开设专家门诊，专家齐上阵、各显身手。"
    assert not experts(text)


def test_the_hospital_of_experts_invited_to_help_is_no_posting_and_no_pair():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。"
        "术前，援黔专家张立明组织病例讨论，并邀请常州医科大学附属医院专家远程指导。"
    )
    assert ("张立明", "常州医科大学附属医院") not in links(text, Rel.POSTED_TO)
    assert not [pair for pair in links(text, Rel.PAIRS_WITH) if "常州" in pair[1]]


def test_the_other_health_professions_grades_mark_experts_too():
    text = PAIRING + "金华市第一医院派出康复医学科治疗师秦可欣、营养科营养师莫云舒到绥阳县人民医院开展帮扶。"
    assert {"秦可欣", "莫云舒"} <= experts(text)
    assert ("金华市第一医院", "秦可欣") in links(text, Rel.SENDS)


def test_a_name_the_recogniser_misses_in_a_list_of_people_by_title_is_read_like_its_neighbours():
    text = PAIRING + "金华市第一医院选派内科主治医师储诚、全科医师宋佳琪到绥阳县人民医院开展帮扶。"
    assert {"储诚", "宋佳琪"} <= experts(text)
    assert ("储诚", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # the same shape with no name read beside it is a word: 专家门诊
    assert not experts(PAIRING + "绥阳县人民医院开设了专家门诊、专科门诊，方便群众就医。")


def test_the_next_sentence_about_an_expert_by_a_pronoun_says_where_they_work():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和绥阳县中医院。\n"
        "金华市第一医院骨科主任医师蔡明远第一次来到绥阳。此后三年间，他一直在绥阳县中医院工作。"
    )
    assert links(text, Rel.POSTED_TO) == {("蔡明远", "绥阳县中医院")}
    # a sentence about someone else's work is no posting of the expert
    other = text.replace("此后三年间，他一直", "此后，院长王立新一直")
    assert ("蔡明远", "绥阳县中医院") not in links(other, Rel.POSTED_TO)
    # two short adverbials may stand before the pronoun
    later = text.replace("此后三年间，他一直在", "2023年春天，按照两市协作安排，他来到")
    assert links(later, Rel.POSTED_TO) == {("蔡明远", "绥阳县中医院")}


def test_a_tibetan_name_of_two_known_parts_is_read_whole_without_a_family_name():
    text = PAIRING + "金华市第一医院派出主治医师旦增欧珠、索朗旺姆和尼玛次仁到绥阳县人民医院坐诊。"
    # the recogniser reads 索朗旺 and 次仁 alone; 尼玛 is also a county's bare name
    assert {"旦增欧珠", "索朗旺姆", "尼玛次仁"} <= experts(text)
    assert not {"索朗旺", "次仁"} & experts(text)
    # (the parts common in Amdo's names too: 尕藏, 东主)
    text = PAIRING + "在绥阳县人民医院内镜室，金华市第一医院消化内科副主任医师尕藏东主用藏语对牧民说。"
    assert "尕藏东主" in experts(text)


def test_a_name_is_not_run_on_with_the_conjunction_before_the_next_titled_name():
    text = PAIRING + "金华市第一医院选派副主任医师李明和主治医师张华到绥阳县人民医院开展帮扶。"
    assert {"李明", "张华"} <= experts(text)
    assert "李明和" not in experts(text)


def test_names_padded_to_the_width_of_three_in_a_roster_are_experts():
    text = PAIRING + "金华市第一医院派出专家钱\u3000亮（骨科）、孙\u3000悦（儿科）到绥阳县人民医院帮扶。"
    assert {"钱亮", "孙悦"} <= experts(text)


def test_the_members_a_team_lists_after_its_leader_are_experts_but_not_a_committee_s():
    text = PAIRING + "专家组组长李明远，成员王刚强、张华丽到绥阳县人民医院开展帮扶。"
    assert {"李明远", "王刚强", "张华丽"} <= experts(text)
    assert not experts(PAIRING + "绥阳县帮扶工作领导小组成员王建国、刘志强参加会议。")


def test_an_experts_relative_is_no_expert():
    text = PAIRING + (
        "金华市第一医院选派骨科专家张立明赴绥阳县人民医院开展帮扶。\n"
        "帮扶专家的妻子陈玉芳说，虽然聚少离多，但她全力支持丈夫的工作。"
    )
    assert experts(text) == {"张立明"}


def test_one_the_aid_teaches_is_no_expert():
    text = PAIRING + (
        "金华市第一医院选派骨科专家张立明赴绥阳县人民医院开展帮扶。\n"
        "在帮扶专家的指导下，外科医生马建军成功完成了首例腹腔镜手术。\n"
        "青年医生周小燕被选派到金华市第一医院进修半年。\n"
        "在帮扶团队的带领下，帮扶专家王晓红开设了疼痛门诊。\n"
        "外科医生刘海燕在帮扶专家的指导下，独立完成了胃镜检查。"
    )
    assert experts(text) == {"张立明", "王晓红"}


def test_a_verb_of_taking_a_post_before_a_role_is_no_family_name():
    text = PAIRING + "孙建华, 金华市第一医院副主任医师, 3月起在绥阳县人民医院开展对口帮扶, 任科主任。"
    assert experts(text) == {"孙建华"}
    # the same character as a family name before a given name stays one
    assert "任立新" in experts(PAIRING + "金华市第一医院骨科主任任立新赴绥阳县人民医院开展帮扶。")


def test_a_name_right_after_a_role_is_a_person_whatever_county_its_characters_spell():
    # 高阳 and 黄平 are counties' bare names as well as common names
    text = PAIRING + "金华市第一医院骨科主任医师高阳说，他们将在绥阳县人民医院开展关节置换手术。"
    text += "同行的麻醉科医生黄平也留了下来。"
    assert {"高阳", "黄平"} <= experts(text)
    assert ("金华市第一医院", "高阳") in links(text, Rel.SENDS)
    # a place run into the next word is still no name
    assert not experts(PAIRING + "绥阳对口支援工作开展以来，成效明显。")


def test_a_post_verb_ends_the_hospital_name_before_it_and_the_person_before_it_is_an_expert():
    # 兼任 is no part of a hospital's name; 建平 inside the person's name is a county's too
    text = PAIRING + "金华市第一医院副院长王建平兼任绥阳县人民医院院长。"
    result = extract(document_from_text("t.txt", text))
    hospitals = {m.surface for m in result.mentions if m.label is Label.HOSPITAL}
    assert hospitals == {"金华市第一医院", "绥阳县人民医院"}
    assert ("王建平", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_the_rest_of_a_longer_role_word_is_no_name_in_a_list_by_title():
    # 挂职 is a role word and so is 挂职干部: 干部 (干 is a family name) is no person
    text = PAIRING + "团队由挂职干部、金华市第一医院副院长孙伟明带队，驻点绥阳县人民医院。"
    found = experts(text)
    assert "孙伟明" in found and "干部" not in found


def test_a_roster_by_department_with_de_needs_no_role_word_in_its_sentence():
    text = PAIRING + (
        "金华市第一医院第四批帮扶专家近日到岗。他们当中，有心内科的刘建中、呼吸科的赵一明、骨科的马俊以及急诊科的吴小倩。"
    )
    assert {"刘建中", "赵一明", "马俊", "吴小倩"} <= experts(text)
    assert ("金华市第一医院", "马俊") in links(text, Rel.SENDS)
    # a clause after the roster says where they all come from (…的张三都来自…; ，麻醉科的李四和检验科的王五来自…)
    text = PAIRING + (
        "我和骨科的严明亮、妇产科的罗春梅都来自金华市第一医院，麻醉科的杨光辉和检验科的钱小芳来自金华市中心医院。"
    )
    assert {"严明亮", "罗春梅", "杨光辉", "钱小芳"} <= experts(text)
    # not a department's field written after a comma (，努力打造学科龙头，形成优势学科集群)
    text = PAIRING + (
        "院长要求，帮扶医疗队员要尽快融入地方、融入医院、融入科室，全面参与规划发展，努力打造学科龙头，"
        "形成优势学科集群，强化党建引领。"
    )
    assert not experts(text)


def test_a_departments_doctor_with_their_hospital_in_brackets_is_an_expert():
    text = PAIRING + (
        "（二）新技术落地见效。心内科严明亮（金华市第一医院）带领团队成功开展首例冠脉支架植入术。\n"
        "（三）妇幼健康持续发力。儿科罗春梅（金华市第一医院）在新生儿科推广新生儿复苏流程。"
    )
    assert {"严明亮", "罗春梅"} <= experts(text)
    assert ("金华市第一医院", "罗春梅") in links(text, Rel.SENDS)


def test_a_roster_whose_names_are_set_apart_by_spaces_lists_experts():
    for gap in (" ", "\u3000"):
        text = PAIRING + f"金华市第一医院医疗队成员名单：陈国梁{gap}李晓雯{gap}王志诚{gap}周莉。"
        assert {"陈国梁", "李晓雯", "王志诚", "周莉"} <= experts(text)


@pytest.mark.parametrize("name", ["傅明轩", "洪丽萍", "赖国栋", "萧文杰"])
def test_a_common_family_name_of_the_register_starts_an_experts_name(name):
    text = PAIRING + f"2022年6月，金华市第一医院重症医学专家{name}被组织选派到绥阳县人民医院担任院长。"
    assert name in experts(text)
    assert (name, "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_doctor_titled_by_a_minority_people_is_local_staff_not_an_expert_sent():
    text = PAIRING + "这台手术由帮扶专家张立明主刀，团队成员之一就是藏族医生单增卓嘎。"
    assert "张立明" in experts(text)
    assert not {"单增卓嘎", "卓嘎"} & experts(text)
    # a people's name inside an autonomous region's name is no local's title
    text = (
        "广西壮族自治区人民医院对口帮扶绥阳县人民医院。\n"
        "广西壮族自治区人民医院心内科主任医师韦立明在绥阳县人民医院坐诊。"
    )
    assert ("广西壮族自治区人民医院", "韦立明") in links(text, Rel.SENDS)


def test_a_deputy_whom_the_clause_names_a_hospitals_doctor_is_an_expert():
    text = PAIRING + "全国人大代表赵明轩是金华市第一医院重症医学专家。2022年，赵明轩被选派到绥阳县人民医院帮扶。"
    assert "赵明轩" in experts(text)
    assert ("赵明轩", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # an official's seat with no doctor's work named stays an official's
    assert "钱立新" not in experts(PAIRING + "全国人大代表钱立新出席了签约仪式并讲话，金华市第一医院专家随后坐诊。")


def test_in_a_list_of_heads_each_title_names_its_own_hospital():
    text = PAIRING + "金华市第一医院院长周德明、绥阳县人民医院院长马福林共同为名医工作室揭牌。"
    assert "马福林" not in experts(text)
    # one person's titles joined by list commas stay one title
    text = PAIRING + "会上，医疗队总领队、金华市第一医院副院长、绥阳县人民医院院长张立明介绍了帮扶成效。"
    assert ("金华市第一医院", "张立明") in links(text, Rel.SENDS)


def test_a_roster_of_names_with_their_hospitals_in_brackets_and_a_list_posted_together():
    text = (
        "金华市组团式帮扶绥阳县。本批队员名单如下：\n张立明（金华市第一医院 心内科）\n王晓红（金华市中医院 儿科）\n"
        "李国华（台州市中心医院 骨科）\n按照安排，张立明、王晓红将在绥阳县人民医院工作，李国华派驻湄潭县人民医院。"
    )
    assert {("金华市第一医院", "张立明"), ("金华市中医院", "王晓红"), ("台州市中心医院", "李国华")} <= links(
        text, Rel.SENDS
    )
    posted = links(text, Rel.POSTED_TO)
    assert {("张立明", "绥阳县人民医院"), ("王晓红", "绥阳县人民医院"), ("李国华", "湄潭县人民医院")} <= posted


def test_a_family_name_with_a_form_of_address_is_no_name():
    text = PAIRING + "帮扶专家张立明每周组织业务学习。科室护士说：“张老师不光教我们技术，更教我们怎样思考。”"
    assert "张立明" in experts(text)
    assert "张老师" not in experts(text)


def test_a_person_posted_to_an_agency_is_posted_to_its_place():
    # people are posted to hospitals and places: a county's health bureau stands for the county
    text = "舟山市医疗专家赴望谟县帮扶\n舟山市第一医院副院长郑海林赴望谟县卫生健康局挂职副局长，开展对口帮扶工作。"
    posted = links(text, Rel.POSTED_TO)
    assert ("郑海林", "望谟县") in posted
    assert not any(target.endswith("卫生健康局") for _, target in posted)


def test_a_forms_rows_name_each_person_with_the_units_under_the_name():
    text = (
        "温州市第二批援黔医疗人才名单公示\n经推荐审核，拟选派以下同志赴黔西南州开展对口帮扶工作。\n"
        "1．姓名：周振宇　性别：男\n派出单位：温州市人民医院　科室：骨科　职称：主任医师\n受援单位：望谟县人民医院\n"
        "2．姓名：何佳怡　性别：女\n派出单位：温州市中医院　科室：针灸科　职称：主治医师\n受援单位：册亨县人民医院\n"
    )
    assert {"周振宇", "何佳怡"} <= experts(text)
    assert {("温州市人民医院", "周振宇"), ("温州市中医院", "何佳怡")} <= links(text, Rel.SENDS)
    assert {("周振宇", "望谟县人民医院"), ("何佳怡", "册亨县人民医院")} <= links(text, Rel.POSTED_TO)


def test_a_name_the_recogniser_misses_after_a_doctors_title_and_before_a_persons_verb():
    text = (
        "威海医疗队抵达白朗\n威海市立医院选派专家赴白朗县开展对口帮扶。"
        "威海市立医院普外科副主任医师曲志强挂任白朗县人民医院副院长。"
    )
    assert "曲志强" in experts(text)
    assert ("曲志强", "白朗县人民医院") in links(text, Rel.POSTED_TO)
    # the verb tells a name from a word: no name where the title's next words are none
    assert not experts(PAIRING + "金华市第一医院专家门诊时间为每周二，主任医师门诊量大。")


def test_the_leader_of_a_team_posted_as_head_of_the_county_hospital_is_an_expert():
    # 挂任|县人民医院: 任县 is no place here, the team's leader takes a post at the article's county hospital
    text = "威海医疗队抵达白朗\n威海市立医院选派专家赴白朗县开展对口帮扶。团队负责人邹明远挂任县人民医院执行院长。"
    assert ("邹明远", "白朗县人民医院") in links(text, Rel.POSTED_TO)


def test_a_word_of_time_before_what_the_person_does_is_no_part_of_the_name():
    # 将 (will) after a two-character name, before 带队: not 钟海将
    text = PAIRING + "金华市第一医院内科副主任医师钟海将带队前往绥阳县人民医院。"
    assert "钟海" in experts(text) and "钟海将" not in experts(text)


def test_a_universitys_short_name_is_no_name():
    # 温医 is a medical university's short name, not a person surnamed 温
    assert not experts("温医专家赴望谟帮扶\n浙江中医药大学附属第一医院专家团队一行3人来到望谟县中医医院开展帮扶。")


def test_on_a_receiving_hospitals_own_post_a_head_titled_alone_is_its_own():
    # the account line over a public account's post names the hospital whose page it is
    text = (
        "舟山专家团队来到我院\n望谟县人民医院　2024-05-12 08:30　发表于贵州\n"
        "5月10日，舟山市人民医院组团式帮扶我院启动仪式举行，3名专家将在我院工作一年。"
        "院长罗永福介绍了医院的基本情况，希望专家们在专科建设方面给予指导。"
        "专家团队队长、心内科主任医师蒋文涛表示将全力以赴。"
    )
    assert "罗永福" not in experts(text)
    assert ("舟山市人民医院", "望谟县人民医院") in links(text, Rel.PAIRS_WITH)
    assert ("舟山市人民医院", "蒋文涛") in links(text, Rel.SENDS)


def test_the_people_a_teaching_verb_takes_are_taught_not_experts():
    text = PAIRING + "金华市第一医院外科专家严明亮手把手带教当地外科医生罗春梅、杨光辉开展腹腔镜操作训练。"
    assert "严明亮" in experts(text)
    assert not {"罗春梅", "杨光辉"} & experts(text)


def test_the_one_a_guiding_verb_takes_who_then_does_the_work_is_taught():
    text = PAIRING + "金华市第一医院选派专家严明亮驻点帮扶。他指导外科医生罗春梅开展了首例腹腔镜手术。"
    assert experts(text) == {"严明亮"}
    # the one who guides, a giver's word before the name, is no pupil
    text = PAIRING + "院长带领帮扶专家严明亮完成了首例腹腔镜手术。"
    assert "严明亮" in experts(text)


def test_a_family_name_and_a_form_of_kinship_address_name_no_one():
    text = PAIRING + (
        "在绥阳县人民医院，产妇们都管一位女医生叫“罗妈妈”。她叫罗春梅，是金华市第一医院妇产科主任医师，"
        "今年4月来到绥阳县人民医院帮扶。“罗妈妈”每天查房两次。"
    )
    assert experts(text) == {"罗春梅"}


def test_a_name_before_what_the_person_does_is_read_whole():
    # a two-character family name after a role, the name ending where a verb of going starts
    text = PAIRING + "今年7月，金华市第九批援黔医疗队员上官明杰来到绥阳县人民医院挂职，他对该院骨科进行了摸底。"
    assert experts(text) == {"上官明杰"}
    # a given name whose last character makes a word with the next (新派), before a word of posting (派驻)
    text = PAIRING + "其中，金华市第一医院心血管内科副主任医师严立新派驻绥阳县人民医院。"
    assert experts(text) == {"严立新"}


def test_of_the_receiving_places_after_an_expert_the_county_is_where_they_work():
    text = (
        "金华市对口帮扶铜鼓县。\n金华市第一医院专家严明亮与宜春市卫生健康委副主任罗春梅、铜鼓县副县长杨光辉一同调研。"
    )
    assert links(text, Rel.POSTED_TO) == {("严明亮", "铜鼓县")}


def test_experts_go_to_the_one_receiving_hospital_the_sentences_of_aid_name():
    # an interview: the team's hospital named where it arrives; a hospital the trainees left for, in a sentence
    # of no aid, is no second receiver
    text = (
        "金华专家在铜鼓的日子\n今年春天，金华市新一批帮扶专家到达铜鼓县人民医院。\n"
        "记者：两位来自不同的医院，是怎么分工的？\n罗春梅：我是金华市中心医院妇产科的，来了以后主要负责产科。\n"
        "杨光辉：我来自金华市第二医院麻醉科。我们带出来的年轻医生，有的考研走了，有的去了宜春市人民医院。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗春梅", "铜鼓县人民医院"), ("杨光辉", "铜鼓县人民医院")}


def test_a_first_person_account_introduces_its_teller():
    text = (
        "援黔医生口述｜来了就要留下点东西\n（口述：欧阳志远　整理：本报记者）\n"
        "我叫欧阳志远，是金华市第一医院心血管内科的副主任医师。去年8月，我来到绥阳县人民医院挂职。"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "欧阳志远")}


def test_roster_lines_headed_by_the_receiving_hospital_name_its_experts():
    # each line: where they go, then each member with their own hospital and title in brackets
    text = (
        "江苏省第十批援青医疗队抵达湟源\n3月6日，江苏省第十批援青医疗队一行5人抵达湟源。\n队员名单：\n"
        "达日县人民医院：严明亮（无锡市人民医院心内科主任医师，队长）；\n"
        "甘德县人民医院：罗春梅（常州市第二人民医院骨科副主任医师）、杨光辉（常州市第二人民医院妇产科主治医师）；"
    )
    assert experts(text) == {"严明亮", "罗春梅", "杨光辉"}
    assert ("常州市第二人民医院", "罗春梅") in links(text, Rel.SENDS)
    assert ("罗春梅", "甘德县人民医院") in links(text, Rel.POSTED_TO)


def test_a_roster_gives_each_member_and_their_own_hospital_whatever_places_their_names_spell():
    # entries 姓名（某医院某科）: hospitals' names are long; 于洪 and 金华 are places' names too; the sender a
    # member's bracket gives beats the one an earlier quote's paragraph suggests
    text = (
        "浙江省第十批援黔医疗队圆满完成任务返杭\n"
        "8月18日，浙江省第十批援黔医疗队队员平安返回杭州。一年来，队员们分别在绥阳县人民医院、凤冈县人民医院工作。\n"
        "“虽然离开了，但情谊会一直延续。”队员李金华说。\n本批队员名单：\n"
        "绥阳县人民医院：严明亮（绍兴市人民医院泌尿外科）、于洪波（嘉兴市第一医院内分泌科）、罗春梅（丽水市中心医院骨科）；\n"
        "凤冈县人民医院：李金华（温州市中心医院普外科）、杨光辉（台州市中心医院儿科）。"
    )
    assert links(text, Rel.SENDS) == {
        ("绍兴市人民医院", "严明亮"),
        ("嘉兴市第一医院", "于洪波"),
        ("丽水市中心医院", "罗春梅"),
        ("温州市中心医院", "李金华"),
        ("台州市中心医院", "杨光辉"),
    }
    places = {m.surface for m in extract(document_from_text("t.txt", text)).mentions if m.label is Label.CITY}
    assert "金华" not in places


def test_speakers_of_an_interview_say_what_they_are():
    # a speaker's label, then 我是…; a later answer opening with the receiving hospital says nothing of whose they are
    text = (
        "金华援黔医生访谈\n记者：先请两位介绍一下自己。\n"
        "严明亮：我是金华市第一医院泌尿外科主任医师，现在在绥阳县人民医院挂职副院长。\n"
        "【罗春梅】我是金华市中心医院派来的，在凤冈县人民医院担任执行院长。\n"
        "记者：两个县医院的情况有什么不同？\n严明亮：绥阳县人民医院底子相对好一些，科室也比较全。"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "严明亮"), ("金华市中心医院", "罗春梅")}


def test_a_joining_word_and_a_place_make_no_name():
    text = (
        "金华市第一医院对口帮扶泽库县人民医院。\n泽库县人民医院远程会诊中心的大屏幕上，远在金华的金华市第一医院"
        "（以下简称金华一院）神经外科专家正在和泽库的医生一起，逐帧研读一名脑出血患者的CT影像。"
    )
    assert not experts(text)


def test_a_contributors_line_names_the_page_and_its_own_head_is_no_expert():
    text = (
        "帮扶专家带教 我院开展首例微创手术\n"
        "在舟山市人民医院帮扶专家蒋文涛的指导下，我院外科团队成功开展首例腹腔镜手术。"
        "我院院长罗永福表示，将以此为起点开展更多新技术。\n（望谟县人民医院 医务科 供稿）"
    )
    assert "罗永福" not in experts(text)
    assert ("舟山市人民医院", "望谟县人民医院") in links(text, Rel.PAIRS_WITH)


def test_a_profile_giving_age_and_party_before_the_hospital_names_whose_the_person_is():
    text = PAIRING + "孙海波，46岁，中共党员，金华市第一医院普外科主任医师，1997年毕业于浙江医科大学。"
    assert ("金华市第一医院", "孙海波") in links(text, Rel.SENDS)
    assert "孙海波" not in experts(PAIRING + "孙海波，46岁，中共党员，绥阳县人民医院普外科主任医师。")


def test_a_role_said_to_be_held_by_a_hospital_s_person_names_them():
    text = PAIRING + "第二批（2016年8月至2017年8月）：领队为金华市第一医院孙海波；"
    assert ("金华市第一医院", "孙海波") in links(text, Rel.SENDS)


def test_a_list_of_a_team_s_other_members_is_posted_where_the_paragraph_above_posts_its_leader():
    text = (
        "金华市第一医院对口帮扶海东市第一人民医院，金华市第二医院对口帮扶湟源县人民医院。\n\n"
        "本批医疗队队长钱国平是金华市第一医院神经内科主任医师，将挂职海东市第一人民医院副院长。他说：“要把技术留下。”\n\n"
        "医疗队其他2名队员分别是：\n神经外科副主任医师孙海波；\n眼科主治医师王晓丽。\n"
    )
    assert {("孙海波", "海东市第一人民医院"), ("王晓丽", "海东市第一人民医院")} <= links(text, Rel.POSTED_TO)


def test_a_doctor_back_from_learning_is_a_trainee_not_an_expert():
    text = PAIRING + "6月7日，在绥阳县城关镇中心卫生院，刚从绥阳县人民医院超声科进修归来的医生孙海波说。"
    assert "孙海波" not in experts(text)


def test_a_learner_following_a_teacher_is_taught_not_an_expert():
    text = PAIRING + "金华市第一医院中医师陆文婷在绥阳县人民医院坐诊。年轻医生向丽丽跟着她学了半年针法。"
    assert "陆文婷" in experts(text) and "向丽丽" not in experts(text)


@pytest.mark.parametrize("bar", ["｜", "|", "\t"])
def test_a_table_of_people_under_a_header_gives_each_row_its_sender_and_posting(bar):
    # a header of cells (number, name, sending unit, title, unit posted to); the rows hold more than the two parties
    header = bar.join(["序号", "姓名", "派出单位", "职称", "派驻单位"])
    rows = [
        bar.join(["1", "周海燕", "宜春市人民医院", "主任医师", "铜鼓县人民医院"]),
        bar.join(["2", "罗建平", "宜春市中医院", "副主任医师", "靖安县中医院"]),
    ]
    text = "关于城乡医院对口支援派驻人员名单的公示\n拟派驻以下人员：\n" + "\n".join([header, *rows]) + "\n现予以公示。"
    assert experts(text) == {"周海燕", "罗建平"}
    assert links(text, Rel.SENDS) == {("宜春市人民医院", "周海燕"), ("宜春市中医院", "罗建平")}
    assert links(text, Rel.POSTED_TO) == {("周海燕", "铜鼓县人民医院"), ("罗建平", "靖安县中医院")}
    assert links(text, Rel.PAIRS_WITH) >= {("宜春市人民医院", "铜鼓县人民医院"), ("宜春市中医院", "靖安县中医院")}


def test_a_table_whose_cells_single_spaces_part_names_each_row_s_person():
    header = " ".join(["序号", "派出单位", "姓名", "性别", "专业", "受援单位"])
    rows = [
        " ".join(["1", "金华市第一医院", "钱建设", "男", "骨科", "湟源县人民医院"]),
        " ".join(["2", "金华市第二医院", "范立平", "女", "儿科", "修水县人民医院"]),
    ]
    text = "帮扶人才到岗情况公示\n" + "\n".join([header, *rows]) + "\n公示时间：5个工作日。"
    assert experts(text) == {"钱建设", "范立平"}
    assert links(text, Rel.POSTED_TO) == {("钱建设", "湟源县人民医院"), ("范立平", "修水县人民医院")}


def test_a_column_of_the_people_in_charge_names_them_with_their_titles_in_brackets():
    # (a full-width space inside the brackets parts no cell)
    header = "\t".join(["序号", "支援医院", "受援医院", "驻点负责人"])
    rows = [
        "\t".join(["1", "金华市第一医院", "湟源县人民医院", "钱建设（骨科\u3000副主任医师）"]),
        "\t".join(["2", "金华市第二医院", "修水县人民医院", "于海燕（神经内科\u3000主任医师）"]),
        # (a department opening with 中 is no place in a photo)
        "\t".join(["3", "金华市中医院", "湟源县中医院", "范立平（中医内科\u3000主任医师）"]),
    ]
    text = "城市三级医院对口支援县级医院名单\n" + "\n".join([header, *rows]) + "\n"
    assert experts(text) == {"钱建设", "于海燕", "范立平"}
    assert links(text, Rel.SENDS) == {
        ("金华市第一医院", "钱建设"),
        ("金华市第二医院", "于海燕"),
        ("金华市中医院", "范立平"),
    }


def test_a_roster_of_cells_with_sex_and_qualified_labels_gives_each_row_its_sender_and_posting():
    # 工作单位 is the sending cell, 拟派驻单位 the planned posting; a sex cell stands between name and hospital
    header = "\u3000".join(["序号", "姓名", "性别", "工作单位", "职称", "拟派驻单位"])
    rows = [
        "\u3000".join(["1", "周海燕", "女", "宜春市人民医院", "主任医师", "铜鼓县人民医院"]),
        "\u3000".join(["2", "罗建平", "男", "宜春市中医院", "副主任医师", "靖安县中医院"]),
    ]
    text = "关于对口帮扶拟选派人员名单的公示\n" + "\n".join([header, *rows]) + "\n现予以公示。"
    assert experts(text) == {"周海燕", "罗建平"}
    assert links(text, Rel.SENDS) == {("宜春市人民医院", "周海燕"), ("宜春市中医院", "罗建平")}
    assert links(text, Rel.PAIRS_WITH) >= {("宜春市人民医院", "铜鼓县人民医院"), ("宜春市中医院", "靖安县中医院")}


def test_a_numbered_roster_row_names_its_persons_hospital_right_after_the_name():
    # the row's own hospital sends its person; one of the receiving hospital is its staff, no expert
    text = (
        "宜春市卫生健康委员会通报表扬对口支援先进个人\n"
        "1. 易志明　宜春市人民医院心内科主任医师（派驻重庆市城口县人民医院）\n"
        "2. 彭小兰　宜春市妇幼保健院产科主治医师（派驻重庆市城口县人民医院）\n"
        "3. 胡立新　城口县人民医院医务科科长（受援单位联络员）\n"
    )
    assert experts(text) == {"易志明", "彭小兰"}
    assert ("宜春市妇幼保健院", "彭小兰") in links(text, Rel.SENDS)


def test_a_heading_that_lists_people_by_role_makes_each_name_after_it_one():
    text = PAIRING + "本批医疗队各组组长名单如下：金华市第一医院罗建平，金华市中心医院周海燕，金华市妇幼保健院易志明。"
    assert {"罗建平", "周海燕", "易志明"} <= experts(text)
    assert ("金华市中心医院", "周海燕") in links(text, Rel.SENDS)
    # a list no role heads is no list of experts
    assert not experts(PAIRING + "本次活动获奖名单如下：金华市第一医院罗建平，金华市中心医院周海燕。")


def test_the_name_before_comrade_after_an_institution_is_a_name_though_it_is_a_word_too():
    # 甘露 and 雷鸣 are words as well as names; 同志 after them, an institution before them, says they are names
    text = (
        "关于同意选派专家挂职的通知\n经研究，同意金华市第一医院甘露同志挂任绥阳县人民医院副院长，"
        "金华市中心医院雷鸣同志挂任湄潭县人民医院副院长（挂职时间一年）。"
    )
    assert {"甘露", "雷鸣"} <= experts(text)
    assert ("金华市中心医院", "雷鸣") in links(text, Rel.SENDS)
    assert ("甘露", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_word_the_dictionary_knows_as_a_name_after_a_title_is_a_name_where_a_person_acts_after_it():
    # 田野, 乌云 and 于海洋 are words (a field, a dark cloud, "in the ocean") that the dictionary knows as people's
    # names too; after a doctor's title and before where one works, a post or a doctor's work they are names
    text = PAIRING + (
        "金华市第一医院骨科医生田野在绥阳县人民医院工作一年。消化内科副主任医师乌云驻点期间开展了首例无痛胃镜检查。"
        "帮扶专家于海洋挂职绥阳县人民医院副院长。"
    )
    assert {"田野", "乌云", "于海洋"} <= experts(text)
    assert ("田野", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # words the dictionary knows only as words stay words there: an adverb, a noun
    text = PAIRING + "金华市第一医院骨科医生陆续到绥阳县人民医院开展工作，儿科医生计划在绥阳县人民医院工作半年。"
    assert not experts(text)


def test_times_one_after_another_between_a_name_after_a_title_and_what_the_person_does_are_passed_over():
    # 高峰 and 黎明 are words as well as names; what they do comes after a year, a month or a run of years
    text = PAIRING + (
        "金华市第一医院普外科主任医师高峰今年5月到绥阳县人民医院挂职副院长。"
        "金华市第一医院神经内科副主任医师黎明已连续两年每月到绥阳县人民医院坐诊。"
    )
    assert {"高峰", "黎明"} <= experts(text)
    assert ("黎明", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_form_of_address_after_a_name_is_no_part_of_it():
    # a child writing to a parent names the team's people as uncles and aunts (某某伯伯, 某某阿姨)
    text = PAIRING + (
        "我们这一批金华来的医生护士有二十多人，分散在医院的十几个科室。"
        "我们的领队钱磊伯伯，是金华市第一医院的专家，现在是绥阳县人民医院的院长。"
    )
    assert experts(text) == {"钱磊"}


def test_a_professors_title_before_a_name_the_recogniser_misses_is_a_doctors_title():
    # 向 is a preposition as well as a family name; after 教授 and before a doctor's round it is the name's
    text = PAIRING + "金华市第一医院神经内科教授向国平已连续两年每月到绥阳县人民医院坐诊。"
    assert experts(text) == {"向国平"}
    assert ("向国平", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_local_title_right_before_the_second_of_two_joined_names_is_that_persons_own():
    # the first name's donor hospital does not reach across 和 to the second, whom 本地医生 titles
    text = PAIRING + "在绥阳县人民医院，金华市第一医院妇产科副主任医师陈立和本地医生郑海英一起完成了首例腹腔镜手术。"
    assert experts(text) == {"陈立"}


def test_two_provinces_one_character_names_before_a_word_of_cooperation_are_a_slogan_not_a_name():
    # 鲁 and 浙 are family names too; 鲁浙协作 names two provinces' cooperation
    text = PAIRING + "金华市第一医院普外科主任医师陈立作为鲁浙东西部协作挂职干部来到绥阳县人民医院。"
    assert experts(text) == {"陈立"}
    text = PAIRING + "金华市第一医院普外科主任医师陈立表示，希望新队员把鲁浙之间的这份情谊接续下去。"
    assert experts(text) == {"陈立"}
    # (or before the field the cooperation is in, into which the recogniser may run the pair: 鲁浙卫|生健康协作)
    assert _slogan_pair("鲁浙卫生健康协作考察组", 0, 3)


def test_heads_who_sign_for_the_parties_a_clause_on_are_no_experts():
    text = (
        "金华市第一医院与绥阳县人民医院签署紧密型对口帮扶协议。金华市第一医院院长罗建平，"
        "绥阳县人民医院院长易志明分别代表双方在协议上签字。"
    )
    assert not experts(text)


def test_a_name_inside_a_place_name_that_runs_on_past_it_is_no_name():
    # the recogniser reads 阿图 in 上阿图什镇 as a person
    text = "金华市第一医院对口帮扶阿图什市人民医院。\n援疆医疗队员在阿图什市上阿图什镇开展义诊，为村民测血压。"
    assert not experts(text)


def test_a_shorter_role_inside_a_longer_one_opens_no_compound_family_name():
    # 护士|长孙倩: 长孙 is a family name, but 护士长 is the role
    text = PAIRING + "金华市第一医院选派心内科护士长孙倩、妇产科主治医师陈立赴绥阳县人民医院开展帮扶。"
    assert experts(text) == {"孙倩", "陈立"}


def test_a_trainees_title_makes_no_expert():
    text = PAIRING + "绥阳县人民医院先后选派14名医护人员到金华市第一医院进修。进修医生罗建平说，学会了很多新技术。"
    assert "罗建平" not in experts(text)


def test_a_word_of_time_run_into_a_fourth_character_is_cut_off_a_name():
    # 顾志成正|和…: the recogniser reads 顾志成正
    text = PAIRING + "金华市第一医院派驻绥阳县人民医院的重症医学科主任顾志成正和年轻医生一起查房。"
    assert "顾志成" in experts(text) and "顾志成正" not in experts(text)


def test_an_adverb_of_manner_the_recogniser_runs_a_name_into_is_cut_off():
    # 孙立照|例: the recogniser reads 孙立照; 照例 (as usual) is what the person does next
    text = PAIRING + "交班会上，金华市第一医院派驻绥阳县人民医院的执行院长孙立照例先问一句：“昨晚有几个重病人？”"
    assert "孙立" in experts(text) and "孙立照" not in experts(text)


def test_a_body_s_short_name_opening_with_a_family_name_s_character_is_no_name():
    # 县|卫健委将…: 卫 is a family name, and the recogniser may read 卫健 in a window of the sentence
    text = PAIRING + "\n\n扎西多吉主任表示，县卫健委将全力做好援派医生的服务保障，也请专家们注意身体。"
    assert not {name for name in experts(text) if name.startswith("卫")}


def test_a_name_the_article_says_it_made_up_is_no_expert():
    text = (
        PAIRING + "在绥阳县人民医院心内科病房，62岁的钱国平（化名）握着医生的手连声道谢。"
        "5天前，金华市第一医院心内科副主任医师周海峰接诊后，立即带领团队为其手术。"
    )
    assert experts(text) == {"周海峰"}


def test_a_family_name_that_is_also_a_word_cut_off_after_a_role_is_taken_back():
    # the recogniser reads 副主任医师应|海峰: 应 (should) is a family name too
    text = PAIRING + "为她主刀的，是金华市第一医院普外科副主任医师应海峰。"
    assert "应海峰" in experts(text) and "海峰" not in experts(text)


def test_a_given_name_cut_before_its_last_character_is_taken_whole():
    # the recogniser reads 骆庆|和回忆: its last character stands before what a person does
    text = PAIRING + "金华市第一医院派驻绥阳县人民医院的援派医生骆庆和回忆，当初条件很差。"
    assert "骆庆和" in experts(text) and "骆庆" not in experts(text)
    # a two-character name before a verb of going keeps its length (骆庆|来到)
    text = PAIRING + "金华市第一医院援派医生骆庆来到绥阳县人民医院，开展帮扶。"
    assert "骆庆" in experts(text) and "骆庆来" not in experts(text)


class _Reads:
    """A name recogniser that reads one name, or its first ``length`` characters (慕容|远山, 白若|兰), wherever a
    piece holds it, and nothing else (no name at all without one)."""

    def __init__(self, name: str = "", length: int | None = None) -> None:
        self.name, self.length = name, length or len(name)

    def people(self, pieces: list[str]) -> list[list[tuple[int, int]]]:
        found = [piece.find(self.name) if self.name else -1 for piece in pieces]
        return [[(at, at + self.length)] if at >= 0 else [] for at in found]


def test_a_two_character_family_name_read_alone_takes_its_given_name():
    text = "金华市第一医院普通外科副主任医师慕容远山兼任绥阳县人民医院院长。"
    found = find_experts(text, [(0, len(text), 0)], _Reads("慕容远山", 2))
    assert [m.surface for m in found] == ["慕容远山"]
    # where nothing after says the name ends, the family name alone is no one's name
    text = "金华市第一医院普通外科副主任医师慕容远山组织全院会诊。"
    assert find_experts(text, [(0, len(text), 0)], _Reads("慕容远山", 2)) == []


def test_a_name_ending_a_list_or_sentence_after_a_graded_title_is_a_name():
    text = "绥阳县人民医院迎来的是金华市第一医院心内科主治医师易南。成员有麻醉科副主任医师闻若溪等。"
    sentences = [(0, 28, 0), (28, len(text), 1)]
    found = find_experts(text, sentences, _Reads())
    assert [m.surface for m in found] == ["易南", "闻若溪"]
    # after a bare title the same shape is as often a phrase
    text = "查房时各科医师齐上场。"
    assert find_experts(text, [(0, len(text), 0)], _Reads()) == []


def test_a_list_of_names_with_bracketed_notes_is_read_to_its_end():
    # the recogniser reads a window of the clause; the list's entries after it are names with notes of their own
    text = (
        "金华市第一医院派驻绥阳县人民医院的专家为：周海燕（心血管内科）、罗建平（麻醉科）、易志明（神经外科）、"
        "欧阳立新（呼吸与危重症医学科）、彭小兰（医务科）。"
    )
    assert experts(text) == {"周海燕", "罗建平", "易志明", "欧阳立新", "彭小兰"}
    assert ("金华市第一医院", "彭小兰") in links(text, Rel.SENDS)


def test_a_title_cut_inside_a_hospitals_name_is_no_unplaced_hospital():
    # thirty characters before the last names begin inside 绥阳县人民医院: its end (县人民医院) is no hospital of
    # the receiving side the person would work at
    text = (
        "其中，金华市第一医院派驻绥阳县人民医院的专家为：周海燕（心血管内科）、罗建平（麻醉科）、"
        "易志明（神经外科）、彭小兰（医务科）。"
    )
    assert ("金华市第一医院", "易志明") in links(text, Rel.SENDS)


def test_a_department_before_a_role_is_no_name():
    # 康复科 starts with a family name; before a nurse's title it is her department
    text = PAIRING + "金华市第一医院选派骨科副主任医师周海燕和康复科主管护师罗建平赴绥阳县人民医院帮扶。"
    assert experts(text) == {"周海燕", "罗建平"}


def test_a_local_head_named_alone_in_another_sentence_is_no_expert():
    text = (
        "绥阳县人民医院举行欢迎仪式，热烈欢迎金华市第一医院第十批医疗人才到岗。县委副书记张立明，"
        "绥阳县人民医院党支部书记、院长罗建平及医院全体中层干部参加仪式。\n"
        "罗建平在致辞中说，金华的专家一批接着一批来，帮助医院新建了血液透析室。\n"
        "金华市第一医院外科主任医师周海燕表示将尽心尽力。"
    )
    assert experts(text) == {"周海燕"}


def test_staff_of_the_county_hospital_written_by_its_level_alone_are_no_experts():
    # (two counties receive: 县医院 is not completed to one of them)
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，金华市中医院对口帮扶凤冈县中医院。\n"
        "在绥阳县人民医院，金华市第一医院外科主任医师周海燕到岗后，我和县医院的罗建平医生一起完成了首例腹腔镜手术。"
        "县医院护士长易志明说，病房的护理文书规范了很多。"
    )
    assert experts(text) == {"周海燕"}


@pytest.mark.parametrize("name", ["眭晓云", "綦立新", "纳志刚"])
def test_rarer_family_names_of_the_register_are_family_names(name):
    text = PAIRING + f"金华市第一医院检验科副主任技师{name}到岗后，帮助绥阳县人民医院检验科通过了认证。"
    assert name in experts(text)


def test_a_name_cut_before_its_last_character_ends_before_an_adverb_too():
    text = "金华市第一医院主管护师白若兰则帮助绥阳县人民医院建立了专科护理体系。"
    found = find_experts(text, [(0, len(text), 0)], _Reads("白若兰", 2))
    assert [m.surface for m in found] == ["白若兰"]


def test_a_roster_by_hospital_lists_names_with_their_departments_in_brackets():
    text = (
        "金华市组团式帮扶团队进驻绥阳县人民医院，人员名单如下：\n"
        "队员：\n"
        "金华市第一医院：周海燕（麻醉科）、罗建平（急诊医学科）；\n"
        "金华市中医院：易志明（针灸科）。"
    )
    assert experts(text) == {"周海燕", "罗建平", "易志明"}
    assert ("金华市中医院", "易志明") in links(text, Rel.SENDS)


def test_a_numbered_heading_naming_a_receiving_hospital_heads_the_lines_under_it():
    text = (
        "宜春市人民医院对口帮扶县级医院医疗队出征\n"
        "本轮我院对口帮扶2家县级医院，受援医院及医疗队队长名单如下：\n"
        "一、铜鼓县人民医院\n队长：周海燕，神经外科主任医师\n主要任务：建设卒中中心\n"
        "二、靖安县人民医院\n队长：罗建平，心血管内科副主任医师\n队员代表：易志明，重症医学科主管护师\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("周海燕", "铜鼓县人民医院"),
        ("罗建平", "靖安县人民医院"),
        ("易志明", "靖安县人民医院"),
    }


def test_a_hospital_after_a_joiner_or_a_verb_of_teaching_is_the_persons_own():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。\n"
        "图为金华市第一医院妇产科医生周海燕指导绥阳县人民医院妇产科医生罗建平进行超声检查。\n"
        "图为金华市第一医院外科医生易志明与绥阳县人民医院外科主任彭小兰完成一台手术。"
    )
    assert experts(text) == {"周海燕", "易志明"}
    # a joiner inside a hospital's name (平和县医院) opens no title
    text = (
        "平和县医院对口帮扶绥阳县人民医院。\n会上，领导赞扬了医疗队总领队、平和县医院副院长、绥阳县人民医院院长周海燕。"
    )
    assert experts(text) == {"周海燕"}


def test_gaiyuan_is_no_hospital_of_the_place_its_people_go_to():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。"
        "去年9月，该院泌尿外科副主任医师周海燕作为新一批帮扶专家来到绥阳，帮扶期一年。"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "周海燕")}


def test_a_speakers_label_before_a_colon_is_no_title_of_the_name_after_it():
    text = (
        PAIRING + "同批前往的还有金华市第一医院护理部主管护师周海燕。\n"
        "记者：周海燕护士主要做哪些工作？\n答：她负责护理质量管理。"
    )
    assert "周海燕" in experts(text)
    # a journalist named with the title is none
    assert "罗建平" not in experts(PAIRING + "记者罗建平报道，金华市第一医院医疗队抵达绥阳县人民医院。")


def test_a_list_of_names_with_bracketed_notes_is_read_back_to_its_start():
    text = (
        "派驻绥阳县人民医院的有：周海燕（金华市第一医院，外科主任医师）、罗建平（金华市中医院，麻醉科副主任医师）、"
        "易志明（金华市妇幼保健院，儿科主治医师）。"
    )
    found = find_experts(text, [(0, len(text), 0)], _Reads("罗建平"))
    assert [m.surface for m in found] == ["周海燕", "罗建平", "易志明"]


def test_those_a_plan_of_teaching_is_made_for_are_no_experts():
    text = PAIRING + "金华市第一医院骨科主任医师周海燕为骨科医生罗建平、易志明等人制定了个性化带教计划。"
    assert experts(text) == {"周海燕"}


def test_two_cities_initials_before_a_word_of_cooperation_are_no_name():
    # 金绥协作: 金华's and 绥化's initials, whatever a recogniser reads there
    text = "金华市第一医院骨科主任医师周海燕作为金绥协作医疗帮扶团队队长，来到绥阳县人民医院。"
    found = find_experts(text, [(0, len(text), 0)], _Reads("金绥"))
    assert found == []


def test_a_role_before_a_joiner_of_parties_who_meet_is_not_the_persons_after_it():
    text = (
        PAIRING + "县委副书记张立明到高速路口迎接医疗队。\n"
        "座谈会后，金华市第一医院医疗队一行与张立明及医疗队员周海燕、罗建平一同查看了绥阳县人民医院手术室。"
    )
    assert experts(text) == {"周海燕", "罗建平"}


def test_a_numbered_heading_naming_the_pair_gives_the_rows_under_it_their_sender():
    text = (
        "关于城乡医院对口支援派驻人员考核结果的公示\n"
        "一、宜春市人民医院对口支援铜鼓县人民医院\n"
        "1. 周海燕  普外科  副主任医师  优秀\n2. 罗建平  妇产科  主治医师  合格\n\n"
        "二、宜春市第二人民医院对口支援靖安县人民医院\n"
        "3. 易志明  儿科  主治医师  合格\n4. 彭小兰  麻醉科  副主任医师  优秀\n"
    )
    assert links(text, Rel.SENDS) == {
        ("宜春市人民医院", "周海燕"),
        ("宜春市人民医院", "罗建平"),
        ("宜春市第二人民医院", "易志明"),
        ("宜春市第二人民医院", "彭小兰"),
    }


def test_a_numbered_heading_over_a_blank_line_and_a_table_heads_its_rows():
    text = (
        "第二批医院“组团式”帮扶队员名单确定\n\n"
        "本批共派出2支团队，分赴湟源县和湟中区，团队负责人挂任受援医院院长。\n\n"
        "一、金华市第一医院（金华一院）—西宁市湟源县人民医院\n\n"
        "|姓名|性别|科室|职称|拟任职务|\n|钱国平|男|肝胆外科|主任医师|院长|\n|孙晓燕|女|妇产科|副主任医师|科主任|\n\n"
        "二、金华市中心医院（浙江大学金华医院）—西宁市湟中区第一人民医院\n\n"
        "|姓名|性别|科室|职称|拟任职务|\n|周海峰|男|神经内科|主任医师|院长|\n"
    )
    assert links(text, Rel.SENDS) == {
        ("金华市第一医院（金华一院）", "钱国平"),
        ("金华市第一医院（金华一院）", "孙晓燕"),
        ("金华市中心医院（浙江大学金华医院）", "周海峰"),
    }
    assert links(text, Rel.POSTED_TO) == {
        ("钱国平", "西宁市湟源县人民医院"),
        ("孙晓燕", "西宁市湟源县人民医院"),
        ("周海峰", "西宁市湟中区第一人民医院"),
    }


def test_a_cell_under_a_name_label_is_a_name_whatever_its_family_name():
    # (折 and 拓 are family names of the north-west that the lexicon of common ones lacks)
    text = (
        "金华市第一医院派驻湟源县人民医院队员：\n"
        "|姓名|性别|科室|\n|钱国平|男|外科|\n|折向东|男|内科|\n|拓海燕|女|麻醉科|\n"
    )
    assert experts(text) == {"钱国平", "折向东", "拓海燕"}


@pytest.mark.parametrize(
    "heading", ["驻湟源县人民医院（2人）", "湟源县人民医院（金华市第一医院派驻）", "驻守湟源县人民医院："]
)
def test_a_line_naming_the_receiving_hospital_alone_heads_the_roster_under_it(heading):
    text = (
        "金华市第一医院对口帮扶湟源县人民医院和湟中区第一人民医院，两支团队现有驻县专家如下：\n\n"
        f"{heading}\n钱国平　心血管内科　主任医师\n孙晓燕　重症医学科　副主任医师\n\n"
        "湟中区第一人民医院（金华市第一医院派驻）\n周海峰　神经外科　主任医师\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("钱国平", "湟源县人民医院"),
        ("孙晓燕", "湟源县人民医院"),
        ("周海峰", "湟中区第一人民医院"),
    }


def test_a_pronoun_saying_what_someone_is_stands_for_the_person_the_sentence_before_names():
    text = PAIRING + "钱丽华比王建平晚来三个月。她是金华市第一医院内分泌科的副主任医师，目前派驻绥阳县人民医院。"
    # the sentence before names two people: the pronoun is its subject's
    assert experts(text) == {"钱丽华"}
    assert links(text, Rel.SENDS) == {("金华市第一医院", "钱丽华")}
    assert links(text, Rel.POSTED_TO) == {("钱丽华", "绥阳县人民医院")}
    # not across a paragraph's end, and not for a person the pronoun's sentence makes a local
    assert not experts(text.replace("。她是", "。\n她是"))
    assert not experts(PAIRING + "钱丽华比王建平晚来三个月。她是绥阳县人民医院的护士长。")


def test_a_person_written_as_of_a_hospital_before_a_pronoun_sentence_is_sent_by_it():
    text = (
        PAIRING + "和他同时到岗的，还有金华市第二医院普外科的孔德胜。他是按照两地协作安排，派驻到绥阳县人民医院的专家。"
    )
    assert links(text, Rel.SENDS) == {("金华市第二医院", "孔德胜")}
    assert links(text, Rel.POSTED_TO) == {("孔德胜", "绥阳县人民医院")}


def test_a_local_named_by_a_copula_is_no_expert():
    assert not experts(PAIRING + "钱丽华是绥阳县人民医院的护士长，负责全院护理培训。")
    # a post the team holds there is the team's
    assert "钱丽华" in experts(PAIRING + "钱丽华是绥阳县人民医院挂职副院长，来自金华市第一医院。")


@pytest.mark.parametrize(
    "sentence",
    [
        "贵州省人民医院内分泌科副主任医师罗明芳作为省内对口帮扶专家，派驻绥阳县人民医院。",
        "罗明芳是贵州省人民医院内分泌科的副主任医师，作为省内对口帮扶的专家，派驻绥阳县人民医院。",
    ],
)
def test_a_hospital_of_the_receiving_province_that_posts_its_doctor_to_one_of_its_counties_sends_them(sentence):
    # the article's aid comes from another province; this is aid within the receiving one, beside it
    text = PAIRING + sentence
    assert links(text, Rel.SENDS) == {("贵州省人民医院", "罗明芳")}
    assert links(text, Rel.POSTED_TO) == {("罗明芳", "绥阳县人民医院")}


def test_a_numbered_profile_gives_the_person_s_hospital_and_its_next_sentence_the_posting():
    # a commendation list: 1. 某某，女，藏族，某医院某科副主任医师。2023年1月派驻某县人民医院…
    text = (
        "无锡市人民医院对口帮扶泽库县人民医院。\n"
        "1. 罗明芳，女，藏族，中共党员，青海省中医院内分泌科副主任医师。2023年1月派驻泽库县人民医院任执行院长，"
        "推动该院胸痛中心通过验收。\n"
        "2. 钱丽华，女，无锡市人民医院儿科主任医师。支援达日县人民医院，建成新生儿病房。\n"
    )
    assert links(text, Rel.SENDS) == {("青海省中医院", "罗明芳"), ("无锡市人民医院", "钱丽华")}
    assert links(text, Rel.POSTED_TO) == {("罗明芳", "泽库县人民医院"), ("钱丽华", "达日县人民医院")}
    # a form's numbered row is no profile of a person named 姓名
    assert "姓名" not in experts("1．姓名：赵文博　性别：男\n派出单位：无锡市人民医院　职称：主任医师\n")


def test_a_person_a_feature_introduces_by_name_and_hospital_is_an_expert_of_that_hospital():
    # 他叫某某，某医院某科的副主任医师: no copula, the clause after the name says what the person is
    text = PAIRING + "他叫罗建平，金华市第一医院呼吸科的副主任医师；她叫钱丽华，金华市妇幼保健院的儿科医生。"
    assert {"罗建平", "钱丽华"} <= experts(text)
    assert {("金华市第一医院", "罗建平"), ("金华市妇幼保健院", "钱丽华")} <= links(text, Rel.SENDS)


@pytest.mark.parametrize(
    "sentence",
    [
        "罗建平五十八岁，是金华市第一医院眼科的主任医师，退休前最后一年报名来了绥阳。",
        "老罗叫罗建平，是金华市第一医院眼科的主任医师。",
        # (a name its age comes before, then a clause a copula opens)
        "今年70多岁的罗建平，是金华市第一医院退休的眼科主任医师。",
        "坐诊的罗建平，是金华市第一医院眼科的主任医师。",
    ],
)
def test_a_feature_s_introduction_by_age_or_by_a_nickname_says_what_the_person_is(sentence):
    text = PAIRING + sentence
    assert "罗建平" in experts(text)
    assert ("金华市第一医院", "罗建平") in links(text, Rel.SENDS)


def test_entries_of_hospital_then_name_then_bracket_are_experts():
    # 甲医院张三（主任医师）、乙中心李四（主治医师）: each entry's name follows its institution's name directly
    text = (
        PAIRING + "派驻绥阳县人民医院的有：金华市第一医院罗建平（主任医师，挂任绥阳县人民医院副院长）、"
        "金华市妇幼保健院钱丽华（副主任护师）、金华市急救中心孙建国（主治医师）。"
    )
    assert {"罗建平", "钱丽华", "孙建国"} <= experts(text)
    assert ("金华市妇幼保健院", "钱丽华") in links(text, Rel.SENDS)


def test_a_title_s_words_before_a_bar_and_a_hospital_are_no_roster_row():
    # 师带徒 传帮带｜市医院…: a roster's row has its hospital in the next cell, not after a bar inside it
    assert not experts(PAIRING + "师带徒 传帮带｜市医院专家赴绥阳帮扶见实效\n金华市第一医院对口帮扶绥阳县人民医院。")


def test_a_receiver_s_doctor_the_clause_sends_somewhere_to_learn_is_no_expert():
    text = PAIRING + "外科医生罗建平在金华市第一医院进修半年后，已能独立完成常见腹腔镜手术。"
    assert "罗建平" not in experts(text)
    # an expert's past training, in the past tense, still leaves them an expert
    sent = PAIRING + "金华市第一医院选派骨科主任医师钱丽华到绥阳县人民医院坐诊，钱丽华曾在北京进修一年。"
    assert "钱丽华" in experts(sent)


def test_a_name_does_not_run_on_into_the_passive():
    # 罗晨|被派驻: the recogniser reads 罗晨; no given name ends in 被
    text = PAIRING + "2018年，金华市第一医院的罗晨被派驻到绥阳县人民医院，在骨科工作一年。"
    assert "罗晨" in experts(text) and "罗晨被" not in experts(text)


def test_a_card_s_line_of_name_and_title_names_an_expert():
    # a post's cards: the name, a wide space, the department and the title, a symbol before it perhaps
    text = PAIRING + "【专家风采】\n罗建平  骨科主治医师\n挂职外科主任\n\n👨‍⚕️钱丽华  重症医学科副主任医师\n"
    assert {"罗建平", "钱丽华"} <= experts(text)


def test_a_nurse_of_the_nursing_department_in_a_list_of_departments_is_an_expert():
    text = PAIRING + "金华市第一医院派出的专家中，麻醉科孙建国、检验科赵婉清、护理部钱丽华分别担任相关科室业务主任。"
    assert {"赵婉清", "钱丽华"} <= experts(text)


def test_a_family_name_that_starts_common_words_is_taken_in_three_character_names_only():
    text = PAIRING + "金华市第一医院骨科主治医师代雪梅到绥阳县人民医院坐诊，代表金华专家向患者赠送了药品。"
    found = experts(text)
    assert "代雪梅" in found and "代表" not in found


def test_a_hospital_s_department_s_doctor_at_another_hospital_is_sent_there():
    # 甲医院麻醉科的张三在乙医院…: no role word, the clause says where the person is; 麻醉科 is no name
    text = PAIRING + "同批的兄弟们：金华市中医院麻醉科的罗建平在绥阳县人民医院，上周刚帮他们开展了无痛胃镜。"
    assert experts(text) == {"罗建平"}
    assert links(text, Rel.SENDS) == {("金华市中医院", "罗建平")}
    assert links(text, Rel.POSTED_TO) == {("罗建平", "绥阳县人民医院")}


def test_a_hospitals_own_report_names_it_before_讯_and_its_people_as_ours():
    text = (
        "金华专家来绥阳收徒\n绥阳县人民医院讯　5月9日，绥阳县人民医院举行金华市第一医院帮扶专家师带徒结对仪式。"
        "金华市第一医院自2021年起对口帮扶绥阳县人民医院。"
        "此次结对的师徒分别是：心内科主任医师严明亮与我院心内科医师罗春梅；骨科副主任医师钱小芳与我院骨科医师杨光辉。"
    )
    assert {"严明亮", "钱小芳"} <= experts(text)
    assert not {"罗春梅", "杨光辉"} & experts(text)


def test_in_someones_words_our_hospital_is_the_speakers():
    # the title names the giver, whose page this is not: 本院 in the receiving head's words is the receiver
    text = (
        "金华市第一医院专家扎根绥阳\n金华市第一医院对口帮扶绥阳县人民医院。金华市第一医院心内科主任医师严明亮今年3月到岗。"
        "绥阳县人民医院院长罗永福说，本院心内科医生罗春梅、杨光辉已能独立完成冠脉造影。"
    )
    assert "严明亮" in experts(text)
    assert not {"罗春梅", "杨光辉"} & experts(text)


def test_one_quoted_by_a_departments_post_alone_is_no_expert():
    text = PAIRING + (
        "金华市第一医院心内科主任医师严明亮今年3月来到绥阳县人民医院帮扶。"
        "“严主任来了以后，我们心里有底了。”心内科护士长罗春梅说。"
        "心内科医生杨光辉说，金华专家带来的不只是技术。"
    )
    assert experts(text) == {"严明亮"}
    # what they say made a noun (在某某的介绍中)
    text = PAIRING + "在医务科主任罗永福的介绍中，金华从去年开始对口帮扶这家医院，已先后派来十位专家支援。"
    assert "罗永福" not in experts(text)
    text = PAIRING + "同行的麻醉科主治医师钱小芳表示，除了手术，还要带好当地的年轻医生。"
    assert "钱小芳" in experts(text)
    # what the sentence goes on to say of the one quoted, the quotation aside, may tie them to the aid
    text = PAIRING + "“我们这次来，重点是带好学生。”骨科主治医师钱小芳告诉记者，她将在驻点期间带教两名医生。"
    assert "钱小芳" in experts(text)


def test_a_name_after_what_the_person_does_opens_a_clause_that_says_what_they_are():
    # the title stands far after the name, past the hospital's long name
    text = PAIRING + "坐诊的严明亮是金华市第一医院心血管病中心副主任医师，今年1月起派驻绥阳县人民医院担任执行主任。"
    assert "严明亮" in experts(text)


def test_a_receiving_hospital_that_heads_a_roster_line_is_where_its_people_go():
    text = (
        "金华市第一医院关于对口帮扶拟派人员的公示\n金华市第一医院对口帮扶绥阳县人民医院，拟派以下人员赴受援医院工作：\n"
        "绥阳县人民医院：严明亮（心内科，副主任医师）、罗春梅（儿科，主治医师）。"
    )
    assert {"严明亮", "罗春梅"} <= experts(text)
    assert {("严明亮", "绥阳县人民医院"), ("罗春梅", "绥阳县人民医院")} <= links(text, Rel.POSTED_TO)


def test_a_notices_table_and_numbered_list_of_cells_name_the_people_sent():
    head = "金华市第一医院关于选派对口帮扶人员的公示\n拟选派以下同志赴绥阳县人民医院开展对口帮扶工作，现予以公示。\n"
    # one tab between cells
    table = (
        head
        + "姓名\t科室\t职称\t派驻单位\n"
        + "严明亮\t普外科\t副主任医师\t绥阳县人民医院\n罗春梅\t妇产科\t主任医师\t绥阳县人民医院\n"
    )
    assert {"严明亮", "罗春梅"} <= experts(table)
    # the name, the department and the title in cells a comma parts
    listed = (
        head + "1. 严明亮，产科，副主任医师，派驻绥阳县人民医院；\n2. 罗春梅，儿科，主治医师，派驻绥阳县人民医院。\n"
    )
    assert {"严明亮", "罗春梅"} <= experts(listed)
    assert ("罗春梅", "绥阳县人民医院") in links(listed, Rel.POSTED_TO)


def test_a_sentence_opening_with_a_word_and_a_comma_is_no_list_item():
    # 于是 before a comma is no name, though a department and a title follow
    text = PAIRING + "金华市第一医院派出专家严明亮驻点帮扶。于是，她和科室主任罗春梅一起把各项指标列成表格。"
    assert "于是" not in experts(text)


def test_local_doctors_now_able_to_do_the_work_are_taught_not_experts():
    text = (
        PAIRING
        + "金华市第一医院心内科主任医师严明亮驻点帮扶半年。半年来，心内科医师罗春梅、杨光辉已能独立开展冠脉造影。"
    )
    assert experts(text) == {"严明亮"}
    # said in a sentence of no role the recogniser reads, of one named with a role elsewhere
    text = PAIRING + "严明亮主任医师驻点帮扶。心内科医师罗春梅参加了病例讨论。如今，罗春梅已能独立完成冠脉造影。"
    assert experts(text) == {"严明亮"}
    # (the person's role between: 科里的罗春梅医生现在已经能…)
    text = PAIRING + "金华市第一医院严明亮主任医师说，科里的罗春梅医生现在已经能独立完成冠脉造影。"
    assert experts(text) == {"严明亮"}


def test_local_staff_a_list_sends_somewhere_to_learn_are_no_experts():
    text = (
        PAIRING + "金华市第一医院骨科主任医师严明亮驻点帮扶。外科医生冉启航、护士长钱小芳分别赴金华市第一医院进修半年。"
    )
    assert experts(text) == {"严明亮"}


def test_a_title_and_the_word_it_makes_with_what_follows_is_no_name():
    text = PAIRING + "金华市第一医院选派的心内科专家杨光辉在绥阳县人民医院工作，每周开设专家门诊并开展教学查房。"
    assert experts(text) == {"杨光辉"}


def test_one_sent_to_teach_at_a_school_is_no_expert():
    text = PAIRING + "金华市第一医院派出骨科医生杨光辉。教育帮扶方面，金华市选派的骨干教师罗春梅在绥阳中学支教一年。"
    assert experts(text) == {"杨光辉"}


def test_a_name_under_whose_lead_a_clause_is_after_a_doctor_s_title():
    # (a given name that is a common word, which the recogniser misses)
    text = PAIRING + "在金华市第一医院烧伤科主治医师钱海鸥的主导下，绥阳县人民医院烧伤科于3月挂牌。"
    assert experts(text) == {"钱海鸥"}


def test_who_visits_the_team_looks_on_and_the_ones_visited_are_the_team():
    text = PAIRING + "金华市第一医院院长钱小芳赴绥阳县看望慰问帮扶专家杨光辉主任医师。"
    assert experts(text) == {"杨光辉"}
    # nor does the place that sends a cadre give medical aid by it
    assert ("金华市", "绥阳县") not in links(text, Rel.PAIRS_WITH)


class _CutsOneName:
    """A recogniser that reads 赵思远 whole but in one text, where it cuts the name short (赵思|远重点)."""

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        out = []
        for text in sentences:
            at = text.find("赵思远")
            end = at + (2 if "重点带教" in text else 3)
            out.append([(at, end)] if at >= 0 else [])
        return out


def test_a_name_written_only_as_the_start_of_a_longer_one_found_is_that_one_cut_short():
    text = (
        "她口中的“赵大夫”，是金华市第一医院呼吸科副主任医师赵思远。\n"
        "金华市第一医院选派赵思远到绥阳县人民医院开展为期一年的帮扶。\n"
        "本院呼吸科医生是赵思远重点带教的对象。"
    )
    result = extract(document_from_text("t.txt", text), finder=_CutsOneName())
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"赵思远"}


def test_each_row_of_a_roster_of_hospital_department_name_and_posting_in_cells_is_an_expert():
    text = (
        "金华市对口帮扶湟源县。\n本批帮扶队员名单如下：\n\n▲赴湟源县（3人）\n"
        "金华市中心医院　内分泌科　王晓丽　派驻湟源县人民医院\n"
        "金华市中心医院　神经外科　孙海波　派驻湟源县人民医院\n"
        "金华市中医院　推拿科　范立平　派驻湟源县中医院\n"
    )
    assert {("金华市中心医院", "王晓丽"), ("金华市中医院", "范立平")} <= links(text, Rel.SENDS)
    assert ("范立平", "湟源县中医院") in links(text, Rel.POSTED_TO)


class _ReadsGoingAsAName:
    """A recogniser that reads a verb of going and a place after it (来湟源) as a name."""

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        return [[(at, at + 3)] if (at := text.find("来湟源")) >= 0 else [] for text in sentences]


def test_a_verb_of_going_and_a_place_the_recogniser_reads_as_a_name_is_no_one():
    text = PAIRING + "◎金华后方专家来湟源开展短期帮扶5批次，远程会诊96例。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsGoingAsAName())
    assert not [m for m in result.mentions if m.label is Label.EXPERT]


def test_a_name_the_recogniser_misses_after_a_title_is_told_by_what_the_doctor_does_next():
    text = PAIRING + "驻点的骨科医师冉启航协助医院成立脊柱外科，完成当地首例经皮椎体成形术。"
    assert "冉启航" in experts(text)
    # a verb of going and a place's name after a title are no name
    text = PAIRING + "县卫健局将争取更多专科专家来绥阳开展帮扶。"
    assert not experts(text)


def test_a_cadre_taking_a_post_in_a_places_government_is_no_expert():
    text = PAIRING + (
        "金华市选派的严明亮挂任绥阳县委副书记，金华市第一医院选派的心内科主任医师杨光辉挂任绥阳县人民医院副院长。"
    )
    assert experts(text) == {"杨光辉"}


def test_an_invited_guest_with_no_word_of_aid_is_no_expert():
    text = (
        "风湿科专家来院讲学\n7月22日，应我院邀请，宜春市人民医院风湿免疫科主任医师、博士生导师严明亮教授来院，"
        "作题为《早期识别》的专题讲座。讲座由我院副院长杨光辉主持。严明亮教授还深入病房查房，对疑难病例进行会诊指导。"
    )
    assert not experts(text)
    # invited to give aid, one is
    text = "应绥阳县人民医院邀请，金华市第一医院心内科主任医师严明亮来院开展为期半年的对口帮扶。"
    assert "严明亮" in experts(text)


def test_a_roster_table_s_rows_with_a_department_cell_between_name_and_hospital_name_experts():
    text = (
        "无锡市对口支援湟源县，本批援青医疗队员名单如下：\n派驻湟源县人民医院\n姓名　科室　派出单位\n"
        "严明亮　普外科　无锡市人民医院\n钱　芳　妇产科　常州市第一人民医院\n罗春梅　心血管内科　无锡市肿瘤医院\n"
    )
    assert {"严明亮", "钱芳", "罗春梅"} <= experts(text)
    assert ("常州市第一人民医院", "钱芳") in links(text, Rel.SENDS)


def test_a_name_whose_standing_the_clause_then_states_is_an_expert():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。在湟源县人民医院，严明亮的身份是医院党委副书记、常务副院长。"
        "他扎根高原已经两年，是无锡医疗援青工作的一根顶梁柱。"
    )
    assert "严明亮" in experts(text)


def test_those_attending_a_send_off_with_the_team_s_relatives_are_no_experts():
    text = (
        "8月28日上午，无锡市人民医院举行第三批援青医疗队欢送仪式，严明亮、罗春梅两名专家将奔赴湟源县人民医院，"
        "开展为期一年的对口帮扶。医院党委书记杨光辉、院长冉启航及相关职能科室负责人、队员家属参加仪式。"
    )
    # 队员家属: the team's relatives, no word of the team for those listed before them
    assert experts(text) == {"严明亮", "罗春梅"}


def test_the_first_entry_of_a_bracketed_roster_a_verb_opens_is_an_expert():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。第五批专家共2名，分别是严明亮（无锡市人民医院骨科）、"
        "罗春梅（无锡市人民医院儿科），将在湟源县人民医院开展为期一年的帮扶。"
    )
    assert experts(text) == {"严明亮", "罗春梅"}


def test_a_speaker_s_label_before_an_answer_is_no_profile_line():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。\n记者：这些年医院有什么变化？\n"
        "罗永福：2019年起，无锡市人民医院派出专家常驻湟源县人民医院，医院的手术量逐年增长。\n"
        "记者：当地群众怎么看？\n罗永福：有关系。群众看病不用再往外跑了。\n"
    )
    assert "罗永福" not in experts(text)
    # a profile line: the clause after the colon ends with what the person is
    text = "无锡市人民医院对口帮扶湟源县人民医院。\n罗永福：无锡市人民医院医务科科长，挂职湟源县人民医院副院长。\n"
    assert "罗永福" in experts(text)


def test_each_item_of_a_list_of_what_the_team_s_people_do_opens_with_one_of_them():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。\n1. 无锡市人民医院派出的援青队员：严明亮与湟源县人民医院的医生一起"
        "讨论病情；罗春梅为湟源县人民医院医生讲解超声检查的操作；杨光辉在湟源县人民医院为患者进行检查；\n"
    )
    assert experts(text) == {"严明亮", "罗春梅", "杨光辉"}
    assert ("罗春梅", "湟源县人民医院") in links(text, Rel.POSTED_TO)
    # a list under no lead naming the team: its items' openings are no one's names by that alone
    text = "无锡市人民医院对口帮扶湟源县人民医院。\n近日：严明亮与当地医生讨论病情；罗春梅为患者进行检查；\n"
    assert "罗春梅" not in experts(text)


def test_one_come_from_a_hospital_or_come_to_aid_a_province_is_of_the_team():
    text = "无锡市对口帮扶湟源县。来自无锡市人民医院的严明亮，今年48岁，从事骨科临床工作20余年，是该院骨科副主任医师。"
    assert "严明亮" in experts(text)
    text = "金华市对口帮扶绥阳县。同批来到绥阳的还有去年又第二次报名援黔的罗春梅，这次负责帮助县医院建设麻醉恢复室。"
    assert "罗春梅" in experts(text)


def test_a_team_going_to_a_hospital_is_led_by_one_of_the_givers():
    text = "无锡市人民医院对口支援湟源县人民医院。赴湟源县人民医院的医疗队由普外科副主任医师严明亮带队。"
    assert ("无锡市人民医院", "严明亮") in links(text, Rel.SENDS)


def test_the_county_hospital_s_staff_an_expert_works_with_are_no_experts():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。金华市第一医院心内科主任严明亮派驻绥阳县人民医院。"
        "他到任后，带着县医院心内科医生罗永福、护士钱小芳筹建了导管室。"
    )
    assert experts(text) == {"严明亮"}


def test_this_one_and_a_title_opening_a_sentence_say_what_the_person_named_before_is():
    text = (
        "金华市对口帮扶绥阳县。清晨6点半，罗永福已经在绥阳县人民医院的病房里查房。"
        "三年前，这位金华市第一医院呼吸与危重症医学科副主任医师主动报名参加医疗帮扶，来到绥阳县。"
    )
    assert "罗永福" in experts(text)
    assert ("金华市第一医院", "罗永福") in links(text, Rel.SENDS)


def test_a_numbered_table_row_with_a_sex_cell_after_the_name_names_a_person_sent():
    text = (
        "无锡市人民医院2023年第二批帮扶专家名单\n受援单位：湟源县人民医院\n派出单位：无锡市人民医院\n帮扶形式：驻点帮扶\n\n"
        "序号 姓名 性别 科室 职称 专业特长\n1 严明亮 男 胃肠外科 副主任医师 胃肠道肿瘤微创手术\n"
        "2 罗春梅 女 妇科 主治医师 宫腔镜及腹腔镜微创诊疗\n"
    )
    assert {"严明亮", "罗春梅"} <= experts(text)


def test_one_joined_to_the_county_hospital_s_staff_by_a_department_s_post_alone_works_there_too():
    text = (
        "无锡市人民医院对口支援湟源县人民医院。抵达湟源后，严明亮和同事一起查房，"
        "县医院护士长罗春梅和内科医生钱小芳全程陪同。"
    )
    assert not {"罗春梅", "钱小芳"} & experts(text)
    # a province's hospital sending its people down to a county of its own province: both are sent
    text = (
        "青海省人民医院对口帮扶湟源县人民医院。本批帮扶专家由青海省人民医院呼吸内科主任医师严明亮和内分泌科"
        "主任医师罗春梅组成，将在湟源县人民医院工作一年。"
    )
    assert {"严明亮", "罗春梅"} <= experts(text)


def test_on_a_county_hospital_s_page_a_bracketed_correspondent_line_makes_its_people_the_receivers():
    text = (
        "（湟源县人民医院 通讯员 赵思远）11月5日，在无锡市人民医院帮扶专家罗永福的指导下，我院呼吸科主任杨光辉成功"
        "完成首例支气管镜检查。手术由杨光辉主刀，我院主治医师罗春梅、护士长钱小芳协助。"
        "我院院长冉启航表示，将继续深化与无锡市人民医院的合作。"
    )
    assert experts(text) == {"罗永福"}


def test_an_apprentice_who_takes_an_expert_as_teacher_is_taught():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。欢迎会后举行了拜师仪式：心内科医生钱小芳拜严明亮为师，"
        "儿科医生罗永福拜罗春梅为师。无锡市人民医院专家严明亮、罗春梅将在湟源县人民医院工作一年。"
    )
    assert experts(text) == {"严明亮", "罗春梅"}
    # each of a list, past an adverb, under a pointer to a hospital (该院) that reads as the giver
    text = (
        "绥阳县人民医院院长介绍，金华市第一医院还将选派心内科主任钱国平常驻绥阳半年。"
        "该院心内科医师孙燕、王晓丽已正式拜钱国平为师。"
    )
    assert experts(text) == {"钱国平"}


def test_the_expert_who_signs_a_pact_of_teaching_with_the_receiving_head_is_no_signatory():
    text = (
        "金华市中医医院对口帮扶湟源县中医院。钱建华是金华市中医医院主任中医师、浙江省名中医。"
        "揭牌仪式上，湟源县中医院院长孙海波与钱建华签订了师承协议。"
    )
    assert experts(text) == {"钱建华"}


def test_one_who_comes_as_the_posted_head_and_runs_the_hospital_s_work_is_an_expert():
    text = (
        "金华市中心医院全面托管湟源县人民医院。三年来，金华市中心医院先后派驻管理和技术骨干65人，"
        "其中钱建华作为派驻执行院长，常驻湟源主持医院日常管理工作。"
    )
    assert links(text, Rel.POSTED_TO) == {("钱建华", "湟源县人民医院")}


def test_a_counsellor_of_a_mental_health_team_is_an_expert():
    text = PAIRING + "金华市第一医院选派精神科主任医师钱国平、心理咨询师孙燕来到绥阳县人民医院。"
    assert experts(text) == {"钱国平", "孙燕"}


def test_names_of_rare_or_compound_family_names_stand_apart_from_the_title_before_them():
    # a rare family name after 医师: the recogniser runs the title's 师 (a family name too) into the name
    text = PAIRING + "金华市第一医院儿科副主任医师禚晓东来到绥阳县人民医院。"
    assert experts(text) == {"禚晓东"}
    # a compound family name and a given name that is a word (林立), before where the person comes from
    text = PAIRING + "领队欧阳林立来自金华市第一医院，护士长孙燕来到绥阳县人民医院。"
    assert experts(text) == {"欧阳林立", "孙燕"}
    # a name the lexicon does not know the family name of is none, not one taking the title's last character
    text = PAIRING + "金华市第一医院选派心血管内科副主任医师拓永、护士长孙燕来到绥阳县人民医院。"
    assert "师拓永" not in experts(text)


def test_a_roster_row_s_name_of_a_compound_family_name_after_spaces_is_an_expert():
    text = (
        PAIRING + "第五批医疗队队员名单：\n金华市第一医院急诊科主治医师　孙海波\n"
        "金华市第一医院康复医学科治疗师　上官悦\n金华市第一医院神经内科主治医师　欧阳明"
    )
    assert experts(text) == {"孙海波", "上官悦", "欧阳明"}


def test_a_tibetan_name_of_two_known_parts_after_a_title_is_an_expert():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。今年4月，金华市第一医院选派普外科主治医师降央扎西、"
        "心血管内科副主任医师钱国平组成帮扶小组，赴湟源县人民医院开展帮扶。"
    )
    assert experts(text) == {"降央扎西", "钱国平"}


def test_a_name_of_two_run_into_a_word_of_going_is_the_name_the_article_writes_alone():
    text = (
        PAIRING + "2022年夏天，金华市第一医院重症医学科副主任医师夏天来到绥阳。"
        "针对急危重症救治能力薄弱的短板，夏天牵头筹建急诊重症监护病房。"
    )
    assert experts(text) == {"夏天"}


def test_a_name_whose_family_name_is_a_preposition_before_a_time_and_a_posting():
    # (the recogniser reads this one's family name alone)
    text = "金华市中心医院对口支援湟源县人民医院。血液净化中心护士长于海燕于今年3月进驻湟源县人民医院，负责透析室管理。"
    assert links(text, Rel.POSTED_TO) == {("于海燕", "湟源县人民医院")}


def test_the_staff_a_helping_verb_takes_or_a_list_of_the_county_hospital_s_staff_names_are_no_experts():
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。同期在湟源开展帮扶的还有无锡市人民医院主管护师严明亮，"
        "她帮助护士罗春梅、钱小芳等熟练掌握了胸痛患者的快速分诊。"
    )
    assert experts(text) == {"严明亮"}
    text = (
        "无锡市人民医院对口帮扶湟源县人民医院。近日，湟源县人民医院骨科医生杨光辉、麻醉科医生罗春梅、"
        "检验科技师钱小芳结束在无锡市人民医院为期6个月的进修，回到湟源。"
    )
    assert not experts(text)
    # a receiving hospital heading a roster's line is where its people go
    text = "无锡市人民医院对口帮扶湟源县人民医院。\n湟源县人民医院：妇产科副主任医师罗春梅、急诊科主治医师钱小芳。\n"
    assert {"罗春梅", "钱小芳"} <= experts(text)


def test_one_posted_to_a_county_works_at_the_hospital_there_their_sender_pairs_with():
    text = PAIRING + "金华市第一医院心内科主任医师严明亮进驻后，填补了该县多项技术空白。"
    assert links(text, Rel.POSTED_TO) == {("严明亮", "绥阳县人民医院")}
    # a sender not known: the one hospital there the article's pairs name
    text = (
        "江苏省对口支援湟源县以来，连续选派多批医疗人才入驻湟源县人民医院。2023年8月，江苏省新一批援青医疗人才"
        "抵达湟源，其中儿科副主任医师罗春梅和康复治疗师钱小芳分别牵头新生儿科和康复医学科的建设。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗春梅", "湟源县人民医院"), ("钱小芳", "湟源县人民医院")}
    # a sender paired with the county alone: the one hospital there another pair names
    text = "无锡市人民医院对口帮扶湟源县，无锡市对口帮扶湟源县人民医院。无锡市人民医院医师严明亮常驻湟源。"
    assert links(text, Rel.POSTED_TO) == {("严明亮", "湟源县人民医院")}
    # a sender paired with two hospitals of the county leaves the county as it is
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和绥阳县中医院。\n"
        "金华市第一医院心内科主任医师严明亮进驻绥阳县，填补了多项技术空白。"
    )
    assert links(text, Rel.POSTED_TO) == {("严明亮", "绥阳县")}


def test_a_name_whose_parts_a_dot_joins_is_read_whole():
    text = PAIRING + "金华市第一医院援黔队员：罗永福（心内科）、阿迪力·卡德尔（儿科）、赵思远（骨科）。"
    assert experts(text) == {"罗永福", "阿迪力·卡德尔", "赵思远"}
    text = PAIRING + "派驻绥阳县人民医院的队员是：心内科医生严明亮、神经外科医生巴合提·努尔兰、儿科医生罗春梅。"
    assert experts(text) == {"严明亮", "巴合提·努尔兰", "罗春梅"}
    # a first part the recogniser cuts starts where the role before it ends
    text = PAIRING + "医疗队由心内科主任医师严明亮带队，成员包括金华市中心医院儿科主治医师买买提·吐尔逊。"
    assert experts(text) == {"严明亮", "买买提·吐尔逊"}
    # a local nurse with such a name is no expert; nor is one no roster or clause of the team names (where such
    # names are common, most who bear them are local staff)
    text = PAIRING + "金华市第一医院专家严明亮来到绥阳县人民医院。县医院护士长热娜·阿不都说，专家们很辛苦。"
    assert experts(text) == {"严明亮"}
    text = PAIRING + "金华市第一医院专家严明亮每天和内科医生阿迪力·卡德尔一起查房。"
    assert experts(text) == {"严明亮"}
    text = PAIRING + "金华市第一医院专家严明亮带领助产士巴合提·努尔兰等人开展产科急救演练。"
    assert experts(text) == {"严明亮"}
    # a role the recogniser runs into (护士长|热娜…), a last part it cuts short (…·阿不都|拉、); a clause after the
    # name giving a post of the team (…，某某任队长)
    text = PAIRING + "团队成员还有妇产科医生阿依古丽·阿不都拉、麻醉科医生杨光辉和护士长热娜·买买提。"
    assert experts(text) == {"阿依古丽·阿不都拉", "杨光辉", "热娜·买买提"}
    text = PAIRING + "金华市第一医院向绥阳县派出帮扶团队，阿迪力·卡德尔任队长。"
    assert experts(text) == {"阿迪力·卡德尔"}
    # a clause the name opens saying which hospital's doctor the person is: the hospital's side decides
    text = PAIRING + "阿迪力·卡德尔是金华市第一医院神经内科主任医师。到绥阳后，他牵头成立了卒中中心。"
    assert experts(text) == {"阿迪力·卡德尔"}
    assert not experts(PAIRING + "热娜·阿不都是绥阳县人民医院护士长，她说专家们很辛苦。")


def test_a_dotted_name_is_read_whole_however_long_its_parts():
    # a last part of six characters up to what the person does (…·阿不都克里木|作为, |说), a first part the
    # recogniser reads in pieces (努尔|买|买提·…)
    text = PAIRING + "金华市第一医院儿科主任医师帕丽旦·阿不都克里木作为帮扶专家来到绥阳县人民医院。"
    assert experts(text) == {"帕丽旦·阿不都克里木"}
    text = PAIRING + "金华市第一医院主治医师努尔买买提·吐尔洪也通过组团式帮扶项目，被派驻到绥阳县人民医院工作半年。"
    assert experts(text) == {"努尔买买提·吐尔洪"}


def test_a_dotted_name_after_its_hospital_and_role_is_judged_by_that_hospital_s_side():
    text = PAIRING + "“县里的孩子不用再往外转了。”金华市第一医院儿科主任医师帕丽旦·阿不都克里木说。"
    assert experts(text) == {"帕丽旦·阿不都克里木"}
    assert not experts(PAIRING + "绥阳县人民医院儿科主任古丽米拉·吐尔洪介绍，科室已能独立救治重症患儿。")
    # (医院 alone is no hospital's name: the host's nurse who translates)
    assert not experts(PAIRING + "一旁的翻译、医院护士古丽米拉·吐尔洪告诉记者，老人很感激。")


def test_a_tibetan_called_by_one_part_of_the_name_is_the_expert_named_whole():
    text = PAIRING + "金华市第一医院主任医师索朗旺堆来到绥阳县人民医院。“索朗医生用家乡话跟我讲，我一下就懂了。”"
    assert experts(text) == {"索朗旺堆"}


def test_a_receivers_staff_counted_and_sent_to_the_giver_to_learn_are_no_experts():
    text = PAIRING + "金华市第一医院选派主任医师孙海波驻点帮扶。医院医师王晓丽、孙燕等5名医护人员先后到该院进修。"
    assert experts(text) == {"孙海波"}


def test_a_minority_doctor_from_the_giving_side_is_no_local():
    # (a title naming a minority people is a local's in the regions aid goes to, but not one from the giver's own)
    text = (
        "浙江省对口支援绥阳县。浙江省第一批医疗队来到绥阳县人民医院。\n队员名单如下：\n"
        "孙燕　金华市第一医院内科主治医师\n雷春花　金华市中心医院妇产科主治医师\n"
        "来自丽水的畲族医生雷春花说，她会尽快熟悉这里。"
    )
    assert experts(text) == {"孙燕", "雷春花"}


def test_one_posted_to_a_county_works_at_the_one_receiving_hospital_named_there():
    # (no pair names the hospital; the article names it on the receiving side)
    text = (
        "金华市对口帮扶绥阳县。\n"
        "金华市第一医院骨科医生严明亮今年3月来到绥阳县开展帮扶。此前，绥阳县人民医院没有独立的骨科。"
    )
    assert links(text, Rel.POSTED_TO) == {("严明亮", "绥阳县人民医院")}


def test_one_a_place_sends_is_not_sent_by_another_place_s_hospital_named_before():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，金华市第一医院心内科主任医师严明亮担任副院长。"
        "无锡市对口帮扶湟源县，无锡市派驻湟源县人民医院的急诊科副主任医师罗春梅介绍了情况。"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "严明亮")}
    assert ("罗春梅", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_partner_by_a_department_s_post_the_expert_works_with_is_no_expert():
    text = PAIRING + "金华市第一医院骨科专家严明亮到岗后，和科室主任罗永福一起梳理流程，建立了绿色通道。"
    assert experts(text) == {"严明亮"}
    # (but those who travel together are of the team)
    text = PAIRING + "金华市第一医院队长严明亮和护士长罗春梅一起来到绥阳县人民医院。"
    assert experts(text) == {"严明亮", "罗春梅"}


def test_names_said_to_come_from_a_hospital_or_posted_to_one_with_no_role_beside():
    text = PAIRING + "同批来的罗春梅和钱小芳分别派驻绥阳县中医医院和绥阳县妇幼保健院。"
    assert links(text, Rel.POSTED_TO) == {("罗春梅", "绥阳县中医医院"), ("钱小芳", "绥阳县妇幼保健院")}
    text = PAIRING + "赵思远来自金华市中心医院神经内科，常驻绥阳县人民医院。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "赵思远")}
    text = PAIRING + "金华市妇女儿童医疗中心的冉启航在绥阳县妇幼保健院坐诊。"
    assert links(text, Rel.POSTED_TO) == {("冉启航", "绥阳县妇幼保健院")}


def test_one_moved_from_a_first_posting_works_at_the_later_one():
    text = PAIRING + "金华市第一医院骨科医生杨光辉起初在绥阳县人民医院帮扶，11月起调整到绥阳县中医医院。"
    assert links(text, Rel.POSTED_TO) == {("杨光辉", "绥阳县中医医院")}
    text = PAIRING + "金华市第一医院骨科医生杨光辉来到绥阳。他最初被安排在绥阳县人民医院，后来调到绥阳县中医医院。"
    assert links(text, Rel.POSTED_TO) == {("杨光辉", "绥阳县中医医院")}


def test_a_copula_the_recogniser_runs_a_name_into_is_no_part_of_it():
    text = PAIRING + "专家曲向阳和姜红分别来自金华市中心医院和金华市第一医院护理部，其中姜红是护士长。"
    assert experts(text) == {"曲向阳", "姜红"}


def test_a_list_s_first_name_after_its_role_the_recogniser_misses():
    text = PAIRING + "金华市第一医院的专家柏雪、曲向阳和罗春梅来到绥阳县人民医院。"
    assert experts(text) == {"柏雪", "曲向阳", "罗春梅"}


def test_the_clause_after_a_role_that_lists_people_names_them():
    text = PAIRING + "帮扶队员来自金华市第一医院、金华市中心医院等单位，分别为罗永福、罗春梅、杨光辉。"
    assert experts(text) == {"罗永福", "罗春梅", "杨光辉"}


def test_those_an_expert_takes_as_apprentices_are_taught():
    text = (
        PAIRING
        + "金华市第一医院医生严明亮来到绥阳县人民医院。严明亮与本院内科医生罗春梅、护士钱小芳结成师徒，手把手传授技能。"
    )
    assert experts(text) == {"严明亮"}
    text = PAIRING + "金华市第一医院医生严明亮来到绥阳县人民医院。严明亮收了本院年轻医生罗春梅为徒，每周带她随访。"
    assert experts(text) == {"严明亮"}


class _ReadsTitlesAsNames:
    """A recogniser that reads 严明亮 and, where a family name opens a title, the name and the title's first
    character (黄主|任)."""

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        out = []
        for text in sentences:
            spans = [(at, at + 3)] if (at := text.find("严明亮")) >= 0 else []
            spans += [(at, at + 2)] if (at := text.find("黄主任")) >= 0 else []
            out.append(sorted(spans))
        return out


def test_a_family_name_and_the_start_of_a_title_is_no_name():
    text = PAIRING + "金华市第一医院儿科医生严明亮来到绥阳县人民医院。儿科医生黄主任开设了儿童哮喘门诊。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsTitlesAsNames())
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"严明亮"}


def test_a_heading_line_that_says_where_people_are_posted_heads_the_rows_below():
    text = (
        "江苏省对口支援化隆县、泽库县。医疗队员名单如下：\n"
        "派驻化隆县人民医院\n姓名　科室　派出单位\n罗春梅　妇产科　无锡市人民医院\n钱小芳　儿科　无锡市肿瘤医院\n"
        "派驻泽库县人民医院\n姓名　科室　派出单位\n杨光辉　骨科　常州市第一人民医院\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "化隆县人民医院"),
        ("钱小芳", "化隆县人民医院"),
        ("杨光辉", "泽库县人民医院"),
    }


@pytest.mark.parametrize(
    ("first", "second"), [("（湟源组）", "（湟中组）"), ("湟源组：", "湟中组："), ("湟源分队", "湟中分队")]
)
def test_a_roster_s_group_named_for_a_receiving_place_is_posted_to_the_hospital_there(first, second):
    text = (
        "金华市第一医院5名医务人员将分赴湟源县人民医院和湟中区第一人民医院，开展为期一年的帮扶。\n医疗队名单\n"
        f"{first}\n钱国平　外科　主任医师\n孙晓燕　儿科　主治医师\n{second}\n周海峰　内科　主治医师\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("钱国平", "湟源县人民医院"),
        ("孙晓燕", "湟源县人民医院"),
        ("周海峰", "湟中区第一人民医院"),
    }


def test_entries_with_their_hospital_and_department_in_brackets_are_a_roster():
    text = (
        PAIRING + "金华市第一医院心内科主任医师严明亮担任绥阳县人民医院副院长，同批的罗春梅（金华市中心医院骨科）、"
        "钱小芳（女，金华市妇幼保健院儿科）也都被分配到绥阳县人民医院。"
    )
    assert experts(text) == {"严明亮", "罗春梅", "钱小芳"}


def test_local_staff_the_aid_taught_are_no_experts_whatever_their_names():
    text = (
        PAIRING + "金华市第一医院护士长罗春梅来到绥阳县人民医院。在罗春梅的带教下，护士阿迪力·卡德尔已能独立完成"
        "置管，护士巴合提·努尔兰也通过了院内危重症护理考核。"
    )
    assert experts(text) == {"罗春梅"}


def test_a_name_the_recogniser_misses_after_a_doctors_title_and_before_a_posting_verb_is_one():
    text = PAIRING + "在绥阳县，金华市第一医院麻醉科医生曾凡派驻绥阳县人民医院。"
    assert experts(text) == {"曾凡"}


def test_a_tables_row_names_its_person_whatever_kind_of_hospital_sends_them():
    text = (
        "金华市对口帮扶绥阳县。名单如下：\n序号｜姓名｜派出单位｜帮扶单位｜专业\n"
        "1｜罗永福｜金华市第一医院｜绥阳县人民医院｜神经内科\n2｜罗春梅｜金华市妇女儿童医疗中心｜绥阳县妇幼保健院｜产科"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "罗永福"), ("金华市妇女儿童医疗中心", "罗春梅")}
    assert ("罗春梅", "绥阳县妇幼保健院") in links(text, Rel.POSTED_TO)


def test_a_head_by_the_post_alone_who_is_only_quoted_is_no_expert():
    text = PAIRING + "金华市第一医院骨科医生严明亮到绥阳县人民医院后完成了4台手术。院长杨光辉说，过去病人要转到外地。"
    assert experts(text) == {"严明亮"}
    text = PAIRING + "金华市第一医院全科医生罗春梅常驻青山镇卫生院。卫生院院长杨光辉说，罗医生每周都下村。"
    assert "杨光辉" not in experts(text)
    # (or its deputy)
    text = (
        PAIRING
        + "金华市第一医院骨科医生严明亮到绥阳县人民医院帮扶。该院创伤中心日前揭牌，医院副院长杨光辉说，这是帮扶的成果。"
    )
    assert experts(text) == {"严明亮"}
    # (or named by 我院, 本院 or 该院)
    text = PAIRING + "金华市第一医院骨科医生严明亮到绥阳县人民医院帮扶。我院院长杨光辉表示，将筹建内镜中心。"
    assert experts(text) == {"严明亮"}
    # (or its head nurse, by the hospital's short name)
    text = PAIRING + "金华市第一医院产科医生罗春梅在绥阳县妇幼保健院坐诊。保健院护士长钱小芳说，流程更规范了。"
    assert experts(text) == {"罗春梅"}
    # (a hospital's short name before the post, of no place: the hospital's own head)
    text = PAIRING + "金华市第一医院骨科医生严明亮到绥阳县中医院帮扶。中医院院长杨光辉说，这是帮扶的成果。"
    assert experts(text) == {"严明亮"}
    # (after a clause on the hospital's news: the head is still the hospital's own)
    text = (
        PAIRING
        + "金华市第一医院骨科医生严明亮到绥阳县人民医院帮扶。该院创伤中心日前揭牌，院长杨光辉说，这是帮扶的成果。"
    )
    assert experts(text) == {"严明亮"}


def test_a_hospital_s_person_at_another_hospital_is_posted_there():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，我们这批队员大多在市里。"
        "比如常州市第一人民医院（常州一院）的杨光辉在湟源县人民医院，金华市第一医院的罗春梅在绥阳县人民医院。"
    )
    assert links(text, Rel.POSTED_TO) == {("杨光辉", "湟源县人民医院"), ("罗春梅", "绥阳县人民医院")}
    # one of the receiving hospital training at the giver's is no expert
    assert experts("金华市第一医院对口帮扶绥阳县人民医院。绥阳县人民医院的罗春梅在金华市第一医院进修半年。") == set()


def test_a_numbered_profile_line_gives_its_name_whatever_the_recogniser_reads():
    # the recogniser reads no person in 启航 (a word: to set sail); the line's shape says the name is one
    text = "金华市对口帮扶绥阳县，派出专家如下：\n4. 赵启航，金华市疾病预防控制中心主管医师，驻点绥阳县疾控中心。"
    assert "赵启航" in experts(text)


def test_a_hospital_s_name_read_leftwards_stops_at_stationed_before_it():
    # 新安 is a county's bare name; 驻 (stationed at) never stands inside a hospital's name
    text = "金华市人民医院对口帮扶绥阳县人民医院。骨科副主任医师罗新安驻绥阳县人民医院期间，完成手术86台。"
    assert links(text, Rel.POSTED_TO) == {("罗新安", "绥阳县人民医院")}


def test_a_backbone_of_the_nursing_staff_sent_with_the_team_is_an_expert():
    text = "金华市人民医院对口帮扶绥阳县人民医院。与罗春梅同批来到绥阳的，还有金华市人民医院的护理骨干钱小芳。"
    assert "钱小芳" in experts(text)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("金华市眼科医院主任医师罗永福随专家团来到绥阳县，开展了一天的眼病筛查。", "罗永福"),
        ("金华市眼科医院主任医师赵思随专家团来到绥阳县，开展了一天的眼病筛查。", "赵思"),
        ("康复医学科治疗师潘晓则在县人民医院和县中医院之间轮转。", "潘晓"),
        # (刚: just now, before what the person did; a name of three may end with it)
        ("在县医院创伤中心，骨科主任医师罗永福刚结束一台手术。", "罗永福"),
        ("在县医院创伤中心，骨科主任医师杨志刚结束一台手术后赶往病房。", "杨志刚"),
    ],
)
def test_a_word_of_going_with_others_or_of_contrast_after_a_name_is_no_part_of_it(sentence, name):
    assert experts(f"金华市人民医院对口帮扶绥阳县人民医院。{sentence}") == {name}


def test_a_compound_family_name_after_a_title_ending_in_a_family_name_s_character_is_the_name_s_start():
    # 师 is a family name too: 主任医师|上官某某, not 师上官
    text = "金华市人民医院对口帮扶绥阳县人民医院。守在一旁的，是医疗队队长、金华市人民医院新生儿科主任医师上官海燕。"
    assert experts(text) == {"上官海燕"}


def test_a_name_the_recogniser_missed_after_a_title_and_before_a_verb_of_going():
    # (区, a family name, is a district too)
    text = "今年2月，金华市人民医院肾内科副主任医师区建国到绥阳县人民医院驻点帮扶。"
    assert links(text, Rel.POSTED_TO) == {("区建国", "绥阳县人民医院")}


def test_a_character_said_twice_after_a_title_is_a_word_not_a_name():
    # (来 is a family name, and 去 a verb of going)
    text = "金华市中心医院对口帮扶湟源县人民医院。院长于海燕说：“金华的医生来来去去，但每一批都会留下一个科。”"
    assert experts(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "本院神经内科医生钱小芳是罗春梅的“大徒弟”。",
        "消化内科医生钱小芳是胸痛中心的骨干学员。",
        "骨科医生钱小芳跟着罗春梅做了上百台手术。",
    ],
)
def test_one_said_to_be_an_expert_s_apprentice_or_trainee_is_taught(sentence):
    text = f"金华市人民医院对口帮扶绥阳县人民医院，派驻骨科主任医师罗春梅。{sentence}"
    assert experts(text) == {"罗春梅"}


def test_one_quoted_by_a_department_s_post_alone_saying_it_in_some_manner_is_no_expert():
    text = "金华市人民医院对口帮扶绥阳县人民医院，派驻骨科主任医师罗春梅。“现在我们也能做了。”骨科护士长钱小芳笑着说。"
    assert experts(text) == {"罗春梅"}


def test_names_of_departments_the_recogniser_missed_before_where_they_are_posted():
    # (the recogniser reads no name in these words; the posting, a comma before it or not, says who is sent)
    text = "金华市对口支援湟源县。金华市第一医院呼吸内科的钱小芳和常州市第一人民医院检验科的罗永福，派驻湟源县中医院。"
    assert links(text, Rel.POSTED_TO) == {("钱小芳", "湟源县中医院"), ("罗永福", "湟源县中医院")}
    text = "金华市对口支援湟源县。常州市第一人民医院检验科的罗永福派驻湟源县中医院。"
    assert links(text, Rel.POSTED_TO) == {("罗永福", "湟源县中医院")}


@pytest.mark.parametrize(
    "sentence",
    [
        # (a clause after the name says they are of the place, or bred by its hospital)
        "副院长罗新安是土生土长的绥阳人，也是医院的内科主任医师。",
        "消化内科副主任医师罗新安是医院自己培养的骨干。",
        "医生罗新安和护士钱小芳都是今年刚入职的年轻人，跟着杨光辉从拔牙学起。",
        # (a village doctor; young doctors now able to do what they were taught)
        "乡村医生罗新安把村里的老人动员到县医院检查。",
        "我们外科几位年轻医生，比如罗新安、柏雪，都已经能做腹腔镜胆囊切除了。",
        # (many years of work where they are: no posting of the aid lasts so long)
        "护士长罗新安原来在急诊科干了12年，如今跟着专家学习。",
        "副院长罗新安1998年毕业后分配到绥阳，一干就是二十多年。",
    ],
)
def test_local_staff_named_by_their_origin_post_or_new_skill_are_no_experts(sentence):
    text = PAIRING + "金华市第一医院派驻绥阳县人民医院的专家杨光辉带教当地医生。" + sentence
    assert experts(text) == {"杨光辉"}


def test_one_shown_to_work_at_the_receiving_hospital_is_local_under_a_title_of_no_hospital_too():
    text = (
        PAIRING
        + "金华市第一医院妇产科专家钱小芳派驻绥阳县人民医院。到任后，她和副院长罗新安一起梳理孕产妇档案。"
        + "罗新安是绥阳县人民医院的妇产科副主任医师，在牧区工作了22年。"
    )
    assert experts(text) == {"钱小芳"}


def test_experts_nothing_posts_go_to_the_hospital_an_article_of_one_county_names_far_more_than_its_others():
    text = (
        "11月初，绥阳县人民医院迎来了金华市第三批“组团式”帮扶医疗队。"
        "这支队伍来自金华市第一医院等单位，将在绥阳开展为期一年的帮扶。\n\n"
        "2021年，金华市与绥阳县深化东西部协作，金华开始向绥阳县人民医院成批选派医疗骨干。\n\n"
        "第一批帮扶队队长、金华市第一医院心血管内科医生罗永福，至今还被当地医护人员念叨。\n\n"
        "“前两批打下了基础。”第三批队长、金华市第一医院神经内科主任医师杨光辉说。"
        "第三批队员将协助医院筹建卒中中心，并定期到绥阳县中医医院开展联合查房。\n\n"
        "绥阳县人民医院院长介绍，帮扶医疗队进驻以来，绥阳县人民医院外转率下降了近一成。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗永福", "绥阳县人民医院"), ("杨光辉", "绥阳县人民医院")}


def test_one_the_words_put_at_both_of_two_joined_hospitals_is_posted_to_both():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和绥阳县中医医院。"
        "来自金华市第一医院的针灸医生罗永福，常年在绥阳县人民医院和绥阳县中医医院两头跑。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗永福", "绥阳县人民医院"), ("罗永福", "绥阳县中医医院")}
    # (a team posted to two hospitals: each person to one, which the words do not say)
    text = "金华市第一医院对口帮扶绥阳县人民医院和绥阳县中医医院。主任医师罗永福派驻绥阳县人民医院和绥阳县中医医院。"
    assert len(links(text, Rel.POSTED_TO)) == 1


def test_the_clauses_a_batch_lead_opens_each_name_one_of_the_team_a_department_s_one_too():
    text = (
        PAIRING + "本批专家中，消化内科副主任医师罗永福挂任绥阳县人民医院业务副院长，负责内镜中心的日常运行；"
        "护理部的钱小芳则负责内镜洗消和院感管理的规范化建设。"
    )
    assert experts(text) == {"罗永福", "钱小芳"}


def test_a_trainee_of_the_batch_named_with_a_doctor_s_title_too_is_no_expert():
    text = PAIRING + "金华市第一医院专家杨光辉开设培训班。同批学员、外科医生罗新安此前曾到金华参加过短期培训。"
    assert experts(text) == {"杨光辉"}


def test_what_a_bracket_says_aside_in_a_title_and_a_copula_after_a_missed_name_do_not_lose_the_expert():
    # (当地 in the aside is not the person's; the recogniser reads no name that opens with 于, a preposition too)
    text = (
        "金华市对口帮扶绥阳县。今年1月，金华市第一医院（当地人习惯称“金一院”）神经内科主任医师罗永福"
        "挂职绥阳县人民医院副院长。在绥阳，金华市第一医院儿科副主任医师于春雷已经是第二次来了。"
    )
    assert experts(text) == {"罗永福", "于春雷"}


def test_one_a_week_s_schedule_sends_to_two_receiving_hospitals_is_posted_to_both():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和绥阳县中医医院。骨科医生罗永福是“两头跑”：每周一至周四在绥阳县人民医院"
        "骨科坐诊，周五到绥阳县中医医院和中医骨伤科医生一起坐诊。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗永福", "绥阳县人民医院"), ("罗永福", "绥阳县中医医院")}


def test_a_giver_s_doctor_of_many_years_at_home_is_still_an_expert():
    text = PAIRING + "骨科主任医师罗永福在金华市第一医院工作了20年，今年派驻绥阳县人民医院。"
    assert experts(text) == {"罗永福"}


def test_one_named_as_another_s_companion_is_not_posted_where_the_other_goes():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和绥阳县妇幼保健院。重症医学科的筹建由金华市第一医院重症医学科"
        "副主任医师罗永福牵头。去年9月，罗永福来到绥阳县人民医院。与罗永福同批来到绥阳的，还有金华市第一医院"
        "妇产科主治医师钱小芳，她被派驻到绥阳县妇幼保健院。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗永福", "绥阳县人民医院"), ("钱小芳", "绥阳县妇幼保健院")}


def test_one_whose_own_words_say_someone_teaches_us_is_among_the_taught():
    text = (
        PAIRING + "金华市第一医院派驻骨科专家钱小芳。护士罗新安第一次参与关节置换术后护理，"
        "“钱老师教我们怎么指导病人做踝泵，每个动作都拍了视频”。钱小芳说，“我们一起把科室建起来”。"
    )
    assert experts(text) == {"钱小芳"}


def test_names_of_departments_one_after_another_that_a_verb_of_going_sends_are_experts():
    # no role word: the department before each name and the verb of going say who they are
    text = (
        "今年，金华市第一医院按季度轮换派出队员，继续对口支援绥阳县人民医院和绥阳县中医院。\n"
        "第一批（1—3月）：神经外科罗春梅、心血管内科杨光辉赴绥阳县人民医院；儿科赵思、麻醉科潘晓赴绥阳县中医院。\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "绥阳县人民医院"),
        ("杨光辉", "绥阳县人民医院"),
        ("赵思", "绥阳县中医院"),
        ("潘晓", "绥阳县中医院"),
    }


def test_a_name_the_recogniser_misses_after_a_title_and_before_a_verb_of_arriving_is_an_expert():
    text = (
        "金华市第一医院对口支援绥阳县人民医院。今年7月，第六批队员、金华市第一医院心内科医生曲立新抵达绥阳县人民医院。"
    )
    assert links(text, Rel.POSTED_TO) == {("曲立新", "绥阳县人民医院")}


def test_one_written_as_of_a_hospital_after_a_title_or_in_a_batch_or_taken_over_from_is_an_expert():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。\n"
        "2021年，第一批队长、金华市第一医院的罗春梅牵头建立了绥阳县人民医院健康管理中心；"
        "第三批金华市第一医院检验科的杨光辉，把县医院的检验项目从40项做到了120项。\n"
        "在绥阳县妇幼保健院，金华市妇幼保健院产科副主任医师罗永福接替了同院的钱小芳。\n"
    )
    assert experts(text) == {"罗春梅", "杨光辉", "罗永福", "钱小芳"}


def test_people_listed_under_a_heading_numbered_in_brackets_are_posted_to_its_hospital():
    text = (
        "根据对口支援工作安排，金华市、常州市第三批医疗人才已于7月抵达。现将到岗安排通知如下。\n\n"
        "（一）绥阳县人民医院（由金华市选派，共2人）\n"
        "罗春梅，金华市第一医院心血管内科副主任医师，任队长；\n"
        "杨光辉，金华市中心医院麻醉科主治医师。\n\n"
        "（二）湟源县人民医院（常州市选派，1人）\n"
        "钱小芳，常州市第一人民医院儿科主治医师。\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "绥阳县人民医院"),
        ("杨光辉", "绥阳县人民医院"),
        ("钱小芳", "湟源县人民医院"),
    }


def test_a_name_the_recogniser_misses_after_a_title_and_before_where_the_person_works_is_an_expert():
    text = PAIRING + "金华市第一医院神经外科副主任医师曲立新已在县人民医院驻点半年。"
    assert links(text, Rel.POSTED_TO) == {("曲立新", "县人民医院")}


def test_one_sent_whose_given_name_is_a_place_takes_a_post_at_the_hospital_a_level_stands_for():
    # 罗永康|任|县人民医院执行院长: no hospital 永康任县人民医院 (永康 is a city's, 任县 a county's name), nor the
    # county 任县; the person the recogniser reads as a place is the one sent
    text = PAIRING + "金华市第一医院派驻的罗永康任县人民医院执行院长，牵头修订医院核心制度52项。"
    result = extract(document_from_text("t.txt", text))
    assert {m.surface for m in result.mentions if m.label is Label.HOSPITAL} == {
        "金华市第一医院",
        "绥阳县人民医院",
        "县人民医院",
    }
    assert not any(m.label is Label.COUNTY for m in result.mentions)
    assert links(text, Rel.POSTED_TO) == {("罗永康", "县人民医院")}


def test_a_name_read_as_a_place_after_a_title_before_where_the_person_works_is_an_expert():
    # (喻长春: the recogniser reads the given name as the city)
    text = PAIRING + "金华市第一医院重症医学科主治医师喻长春在绥阳县人民医院援疆一年，牵头筹建了该院重症监护室。"
    assert links(text, Rel.POSTED_TO) == {("喻长春", "绥阳县人民医院")}


def test_a_notice_s_list_under_its_lead_posts_its_people_at_the_hospital_that_signs_it():
    # 我院 is the hospital the notice is signed by (落款), and the lead ending in a colon heads the list after it
    text = (
        "TITLE: 9月专家坐诊安排\n\n各位患者朋友：\n\n"
        "为方便群众就医，现将我院9月份金华市对口帮扶专家坐诊时间公布如下：\n\n"
        "一、金华市第一医院心内科主任医师罗春梅：每周一、周三全天，门诊楼二楼心内科诊室；\n"
        "二、金华市中心医院妇产科副主任医师杨光辉：每周二、周四全天，门诊楼三楼妇产科诊室。\n\n"
        "专家号可在窗口预约。如有变动，另行通知。\n\n"
        "绥阳县人民医院\n2024年8月28日\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "绥阳县人民医院"),
        ("杨光辉", "绥阳县人民医院"),
    }


def test_the_head_of_a_hospital_s_office_who_leads_the_team_is_an_expert():
    # (处长 heads an office of a public body too, but 医务处 here is the hospital's)
    text = PAIRING + "首批帮扶团队共5人，由金华市第一医院医务处副处长罗春梅任团队负责人，并挂职县人民医院执行院长。"
    assert experts(text) == {"罗春梅"}
    assert experts(PAIRING + "金华市卫生健康局医政处处长罗春梅一行到绥阳县人民医院调研。") == set()


@pytest.mark.parametrize(
    "rows",
    [
        "罗春梅 / 金华市第一医院 / 普外科主任医师 / 挂职常务副院长\n杨光辉 / 金华市中心医院 / 儿科主治医师\n",
        "罗春梅——介入导管室主管护师；\n杨光辉——骨科副主任医师，任骨科执行主任；\n",
    ],
)
def test_a_roster_s_rows_parted_by_slashes_or_a_dash_after_the_name_list_experts(rows):
    text = "金华市第一医院组团式帮扶绥阳县人民医院。工作队成员如下：\n" + rows
    assert experts(text) == {"罗春梅", "杨光辉"}


def test_one_the_next_sentence_says_takes_a_post_at_a_hospital_is_posted_there():
    text = (
        "金华市对口支援绥阳县。牵头筹建中心的，是金华市第一医院呼吸与危重症医学科副主任医师罗春梅。"
        "她于今年3月来到绥阳，挂职县人民医院副院长。半年多来，她跑遍了全县各个乡镇。"
    )
    assert links(text, Rel.POSTED_TO) == {("罗春梅", "绥阳县人民医院")}


def test_a_roster_under_its_sender_is_posted_to_the_receiver_the_article_names_far_more_than_any_other():
    # the county is named only in its hospitals' names; its 中医院, named once, receives too
    text = (
        "金华市第一医院以托管科室的方式对口帮扶绥阳县人民医院心血管内科。\n\n"
        "绥阳县人民医院院长介绍，托管以来绥阳县人民医院开展新技术12项，绥阳县人民医院的胸痛中心也通过了认证。\n\n"
        "金华市第一医院派驻人员：\n"
        "罗春梅——介入导管室主管护师；\n"
        "杨光辉——放射科技师。\n\n"
        "此外，金华市中医院还帮扶了绥阳县中医院。\n"
    )
    assert links(text, Rel.POSTED_TO) == {("罗春梅", "绥阳县人民医院"), ("杨光辉", "绥阳县人民医院")}


@pytest.mark.parametrize("counted", ["这四个人都在", "以上4名专家均派驻到"])
def test_people_a_clause_counts_after_listing_them_are_posted_where_it_says(counted):
    text = (
        "金华市对口支援绥阳县，今年派出七个人。金华市第一医院有麻醉科的罗春梅、重症医学科的杨光辉；"
        f"金华市中心医院有心内科的钱小芳和护士赵思，{counted}绥阳县人民医院。"
        "金华市中医院的潘晓是针灸医生，派驻在绥阳县中医院。"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "绥阳县人民医院"),
        ("杨光辉", "绥阳县人民医院"),
        ("钱小芳", "绥阳县人民医院"),
        ("赵思", "绥阳县人民医院"),
        ("潘晓", "绥阳县中医院"),
    }


def test_names_listed_before_their_count_and_a_verb_of_posting_are_posted_there():
    text = (
        "金华市第一医院托管绥阳县人民医院。"
        "按照分工，罗春梅、杨光辉、钱小芳三人进驻绥阳县人民医院，赵思则进驻绥阳县中医院。"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("罗春梅", "绥阳县人民医院"),
        ("杨光辉", "绥阳县人民医院"),
        ("钱小芳", "绥阳县人民医院"),
        ("赵思", "绥阳县中医院"),
    }


def test_the_one_a_team_s_post_is_filled_by_is_an_expert():
    text = "金华市第一医院托管绥阳县人民医院。执行院长由金华市第一医院医务处副处长罗春梅担任。"
    assert experts(text) == {"罗春梅"}


@pytest.mark.parametrize(
    "item",
    [
        # a hospital's short form in the item's cell (某地一附院)
        "1．罗永福，金华一附院神经外科副主任医师，派驻绥阳县人民医院，担任神经外科业务主任；",
        # an item numbered in brackets
        "（二）罗永福，金华市第一医院普通外科主任医师，派驻绥阳县人民医院；",
    ],
)
def test_a_numbered_items_name_before_its_hospitals_cell_is_an_expert(item):
    text = PAIRING + "现将派驻专家名单通报如下：\n" + item
    assert "罗永福" in experts(text)
    assert ("罗永福", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_companions_named_after_their_hospitals_department_are_experts():
    text = (
        PAIRING
        + "金华市第一医院专家杨光辉挂任绥阳县人民医院执行院长。与他同批到岗的，还有金华市第一医院"
        + "呼吸与危重症医学科的钱小芳和急诊医学科的赵思。"
    )
    assert {"钱小芳", "赵思"} <= experts(text)


def test_one_who_came_along_with_an_expert_works_where_that_one_is_posted():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，也帮扶湟源县人民医院。\n"
        + "金华市第一医院专家杨光辉派驻绥阳县人民医院。\n"
        + "同批来的还有金华市第一医院手术室护士钱小芳，她帮着规范了器械消毒流程。"
    )
    assert ("钱小芳", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_rosters_row_after_a_symbol_is_an_expert():
    text = PAIRING + "本月帮扶专家坐诊安排：\n▶ 罗永福　金华市第一医院　儿科　副主任医师\n坐诊时间：每周二全天"
    assert "罗永福" in experts(text)


def test_one_counted_among_the_local_doctors_is_no_expert():
    text = (
        PAIRING
        + "金华市第一医院专家杨光辉在绥阳县人民医院驻点。值班医生罗春梅把交班记录递给杨光辉。"
        + "如今，罗春梅等4名本地医生已能独立处理大部分危重症。"
    )
    assert experts(text) == {"杨光辉"}


def test_dotted_names_a_later_clause_posts_are_experts():
    text = (
        PAIRING
        + "金华市第一医院心内科副主任医师阿依古丽·热合曼、超声科主治医师买买提·艾力，按照两院帮扶安排，"
        + "派驻绥阳县人民医院。"
    )
    assert {"阿依古丽·热合曼", "买买提·艾力"} <= experts(text)


def test_a_name_after_a_title_and_before_a_time_and_a_verb_of_going_is_an_expert():
    text = PAIRING + "金华市第一医院影像科副主任医师包永康每周三到绥阳县人民医院会诊。"
    assert "包永康" in experts(text)


def test_a_public_health_doctors_grade_is_a_title():
    text = PAIRING + "金华市疾病预防控制中心传染病防治科主管医师包永康，派驻绥阳县疾病预防控制中心。"
    assert "包永康" in experts(text)


def test_one_whose_title_says_where_they_are_stationed_is_no_local():
    text = (
        PAIRING + "金华市第一医院持续派驻专家，今年驻点绥阳县人民医院的普外科副主任医师杨光辉，已带教开展手术40余台。"
    )
    assert "杨光辉" in experts(text)


def test_a_pronoun_after_a_long_adverbial_of_what_the_person_acts_by_stands_for_them():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，也帮扶湟源县人民医院。\n"
        "同样下沉到县里的，还有金华市中心医院麻醉科主治医师罗春梅。"
        "按照市级医院支援县级医院的安排，她每月在绥阳县人民医院驻守半个月。"
    )
    assert ("罗春梅", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_rosters_next_sentence_labelling_where_the_person_works_posts_them():
    # a hospital of the receiving province sends its doctor to a county of its own
    text = (
        "常州市对口帮扶湟源县和大通回族土族自治县。西宁市第一人民医院派出专家到两县坐诊，名单如下：\n"
        "1．罗永福，西宁市第一人民医院骨科副主任医师，擅长创伤骨科诊治。坐诊地点：湟源县人民医院门诊三楼骨科诊室。"
    )
    assert ("罗永福", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_given_name_ending_in_an_adverbs_character_before_another_adverb_is_whole():
    text = PAIRING + "全科医学科主治医师罗德才将常驻绥阳县人民医院，负责慢病管理。"
    assert "罗德才" in experts(text)


def test_a_dotted_name_that_leads_the_team_is_an_expert():
    text = PAIRING + "本批医疗队共7人，由金华市第一医院心血管内科副主任医师艾尔肯·买买提带队。"
    assert "艾尔肯·买买提" in experts(text)


def test_names_of_a_list_under_star_bullets_are_experts():
    text = (
        PAIRING
        + "本轮进驻的金华专家共2名：\n"
        + "★ 罗永福：金华市第一医院肾内科主任医师，驻绥阳县人民医院\n"
        + "★ 钱小芳：金华市第一医院血液净化中心主管护师，驻绥阳县人民医院\n"
    )
    assert {"罗永福", "钱小芳"} <= experts(text)


def test_one_whose_title_says_they_came_in_the_same_batch_works_where_the_one_before_is_posted():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院，也帮扶湟源县人民医院。\n"
        "金华市第一医院专家杨光辉派驻绥阳县人民医院。\n"
        "杨光辉多次提到同批帮扶、来自金华的金华市中心医院儿科副主任医师钱小芳。"
    )
    assert ("钱小芳", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_rows_hospital_after_a_word_of_posting_is_where_the_person_goes_not_their_own():
    text = (
        PAIRING
        + "经研究，拟选派以下同志赴绥阳县开展帮扶，现予以公示：\n"
        + "1. 罗永福，男，麻醉科，主治医师，拟派驻绥阳县人民医院麻醉科；\n"
        + "2. 钱小芳，女，儿科，副主任医师，拟派驻绥阳县人民医院儿科。"
    )
    assert {"罗永福", "钱小芳"} <= experts(text)
    assert ("罗永福", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_lists_items_with_a_long_department_run_into_the_title_are_experts_posted_where_they_say():
    text = (
        PAIRING
        + "本批派驻人员名单如下：\n"
        + "5．罗永福，呼吸与危重症医学科主治医师，派驻绥阳县人民医院；\n"
        + "6．包永康，针灸推拿科副主任中医师，派驻绥阳县人民医院；\n"
        + "7．钱小芳，康复医学科主管治疗师，派驻绥阳县人民医院。"
    )
    assert links(text, Rel.POSTED_TO) == {(name, "绥阳县人民医院") for name in ("罗永福", "包永康", "钱小芳")}


def test_local_doctors_joined_by_he_now_able_to_work_or_an_experts_apprentice_are_no_experts():
    text = (
        PAIRING
        + "金华市第一医院消化科主任医师罗永福驻点帮扶一年。罗永福说：科里两位年轻医生，钱小芳和杨光辉，现在都能独立完成"
        + "肠镜检查了。"
    )
    assert experts(text) == {"罗永福"}
    text = PAIRING + "金华市第一医院儿科主任医师罗永福驻点帮扶。新生儿科医生杨光辉是罗永福在当地带的第一个徒弟。"
    assert experts(text) == {"罗永福"}


def test_the_one_a_journalist_interviews_is_no_journalist_and_the_speakers_department_colleague_no_expert():
    text = (
        "TITLE: 记者对话援黔医生罗永福\n\n"
        + PAIRING
        + "今年2月，金华市第一医院内分泌科主治医师罗永福来到绥阳县人民医院。\n"
        + "罗永福：刚来时最难的是语言，好在科里的年轻医生杨光辉一直给我当翻译。"
    )
    assert experts(text) == {"罗永福"}
    # (or of the hospital the speaker works at)
    assert experts(text.replace("科里的年轻医生", "院里的年轻医生")) == {"罗永福"}


def test_one_who_escorts_the_team_there_is_no_expert():
    text = (
        PAIRING
        + "金华市第一医院第五批医疗队抵达绥阳县。"
        + "金华市第一医院医务部副主任罗永福一行送队抵达绥阳，并与绥阳县人民医院座谈。队员包括骨科主治医师杨光辉。"
    )
    assert "罗永福" not in experts(text)
    assert "杨光辉" in experts(text)


def test_one_who_came_along_written_as_of_a_hospitals_office_is_an_expert():
    text = (
        PAIRING
        + "金华市第一医院派出专家杨光辉驻点帮扶。与杨光辉同批来到绥阳的，还有金华市第一医院护理部的钱小芳。"
        + "她挂任绥阳县人民医院护理部主任。"
    )
    assert experts(text) == {"杨光辉", "钱小芳"}


def test_the_head_of_a_hospitals_own_office_sent_to_run_a_hospital_is_an_expert_and_a_bureaus_none():
    text = "金华市第一医院托管绥阳县人民医院，派驻医务处副处长罗永福任执行院长。"
    assert experts(text) == {"罗永福"}
    text = "金华市第一医院对口帮扶绥阳县人民医院，金华市卫健委规划处处长杨光辉出席签约仪式。"
    assert experts(text) == set()


def test_the_members_of_a_resident_team_are_experts():
    text = PAIRING + "金华市第一医院选派专家常驻绥阳。（常驻团队成员：罗永福、钱小芳、杨光辉）"
    assert experts(text) == {"罗永福", "钱小芳", "杨光辉"}


def test_a_county_hospital_of_the_givers_own_province_words_of_dispatch_name_is_where_people_go():
    # (the aid to Xinjiang puts the whole province on the giving side; its own counties still receive people)
    text = (
        "2023年，金华市中心医院统筹推进援疆和省内城乡对口支援工作。\n"
        "一、援疆：儿科主治医师杨光辉驻点和田地区人民医院，协助成立新生儿科。\n"
        "二、省内支援：神经内科副主任医师罗永福拟派往武义县人民医院；骨科副主任医师钱小芳在磐安县人民医院驻点半年。"
    )
    assert {("罗永福", "武义县人民医院"), ("钱小芳", "磐安县人民医院")} <= links(text, Rel.POSTED_TO)
    assert {("金华市中心医院", "罗永福"), ("金华市中心医院", "钱小芳")} <= links(text, Rel.SENDS)


def test_a_teacher_sent_with_the_aid_is_no_expert():
    # an article on aid in every field: a sentence of a school's work names no medical expert
    text = (
        PAIRING + "清晨，钱小芳已经站在了绥阳县中学的讲台上。她是金华市某中学的英语教师，作为援黔队员来到这里。"
        "金华市第一医院骨科主任医师罗德才在绥阳县人民医院坐诊。"
    )
    assert experts(text) == {"罗德才"}


def test_a_pair_s_heading_posts_the_team_lines_under_it_past_a_line_that_names_a_hospital():
    text = (
        "现将第二批组团帮扶人员名单公示如下。\n\n"
        "一、金华市中心医院—绥阳县人民医院\n"
        "队长：杨光辉（骨科，主任医师，拟任绥阳县人民医院执行院长）\n"
        "队员：钱小芳（儿科，主治医师）、罗春梅（护理，主管护师）\n\n"
        "二、金华市第一医院—湄潭县人民医院\n"
        "队长：罗永福（急诊科，副主任医师，拟任湄潭县人民医院执行院长）\n"
    )
    posted = links(text, Rel.POSTED_TO)
    assert {("钱小芳", "绥阳县人民医院"), ("罗春梅", "绥阳县人民医院")} <= posted
    assert ("罗永福", "湄潭县人民医院") in posted


def test_an_expert_named_again_with_the_post_taken_there_is_posted_there():
    # (an article of two receiving hospitals: where the person works is said only there)
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院和湄潭县人民医院。"
        "“县里的片子过去拿不准。”金华市第一医院心内科主任医师杨光辉说。"
        "杨光辉目前挂职绥阳县人民医院副院长，也是远程医学中心的主要筹建者。"
    )
    assert ("杨光辉", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


@pytest.mark.parametrize("pact", ["师带徒协议", "“师带徒”协议", '"师徒"合同'])
def test_a_teaching_pact_signed_makes_its_master_no_signatory_and_its_apprentice_no_expert(pact):
    text = (
        PAIRING + "金华市第一医院针灸科主治医师杨光辉、康复科治疗师钱小芳长期驻守绥阳县人民医院。"
        f"杨光辉与康复治疗师罗永福签订{pact}，每月带教门诊不少于12个半天。"
    )
    assert experts(text) == {"杨光辉", "钱小芳"}


def test_the_head_of_a_hospital_s_office_is_a_manager_of_the_team():
    text = (
        "金华市第一医院托管绥阳县人民医院。金华市第一医院派驻的首批托管团队共5人。"
        "其中，医务处副处长杨光辉任绥阳县人民医院执行院长。"
    )
    assert "杨光辉" in experts(text)
    assert ("杨光辉", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_clerk_of_a_hospital_s_department_listed_among_the_team_is_one_of_it():
    text = PAIRING + "队员包括金华市第一医院骨科副主任医师杨光辉、医务科科员钱小芳，以及护理部护士长罗春梅。"
    assert {"杨光辉", "钱小芳", "罗春梅"} <= experts(text)


def test_a_hospital_s_management_cadre_in_the_team_s_list_is_one_of_it():
    text = PAIRING + "首批进驻的专家分别是：骨科副主任医师杨光辉、医务科管理干部钱小芳。"
    assert {"杨光辉", "钱小芳"} <= experts(text)


def test_a_name_does_not_run_on_into_a_word_of_posting():
    # the recogniser reads 唐建派 in some windows: the first character of 派驻 is no part of the name
    sentence = "全科医生唐建派驻绥阳县高城镇卫生院"
    assert _fix_span(sentence, 4, 7, []) == (4, 6)
    assert _fix_span("护士长罗春梅挂职副院长", 3, 7, []) == (3, 6)


def test_a_list_of_people_sent_to_a_county_s_hospital_is_not_its_staff():
    # 向某县人民医院派出甲、乙: the second of the list, titled by a department's post alone, is sent too
    text = (
        "来源：金华市第一医院\n金华市第一医院对口帮扶武义县人民医院。"
        "按照东西部协作部署，我院向金华市武义县人民医院派出产科副主任医师杨光辉、新生儿科主治医师钱小芳。"
        "此前，当地危重新生儿多需转往外地。"
    )
    assert {"杨光辉", "钱小芳"} <= experts(text)


def test_a_credit_line_s_label_is_no_expert():
    text = (
        PAIRING + "我院累计选派32名医务人员赴绥阳县开展帮扶。\n\n"
        "来源｜金华市第一医院党委办公室\n编辑｜钱小芳\n审核｜杨光辉"
    )
    assert experts(text) == set()


def test_a_word_alone_in_quotation_marks_is_no_person():
    text = PAIRING + "金华骨科专家扎根绥阳：把“苏式”技术留在山乡。"
    assert experts(text) == set()


def test_a_numbered_card_of_a_name_and_a_department_s_title_posts_where_its_field_says():
    # 1. 张三 心内科主任医师 (one space after a list's number), then the item's field of where the person is posted
    text = (
        "金华市中心医院新一批帮扶专家进驻武义县。\n"
        "1. 钱小明 心血管内科主任医师\n"
        "派驻岗位：武义县人民医院执行院长\n"
        "擅长：冠心病、高血压的诊治。\n"
        "2. 罗春梅 妇科副主任医师\n"
        "派驻岗位：武义县妇幼保健院\n"
        "擅长：宫颈疾病筛查。"
    )
    assert experts(text) == {"钱小明", "罗春梅"}
    assert links(text, Rel.POSTED_TO) == {("钱小明", "武义县人民医院"), ("罗春梅", "武义县妇幼保健院")}


def test_names_each_said_to_go_to_or_work_at_a_hospital_s_department_are_experts():
    # after one member titled, the others of the clause chain are named alone, each with where the person works
    text = (
        "金华市中心医院第五批援派医疗队抵达武义县。队长钱小明担任武义县人民医院副院长，"
        "罗春梅到武义县中医院外科开展帮扶，杨光辉则在武义县妇幼保健院儿科工作。"
    )
    assert experts(text) == {"钱小明", "罗春梅", "杨光辉"}
    assert ("杨光辉", "武义县妇幼保健院") in links(text, Rel.POSTED_TO)


def test_a_hospital_sending_people_to_another_named_before_them_sends_them_there():
    # aid within one county (its sides left open): 甲向乙派驻某某 sends from 甲 to 乙; 常驻 posts to what follows
    text = (
        "我县组建了以武义县人民医院、武义县中医院为牵头医院的两个医共体。"
        "武义县人民医院向新宅镇中心卫生院派驻心内科副主任医师钱小明，担任卫生院业务副院长。"
        "武义县中医院则把中医适宜技术作为下沉重点，该院主治中医师罗春梅常驻武义县柳城镇中心卫生院。"
    )
    assert ("武义县人民医院", "钱小明") in links(text, Rel.SENDS)
    assert ("新宅镇中心卫生院", "钱小明") not in links(text, Rel.SENDS)
    assert links(text, Rel.POSTED_TO) == {
        ("钱小明", "武义县新宅镇中心卫生院"),
        ("罗春梅", "武义县柳城镇中心卫生院"),
    }


def test_a_roster_numbered_by_circled_digits_names_each_person_their_sender_and_posting():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。\n本批队员3名：\n"
        "① 钱立新，金华市第一医院骨科主任医师，拟任湟源县人民医院副院长；\n"
        "② 孙晓燕，金华市中心医院儿科主治医师，派驻湟源县妇幼保健院；\n"
        "③ 周海峰，金华市中医院针灸科主治医师，派驻湟源县人民医院。"
    )
    assert {"钱立新", "孙晓燕", "周海峰"} <= experts(text)
    assert {("金华市中心医院", "孙晓燕"), ("金华市中医院", "周海峰")} <= links(text, Rel.SENDS)
    assert ("孙晓燕", "湟源县妇幼保健院") in links(text, Rel.POSTED_TO)


def test_a_hospital_department_s_doctor_who_after_a_comma_works_at_or_helps_another_hospital_is_sent():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "来自金华市中心医院眼科的钱国平，在湟源县人民医院开展了首例白内障手术。"
        "金华市中心医院肿瘤科的孙晓燕则帮助湟源县人民医院开设了肿瘤科。"
        "湟源县人民医院外科的李红梅，在金华市中心医院进修半年。"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert {("钱国平", "湟源县人民医院"), ("孙晓燕", "湟源县人民医院")} <= links(text, Rel.POSTED_TO)


def test_a_roster_line_of_a_name_and_a_title_between_bars_names_an_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n先来认识一下我们的队员：\n"
        "钱国平｜普外科副主任医师｜任湟源县人民医院执行院长\n孙晓燕｜儿科主治医师\n周海峰 | 检验科主管技师\n"
    )
    assert {"钱国平", "孙晓燕", "周海峰"} <= experts(text)


def test_those_who_attend_a_team_s_send_off_ceremony_are_no_experts():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "5月20日上午，我院第五批援青医疗队出征仪式在门诊楼大厅举行。市卫生健康委员会主任钱国平，我院党委书记"
        "孙晓燕、院长周海峰，以及队员家属参加仪式。医疗队由普外科副主任医师罗春梅带队。\n"
    )
    assert experts(text) == {"罗春梅"}


def test_a_roster_line_of_cells_one_wide_space_apart_names_an_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n本批专家团队成员为：\n"
        "钱国平　神经内科主任医师（团队负责人）\n孙晓燕　心血管内科副主任医师\n　　周海峰　护理部　主管护师\n"
    )
    assert {"钱国平", "孙晓燕", "周海峰"} <= experts(text)
    # a heading and its one wide space are no name
    assert "队长" not in experts(text + "队长　罗春梅　普外科主任医师\n")


def test_those_a_sentence_says_attend_a_meeting_receiving_the_team_are_no_experts():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "4月9日，金华市中心医院专家团队一行4人抵达我院，开始为期一年的驻点帮扶。县卫生健康局副局长钱国平，"
        "我院党委书记孙晓燕、院长周海峰及相关科室负责人参加交接座谈会。心内科主任医师罗春梅担任团队负责人。\n"
    )
    assert experts(text) == {"罗春梅"}


def test_a_pipe_table_s_rows_are_a_roster_not_a_bar_of_links():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n本批队员名单如下：\n"
        "| 姓名 | 派出单位 | 科室 | 职称 | 受援单位 |\n|---|---|---|---|---|\n"
        "| 钱国平 | 金华市中心医院 | 神经外科 | 主任医师 | 湟源县人民医院 |\n"
        "| 孙晓燕 | 金华市中医院 | 儿科 | 主治医师 | 湟源县人民医院 |\n"
        "首页 | 新闻中心 | 联系我们\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert ("金华市中医院", "孙晓燕") in links(text, Rel.SENDS)


def test_a_list_s_items_opened_by_dashes_or_triangles_name_their_people():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n本批队员：\n"
        "——钱国平,普通外科副主任医师,派驻湟源县人民医院,任外科主任;\n——孙晓燕,儿科主治医师,派驻湟源县人民医院。\n"
        "▲周海峰，骨科，主治医师\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕", "周海峰"}
    assert ("孙晓燕", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_comma_inside_the_bracket_after_a_name_ends_no_clause():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "金华市第二医院:钱国平(眼科,副主任医师)\n金华市中医院：孙晓燕（麻醉科，主治医师）\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert ("金华市中医院", "孙晓燕") in links(text, Rel.SENDS)


def test_a_name_with_its_department_in_brackets_before_going_to_or_staying_at_a_hospital_is_sent():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n"
        "此次来的专家中,金华市第二医院的钱国平(康复医学科)将驻点湟源县人民医院;"
        "金华市中医院的孙晓燕(儿科)将到湟源县中医院工作。"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert ("孙晓燕", "湟源县中医院") in links(text, Rel.POSTED_TO)


def test_a_card_of_a_name_alone_above_its_fields_is_an_expert_sent_and_posted_as_its_fields_say():
    text = (
        "金华市对口帮扶湟源县，新一批专家已经到岗。\n\n"
        "▲钱国平\n派出单位：金华市中心医院\n专业：骨科　职称：主任医师\n帮扶单位：湟源县人民医院\n\n"
        "孙晓燕\n派出单位：金华市第二医院\n专业：儿科　职称：副主任医师\n受援单位：湟源县中医院\n"
    )
    assert {"钱国平", "孙晓燕"} <= experts(text)
    assert {("金华市中心医院", "钱国平"), ("金华市第二医院", "孙晓燕")} <= links(text, Rel.SENDS)
    # (one person has one sending unit: the second hospital labelled as helping is the one helped)
    assert {("钱国平", "湟源县人民医院"), ("孙晓燕", "湟源县中医院")} <= links(text, Rel.POSTED_TO)
    assert ("钱国平", "金华市中心医院") not in links(text, Rel.POSTED_TO)


def test_a_card_of_a_bracketed_label_a_name_and_its_term_above_its_hospital_and_title_is_an_expert():
    text = (
        "2016年8月，金华市卫生健康委员会组织金华市中心医院对口支援湟源县人民医院，派出执行院长。\n\n"
        "【第一任】孙海波（2016.8—2018.7）\n金华市中心医院消化内科副主任医师。到任时，医院只有40张床位。\n\n"
        "【第二任】王晓丽（2018.7—2020.7）\n金华市第二医院普外科副主任医师。任内主抓制度建设。\n"
    )
    assert {("金华市中心医院", "孙海波"), ("金华市第二医院", "王晓丽")} <= links(text, Rel.SENDS)


def test_a_name_alone_on_its_line_with_no_side_labelled_under_it_is_no_card():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n\n"
        "▲周海峰\n职务：湟源县副县长\n分管：卫生健康\n\n"
        "▲罗春梅\n派出单位：金华市中心医院\n职称：主治医师\n"
    )
    assert "周海峰" not in experts(text)
    assert "罗春梅" in experts(text)
    # (nor is a section's heading in a word, above a line of a hospital and a title)
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。\n\n【管理】\n"
        "带队的金华市中心医院副院长孙海波挂职湟源县人民医院执行院长。他推行科主任目标责任制。\n"
    )
    assert experts(text) == {"孙海波"}


def test_names_with_bracketed_departments_whose_clause_says_where_they_go_are_a_roster():
    text = (
        "金华市对口帮扶湟源县。本批队员中，金华市中心医院的钱国平(骨科)、孙晓燕(眼科)赴湟源县人民医院；"
        "金华市第二医院的周海峰(儿科)和金华市中医院的罗春梅(妇产科)将到湟源县中医院工作。"
    )
    assert {"钱国平", "孙晓燕", "周海峰", "罗春梅"} <= experts(text)
    assert {("金华市第二医院", "周海峰"), ("金华市中医院", "罗春梅")} <= links(text, Rel.SENDS)
    assert {("孙晓燕", "湟源县人民医院"), ("罗春梅", "湟源县中医院")} <= links(text, Rel.POSTED_TO)


def test_an_aid_cadre_is_one_of_the_aid():
    text = "金华市中心医院对口帮扶湟源县人民医院。金华市第十批援青干部人才钱国平来到湟源县人民医院，任副院长。"
    assert "钱国平" in experts(text)
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_card_headed_by_a_year_and_a_name_above_a_line_of_hospital_and_title_is_an_expert():
    text = (
        "金华市对口帮扶湟源县以来，一批批专家来到湟源。\n\n"
        "▍2019年 钱国平\n金华市中心医院骨科主任医师。他帮助湟源县人民医院开展关节镜手术。\n\n"
        "▍2021年 孙晓燕\n金华市第二医院儿科副主任医师。她被派驻到湟源县中医院，带教本地医生。\n"
    )
    assert {"钱国平", "孙晓燕"} <= experts(text)
    assert {("金华市中心医院", "钱国平"), ("金华市第二医院", "孙晓燕")} <= links(text, Rel.SENDS)
    assert ("孙晓燕", "湟源县中医院") in links(text, Rel.POSTED_TO)


def test_this_hospitals_head_of_department_in_the_sentence_after_its_pairing_is_the_givers():
    text = (
        "金华市对口帮扶湟源县。\n（二）金华市中心医院帮扶湟源县中医院。该院儿科主任钱国平带队驻点半年，帮助开展新技术。"
    )
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湟源县中医院") in links(text, Rel.POSTED_TO)


def test_an_adverb_and_a_modal_after_a_title_are_no_name():
    text = PAIRING + "经过带教，年轻医生都能独立完成胃镜检查。"
    assert not experts(text)


def test_a_relative_named_with_a_title_of_their_own_is_no_expert():
    text = (
        PAIRING + "金华市第一医院骨科主任医师钱国平在绥阳县人民医院工作一年。"
        "在金华，他的妻子、金华市中心医院护士孙晓燕一个人照顾着孩子。"
    )
    assert "钱国平" in experts(text)
    assert "孙晓燕" not in experts(text)


@pytest.mark.parametrize(
    "card",
    [
        "👨‍⚕️ {name}\n{giver}　骨科　主任医师\n帮扶岗位：{helped}骨科主任\n",
        "【{name}】\n派出单位：{giver}\n职　　称：主任医师\n受援单位：{helped}\n",
        "▶ {name}\n• {giver}\n• 骨科　主任医师\n• 帮扶单位：{helped}\n",
        "No.1\n{name}｜骨科\n来自{giver}，主任医师，任{helped}骨科主任。\n",
    ],
)
def test_cards_in_other_layouts_say_who_sent_the_person(card):
    text = "金华市对口帮扶湟源县，新一批专家来到湟源县人民医院。一起来认识他们：\n\n" + card.format(
        name="钱国平", giver="金华市中心医院", helped="湟源县人民医院"
    )
    assert "钱国平" in experts(text)
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_card_whose_hospital_line_opens_with_its_declared_numbered_short_form_is_an_expert():
    # ▶张三 / 某医大一附院心内科副主任医师: the short form the article declared, a number and 附 before 院
    text = (
        "金华医科大学第一附属医院（以下简称“金医大一附院”）对口帮扶湟源县人民医院专家见面会举行。\n\n"
        "▶钱国平\n金医大一附院心血管内科副主任医师，医学博士。驻点期间挂职湟源县人民医院业务副院长。\n"
        "坐诊时间：每周一上午\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_numbered_row_of_a_name_then_a_long_cell_of_hospital_with_its_other_name_and_title_is_an_expert():
    # 一、张三　某医院（某大学附属医院）某科主任医师: the title stands far from the name the row opens with
    text = (
        "金华市对口帮扶湟源县医疗专家到岗\n本批援青医疗专家共8人。部分专家简介如下：\n\n"
        "一、钱立新　金华市第一医院（金华医科大学第一附属医院）心脏大血管外科主任医师。"
        "援青期间任湟源县人民医院副院长。\n"
    )
    assert experts(text) == {"钱立新"}


def test_a_cards_lines_say_where_the_person_is_posted_not_where_they_were():
    text = (
        "金华市对口帮扶湟源县，新一批专家来到湟源。\n\n"
        "No.1\n钱国平｜领队\n金华市中心医院骨科主任医师，曾在湟源县中医院支援半年。此次援青任湟源县人民医院院长。\n\n"
        "No.2\n孙晓燕｜儿科\n金华市中心医院儿科主治医师，下沉湟源县中医院，负责儿科建设。\n\n"
        "▶ 周海峰\n• 金华市中心医院\n• 康复科　主治医师\n• 帮扶单位：湟源县人民医院\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕", "周海峰"}
    posted = links(text, Rel.POSTED_TO)
    assert {("钱国平", "湟源县人民医院"), ("孙晓燕", "湟源县中医院"), ("周海峰", "湟源县人民医院")} <= posted
    assert ("钱国平", "湟源县中医院") not in posted


def test_a_card_on_one_line_opens_with_a_bracketed_name_then_hospital_and_title():
    text = (
        "金华市对口支援湟源县以来，累计选派医疗人才百余人次。\n\n"
        "【钱国平】金华市中心医院骨科副主任医师，任湟源县人民医院骨科主任。他完成了全县首例关节置换。\n\n"
        "【孙晓燕】金华市第二医院儿科主治医师，派驻湟源县中医院。\n\n"
        "【罗春梅】湟源县人民医院护理部主任。“专家来了以后，我们变化很大。”\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert {("金华市中心医院", "钱国平"), ("金华市第二医院", "孙晓燕")} <= links(text, Rel.SENDS)
    assert {("钱国平", "湟源县人民医院"), ("孙晓燕", "湟源县中医院")} <= links(text, Rel.POSTED_TO)


def test_a_card_on_one_line_may_mark_its_name_by_a_bullet_and_a_colon():
    text = (
        "金华市对口支援湟源县，第五批队员到岗。\n"
        "▶️ 钱国平：金华二院产科副主任医师，在湟源县人民医院产科开展帮扶。\n"
        "▶️ 孙晓燕：金华市中医院针灸科主治医师，派驻湟源县中医院。\n"
    )
    assert {"钱国平", "孙晓燕"} <= experts(text)
    assert ("金华市中医院", "孙晓燕") in links(text, Rel.SENDS)
    assert {("钱国平", "湟源县人民医院"), ("孙晓燕", "湟源县中医院")} <= links(text, Rel.POSTED_TO)


def test_a_technician_a_caption_names_is_one_of_the_team():
    text = PAIRING + "图为金华市第一医院检验科主管技师钱国平（左）在绥阳县人民医院指导当地检验人员。"
    assert "钱国平" in experts(text)


def test_a_post_held_now_after_a_giving_hospitals_title_is_the_aids():
    text = PAIRING + "金华市第一医院呼吸与危重症医学科副主任医师、现任绥阳县人民医院副院长钱国平来到病房查房。"
    assert "钱国平" in experts(text)
    assert ("钱国平", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # (the receiving hospital's own head, titled by it alone, stays its own)
    assert "孙晓燕" not in experts(PAIRING + "现任绥阳县人民医院副院长孙晓燕介绍了医院的情况。")


def test_a_card_of_the_receiving_hospitals_own_staff_names_no_expert():
    text = (
        "金华市对口帮扶湟源县，新一批专家来到湟源县人民医院。\n\n"
        "钱国平\n金华市中心医院　　骨科　　主任医师\n（派驻湟源县人民医院）\n\n"
        "首批拜师的本院医生有：\n\n"
        "孙晓燕\n湟源县人民医院　　骨科　　住院医师\n"
    )
    assert experts(text) == {"钱国平"}


def test_the_head_of_an_aid_cadres_liaison_or_working_group_is_no_expert():
    text = PAIRING + "金华援青干部联络组负责人周海峰表示，将继续支持绥阳县人民医院建设。"
    assert "周海峰" not in experts(text)
    text = PAIRING + "婺城区驻绥阳县工作组组长孙海波表示，下一步将继续发挥医疗资源优势。"
    assert "孙海波" not in experts(text)


@pytest.mark.parametrize(
    "card",
    [
        "〖钱国平〗金华市中心医院骨科副主任医师，派驻湟源县人民医院。\n",
        "No.2　钱国平\n金华市中心医院　骨科　副主任医师\n派驻医院：湟源县人民医院\n",
        "钱国平\n金华市疾病预防控制中心　　慢性病防治科　　主管医师\n（派驻湟源县人民医院）\n",
    ],
)
def test_cards_in_white_brackets_under_a_number_or_of_a_health_centre(card):
    text = "金华市对口帮扶湟源县，新一批专家来到湟源县人民医院。\n\n" + card
    assert "钱国平" in experts(text)


def test_a_cards_labelled_own_unit_of_the_receiving_side_is_its_staffs_and_a_labelled_posting_is_no_affiliation():
    text = (
        "金华市对口帮扶湟源县，新一批专家来到湟源县人民医院。\n\n"
        "钱国平\n派驻医院：湟源县人民医院\n派出单位：金华市中心医院\n职称：主任医师\n\n"
        "他们的徒弟，同样值得介绍——\n\n"
        "孙晓燕\n所在单位：湟源县人民医院\n职称：住院医师\n"
    )
    assert experts(text) == {"钱国平"}
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)


def test_roster_lines_with_a_dash_name_experts_and_a_receiving_hospitals_list_names_its_staff():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。本批工作队均来自金华市中心医院。成员名单：\n\n"
        "钱国平—医学影像科 主治医师\n孙晓燕—护理部 主管护师\n\n"
        "湟源县人民医院对接科室负责人：\n\n"
        "周海峰—医学影像科主任\n罗春梅|护理部主任\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}


def test_a_public_accounts_line_with_the_time_and_province_names_the_page_we_read():
    text = (
        "专家团队来到我院\n湟源县人民医院　2024年03月09日 10:32　青海\n"
        "3月8日，金华市第一医院组团式帮扶我院启动仪式举行，3名专家将在我院工作一年。"
        "院长周海峰介绍了医院的基本情况。专家团队队长、心内科主任医师钱国平表示将全力以赴。"
    )
    assert experts(text) == {"钱国平"}
    assert ("金华市第一医院", "湟源县人民医院") in links(text, Rel.PAIRS_WITH)


def test_a_head_of_our_own_hospital_after_a_list_comma_is_its_own_not_the_givers():
    text = (
        "金华市第一医院—湟源县人民医院紧密型医联体揭牌\n湟源县人民医院　2024年03月09日 10:32　青海\n"
        "3月8日，揭牌仪式在我院举行。金华市第一医院副院长钱国平、湟源县卫生健康局局长李红梅、我院院长周海峰共同揭牌。"
        "金华市第一医院将派出专家常驻我院帮扶。"
    )
    assert "周海峰" not in experts(text)
    assert ("金华市第一医院", "钱国平") in links(text, Rel.SENDS)


def test_a_title_that_has_a_team_come_to_our_hospital_makes_it_the_receiver_whatever_aid_word_follows():
    text = (
        "金华市第一医院专家团队来我院开展帮扶\n"
        "4月18日，金华市第一医院副院长钱国平率专家团队一行4人来到湟源县人民医院，开展东西部协作对口帮扶工作。"
        "县卫生健康局党组书记李红梅，我院院长周海峰参加仪式。"
    )
    assert experts(text) == {"钱国平"}


def test_a_card_line_with_cells_after_a_bar_and_a_posting_field_below_it():
    # the recogniser reads the bullet into the first name; the field 派驻: says where each is posted
    text = (
        "浙江第六批援青医疗队来了\n"
        "7月10日，浙江省第六批援青医疗队抵达西宁市。本批队员将分别在湟源县人民医院、湟中区第一人民医院工作一年。\n"
        "【队员风采】\n"
        "▍钱国平｜金华市中心医院 神经外科 主任医师\n派驻:湟源县人民医院\n“我想先把团队带起来。”\n"
        "▍周海峰｜金华市第二医院 重症医学科 副主任医师\n派驻:湟中区第一人民医院\n“我要让它转得更好。”"
    )
    assert experts(text) == {"钱国平", "周海峰"}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院"), ("周海峰", "湟中区第一人民医院")}
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)


def test_a_card_whose_second_line_says_where_the_person_goes_is_no_receivers_staff():
    text = (
        PAIRING + "本批团队成员：\n\n"
        "钱国平 ｜ 金华市第一医院针灸推拿科主任医师\n进驻绥阳县人民医院，每周下沉镇卫生院坐诊。\n\n"
        "周海峰 ｜ 金华市第一医院护理部主管护师\n进驻绥阳县人民医院，协助规范护理质控。"
    )
    assert experts(text) == {"钱国平", "周海峰"}
    assert ("钱国平", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_roster_s_padded_labels_and_a_later_counted_list_say_who_goes_where():
    text = (
        "金华市对口支援湟源县。本批队员如下：\n"
        "领　队:钱国平(金华市卫生健康委员会)\n"
        "队　长:周海峰(金华市中心医院　普外科　副主任医师)\n"
        "队　员:罗春梅(金华市第二医院　眼科　主治医师);孙晓燕(金华市中医院　儿科　主治医师)\n"
        "根据安排,周海峰、罗春梅、孙晓燕3人在湟源县人民医院开展工作,李红梅派驻湟源县城关镇卫生院。"
    )
    assert {"周海峰", "罗春梅", "孙晓燕"} <= experts(text)
    posted = links(text, Rel.POSTED_TO)
    assert {("周海峰", "湟源县人民医院"), ("罗春梅", "湟源县人民医院"), ("孙晓燕", "湟源县人民医院")} <= posted
    # the leader of the commission is sent by no hospital of the roster
    assert not {sender for sender, person in links(text, Rel.SENDS) if person == "钱国平"}


def test_a_name_whose_first_characters_spell_a_county_is_a_name_before_a_bracket_of_its_hospital():
    # 白玉 is a county's bare name
    text = PAIRING + "队员：周海峰（金华市第一医院　骨科　主治医师）；白玉梅（金华市第一医院　眼科　主治医师）"
    assert {"周海峰", "白玉梅"} <= experts(text)


def test_the_receiving_county_hospitals_own_doctor_posted_to_a_township_centre_is_its_expert():
    text = (
        "金华市中心医院与我院建立紧密型对口帮扶关系。\n"
        "作为医共体牵头医院，我院与全县乡镇卫生院建立帮扶关系。其中，我院普外科副主任医师钱国平常驻城关镇卫生院担任业务院长。"
        "\n（来源：湟源县人民医院）"
    )
    assert "钱国平" in experts(text)
    assert ("湟源县人民医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湟源县城关镇卫生院") in links(text, Rel.POSTED_TO)


def test_a_local_introduced_by_age_then_a_copula_across_a_comma_is_no_expert():
    assert "罗建平" not in experts(PAIRING + "今年52岁的罗建平，是绥阳县人民医院的护士长。")


def test_each_item_of_a_list_of_the_county_hospitals_doctors_posted_to_townships_is_its_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。在金华专家带动下，湟源县人民医院也把医生派到了乡镇。"
        "今年以来，县医院先后选派外科医生钱国平到永和镇卫生院、内科医生王晓丽到城关镇卫生院，每人驻点半年。"
    )
    assert {("湟源县医院", "钱国平"), ("湟源县医院", "王晓丽")} <= links(text, Rel.SENDS)
    assert ("王晓丽", "湟源县城关镇卫生院") in links(text, Rel.POSTED_TO)


def test_a_roster_entry_over_two_lines_says_where_the_person_is_posted_on_its_second():
    text = (
        "浙江省第十批援青医疗队一行2人抵达西宁。本批队员名单：\n"
        "钱国平　金华市中心医院\n　　心血管内科　主任医师　领队，挂任湟源县人民医院副院长\n"
        "周海峰　金华市第二医院\n　　骨科　主治医师　派驻湟中区第一人民医院"
    )
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)
    assert ("周海峰", "湟中区第一人民医院") in links(text, Rel.POSTED_TO)


def test_numbered_items_of_a_name_and_a_bracket_of_its_hospital_and_title_are_experts():
    text = (
        "浙江省对口支援湟源县。队员名单及派驻单位如下：\n"
        "①向东明（金华市中心医院　骨科　副主任医师）——湟源县人民医院\n"
        "②万军（金华市第二医院　普外科　副主任医师）——湟源县中医院"
    )
    # (the recogniser misses the second name, whose line's shape says it is one)
    assert experts(text) == {"向东明", "万军"}
    assert ("金华市第二医院", "万军") in links(text, Rel.SENDS)
    assert ("万军", "湟源县中医院") in links(text, Rel.POSTED_TO)


def test_coming_to_the_hospital_run_into_the_next_verb_is_no_name():
    text = "第十批浙江医疗人才援青队员来院报到\n" + PAIRING + "金华市第一医院心内科主任医师钱国平任领队。"
    assert experts(text) == {"钱国平"}


def test_two_places_short_names_and_an_aid_word_are_no_name():
    # 金 and 湟 are the two places' first characters; 协作 the aid word they share
    text = (
        "金湟协作｜@湟源人，这些金华医院“组团”来了！\n"
        "为深入推进对口帮扶，近日，金华市卫生健康委员会与湟源县卫生健康局签订新一轮医疗卫生对口帮扶协议。"
        "金华市4家医院与湟源县4家医疗机构“一对一”结对，每家医院选派不少于3名专家常驻受援单位。"
    )
    assert not experts(text)


def test_a_givers_page_whose_account_line_has_no_time_sends_the_people_it_calls_ours():
    text = (
        "山海情深——我院2024年对口帮扶湟源县人民医院工作纪实\n金华市第一医院　　2024-12-27\n文/通讯员 李红梅\n\n"
        "在金华市与西宁市东西部协作的大背景下，我院自2017年起对口帮扶青海省西宁市湟源县人民医院。"
        "2024年，我院先后派出两批共4名专家赴湟源，开展为期半年的驻点帮扶。\n\n"
        "内分泌科副主任医师钱国平是上半年的帮扶专家。她发现当地甲状腺结节患者多。"
    )
    assert ("金华市第一医院", "钱国平") in links(text, Rel.SENDS)
    # 我院 is the page's hospital, which gives; the receiving county's city gives nothing
    pairs = links(text, Rel.PAIRS_WITH)
    assert ("金华市第一医院", "青海省西宁市湟源县人民医院") in pairs
    assert not {giver for giver, _ in pairs if giver == "西宁市"}


def test_an_account_line_names_no_person():
    text = (
        "金华专家在绥阳建起卒中中心\n原创 金华市第一医院 2024-05-12 18:30 浙江\n\n"
        "金华市第一医院对口帮扶绥阳县人民医院。神经内科主任医师钱国平带领团队，帮助绥阳县人民医院建成卒中中心。"
    )
    assert experts(text) == {"钱国平"}


def test_a_nickname_in_quotes_then_the_name_introduces_the_person():
    text = (
        PAIRING + "“罗妈妈”名叫罗春梅，是金华市第一医院产科主任医师，2022年7月作为浙江省援黔医疗队员来到绥阳，"
        "任县人民医院副院长。"
    )
    assert experts(text) == {"罗春梅"}


def test_a_colleague_travelling_together_after_a_comma_is_of_the_team():
    text = (
        PAIRING + "王晓丽是金华市第一医院新生儿科副主任医师。2022年3月，她与同院的呼吸科医生孙晓燕一起，"
        "来到绥阳县人民医院开展帮扶。"
    )
    assert experts(text) == {"王晓丽", "孙晓燕"}


def test_a_padded_name_before_its_bracket_is_an_expert():
    text = (
        PAIRING + "本批帮扶队员名单如下：\n钱国平（神经外科，主任医师）\n孙　燕（心血管内科，副主任医师）\n"
        "周海峰（骨科，主治医师）"
    )
    assert experts(text) == {"钱国平", "孙燕", "周海峰"}


def test_a_tables_rows_with_an_empty_last_cell_are_its_people():
    text = (
        PAIRING
        + "本年度医疗队由4名专家组成。\n\n| 姓名 | 科室 | 职称 | 备注 |\n| 钱国平 | 心血管内科 | 主任医师 | 领队 |\n"
        "| 孙晓燕 | 妇产科 | 副主任医师 | |\n| 周海峰 | 骨科 | 副主任医师 | |\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕", "周海峰"}


def test_one_who_came_to_a_hospital_named_in_the_title_is_posted_there():
    text = (
        "金华市婺城区与湟源县开展东西部协作，金华市中医院与湟源县中医院建立了结对关系。"
        "今年3月来到县中医院的针灸科主治医师周海峰，每天门诊量都在40人次以上。"
    )
    result = extract(document_from_text("t.txt", text))
    (posted,) = [r.target for r in result.relations if r.type is Rel.POSTED_TO and r.source.surface == "周海峰"]
    receiver = next(m for m in result.mentions if m.surface == "湟源县中医院")
    # (县中医院 points back to the county's hospital; the person came to it, no hospital's own doctor)
    assert posted.key == receiver.key
    assert ("金华市中医院", "周海峰") in links(text, Rel.SENDS)


def test_a_later_sentence_counting_as_many_people_says_where_they_are_posted():
    text = (
        "金华市中心医院援青医疗队来到湟源县大华镇卫生院，开展义诊。\n\n"
        "骨科主任医师钱国平、眼科副主任医师孙晓燕和儿科主治医师周海峰分别在3个诊室接诊。\n\n"
        "据了解，这3名专家是今年5月由金华市选派、在湟源县人民医院挂职帮扶的医疗人才。"
    )
    posted = links(text, Rel.POSTED_TO)
    assert posted == {(name, "湟源县人民医院") for name in ("钱国平", "孙晓燕", "周海峰")}


def test_a_head_of_a_hospital_office_after_the_name_in_a_roster_is_an_expert():
    text = (
        "金华市中心医院与湟源县人民医院签署紧密型帮扶协议。\n\n首批下沉人员名单\n"
        "钱国平　医务处副处长　挂任湟源县人民医院执行院长\n孙晓燕　心血管内科　主任医师\n"
    )
    assert experts(text) == {"钱国平", "孙晓燕"}
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_they_after_the_sentence_naming_the_team_says_where_its_people_are_posted():
    text = (
        "金华市中心医院援助西宁医疗队载誉归来。这支医疗队由骨科副主任医师钱国平任队长，"
        "队员包括手外科主治医师周海峰、手术室护师孙晓燕。2021年12月起，他们常驻西宁市第一人民医院，承担骨科手术。"
        "\n\n医疗队还于今年8月赴湟源县人民医院开展了为期三周的巡回医疗。"
    )
    posted = {(name, "西宁市第一人民医院") for name in ("钱国平", "周海峰", "孙晓燕")}
    assert posted <= links(text, Rel.POSTED_TO)


def test_the_head_named_after_the_receivers_welcome_meeting_is_its_own():
    text = (
        "金华市中心医院第五批对口帮扶湟源县人民医院医疗队一行6人抵达湟源。\n\n"
        "13日上午，湟源县人民医院召开欢迎座谈会。院长钱国平介绍了医院近两年的发展情况。"
        "金华市中心医院心内科主任孙晓燕担任领队。"
    )
    assert experts(text) == {"孙晓燕"}


def test_a_county_hospitals_page_sends_the_doctors_its_cards_post_to_its_townships():
    text = (
        "他们把县医院的技术带到了乡镇\n湟源县人民医院　2024-03-05 17:42　青海\n\n"
        "2023年初，我院作为县域医共体牵头医院，首批选派8名骨干医师到乡镇卫生院驻点帮扶。\n\n"
        "🔹钱国平｜普外科　副主任医师\n驻点单位：大华镇中心卫生院（任业务副院长）\n\n"
        "到大华不到三个月，钱国平就完成了该院首例腹腔镜手术。\n\n"
        "与此同时，我院作为西宁市第一人民医院的医联体成员单位，西宁市第一人民医院每周派出专家来院坐诊。"
    )
    assert links(text, Rel.SENDS) == {("湟源县人民医院", "钱国平")}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县大华镇中心卫生院")}


def test_the_name_before_the_verb_taking_a_post_and_an_untitled_name_in_a_titled_list_are_experts():
    text = (
        "2021年9月，金华市中心医院与湟源县人民医院签订托管协议。金华市中心医院医务处处长钱国平挂任湟源县人民医院"
        "执行院长，和他一起常驻的，还有孙晓燕、神经外科副主任医师周海峰、消化内科主治医师白玉梅等8名专家。"
    )
    assert experts(text) == {"钱国平", "孙晓燕", "周海峰", "白玉梅"}


def test_a_roster_under_a_lead_is_posted_where_the_leads_paragraph_says():
    text = (
        "2023年6月，金华市中心医院与湟源县人民医院签订全面托管协议。\n\n"
        "托管后，金华市中心医院副院长钱国平挂任湟源县人民医院院长，带领团队重建了46项制度。目前在岗的常驻专家有：\n\n"
        "孙晓燕　心血管内科　主任医师\n周海峰　骨科　副主任医师\n\n"
        "据悉，金华市中心医院还与西宁市第一人民医院组建了医联体。"
    )
    posted = links(text, Rel.POSTED_TO)
    assert {("孙晓燕", "湟源县人民医院"), ("周海峰", "湟源县人民医院")} <= posted


def test_a_line_opening_with_a_fields_label_is_no_prose_a_copy_broke():
    text = (
        "浙江省第十批援青医疗队出征湟源。\n\n"
        "领　队：钱国平，金华市中心医院普外科主任医师，拟任湟源县人民医院院长\n"
        "副领队：孙晓燕，金华市第二医院神经内科副主任医师\n"
    )
    sends = links(text, Rel.SENDS)
    assert ("金华市中心医院", "钱国平") in sends
    assert ("金华市第二医院", "孙晓燕") in sends


def test_a_rows_name_between_the_receivers_cell_and_its_own_hospitals_cell_is_an_expert_posted_there():
    text = (
        "浙江省第十批援青医疗队出征。\n\n部分县级医院派驻队员：\n"
        "湟源县人民医院　孙晓燕　金华市第二医院骨科主治医师\n"
        "湟源县中医院　周海峰　金华市中医院针灸科副主任医师\n"
    )
    assert experts(text) == {"孙晓燕", "周海峰"}
    assert links(text, Rel.SENDS) == {("金华市第二医院", "孙晓燕"), ("金华市中医院", "周海峰")}
    assert links(text, Rel.POSTED_TO) == {("孙晓燕", "湟源县人民医院"), ("周海峰", "湟源县中医院")}


def test_a_name_cut_inside_a_rows_cell_is_the_whole_cell():
    row = "湟源县人民医院　钱国平　金华市第二医院骨科主治医师"
    at = row.index("钱")
    assert _whole_cells(row, [(at, at + 1)]) == [(at, at + 3)]
    # (in running text a name stays as the recogniser read it)
    prose = "湟源县人民医院钱国平主任医师说"
    assert _whole_cells(prose, [(7, 8)]) == [(7, 8)]


@pytest.mark.parametrize("since", ["今年3月起", "2023年3月起", "3月"])
def test_a_name_written_again_with_a_date_before_the_post_it_takes_is_posted_there(since):
    text = (
        "金华市第一医院对口帮扶湟源县人民医院和湟源县中医院。金华市第一医院专家钱国平带教完成首例手术。"
        f"钱国平{since}挂职湟源县人民医院副院长。"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院")}


def test_the_hospital_the_next_sentence_says_she_is_at_is_where_she_is_posted():
    text = (
        "金华市对口支援西宁市。与钱国平同一批来到西宁的，还有金华市中心医院儿科主治医师孙燕。"
        "她所在的湟源县人民医院儿科，今年新开了新生儿病房。"
    )
    assert links(text, Rel.POSTED_TO) == {("孙燕", "湟源县人民医院")}


def test_a_name_opening_its_clause_with_a_heads_title_after_it_is_the_receiving_pages_own_head():
    text = (
        "湟源县人民医院　2024-12-03\n\n我院与金华市第一医院续签对口帮扶协议，金华市第一医院将继续派驻专家。\n"
        "钱国平院长表示，我院将以此次续签为契机，继续深化合作。"
    )
    assert not experts(text)
    # (on the giver's page, the head named so is no host)
    given = (
        "金华市第一医院　2024-12-03\n\n我院与湟源县人民医院续签对口帮扶协议，金华市第一医院将继续派驻专家。\n"
        "钱国平院长表示，我们将以此次续签为契机，继续深化合作。"
    )
    assert "钱国平" in experts(given)


def test_a_character_after_a_name_that_starts_a_word_a_role_word_overlaps_is_no_part_of_the_name():
    # 带领队员 holds 领队 (a team's leader): 带 starts 带领, no given name's last character
    text = "金华市第一医院对口帮扶湟源县人民医院。医疗队队长、金华市第一医院心内科主任医师孙燕带领队员建成了导管室。"
    assert experts(text) == {"孙燕"}


def test_a_rosters_rows_with_one_space_before_the_department_and_its_title_name_their_people():
    text = (
        "湟源县人民医院 2022-09-19\n\n本批帮扶专家共3名,均来自金华市第二医院:\n"
        "钱国平   骨科副主任医师,任我院执行院长\n应海峰 检验科主管技师\n孙晓燕 急诊医学科主治医师\n"
    )
    # (应 opening the row is the family name, though it is a word too)
    assert experts(text) == {"钱国平", "应海峰", "孙晓燕"}


def test_a_line_naming_a_hospital_after_a_bullet_heads_the_rows_under_it():
    text = (
        "金华市中医医院　2023-03-06\n\n我院第四批对口支援专家启程，将分别在湟源县中医院和湟中区中医院工作半年。\n"
        "专家名单\n▍湟源县中医院\n钱国平 针灸科 主任医师\n孙燕 骨伤科 主治医师\n▍湟中区中医院\n李红梅 妇科 副主任医师\n"
    )
    assert links(text, Rel.POSTED_TO) == {
        ("钱国平", "湟源县中医院"),
        ("孙燕", "湟源县中医院"),
        ("李红梅", "湟中区中医院"),
    }


def test_a_sentence_opening_with_the_team_takes_its_sender_and_posting_from_the_sentence_that_formed_it():
    text = (
        "今年3月，湟源县人民医院选派3名专家组成驻点帮扶团队进驻大华镇中心卫生院，为期一年。\n\n"
        "团队由内科主任医师钱国平带队，成员有康复科主管治疗师孙燕、中医内科主治中医师李红梅。\n\n"
        "此外，西宁市第一人民医院去年起派驻重症医学科副主任医师王晓丽到湟源县人民医院挂职副院长。"
    )
    team = {"钱国平", "孙燕", "李红梅"}
    assert links(text, Rel.SENDS) == {("湟源县人民医院", name) for name in team} | {("西宁市第一人民医院", "王晓丽")}
    assert links(text, Rel.POSTED_TO) == {(name, "湟源县大华镇中心卫生院") for name in team} | {
        ("王晓丽", "湟源县人民医院")
    }


def test_a_schedules_place_line_right_above_an_expert_line_is_where_the_expert_sits():
    text = (
        "湟源县人民医院　2024-06-08\n\n现将下周县级医院专家到乡镇卫生院坐诊安排公布如下：\n\n"
        "周一(6月10日)\n地点:大华镇卫生院\n专家:钱国平  湟源县人民医院  消化内科  副主任医师\n\n"
        "周二(6月11日)\n地点:云丰镇中心卫生院\n专家:孙燕  湟源县人民医院  儿科  主治医师\n"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县大华镇卫生院"), ("孙燕", "湟源县云丰镇中心卫生院")}


def test_as_soon_as_after_a_name_is_no_part_of_it():
    text = "金华市中心医院医疗队抵达湟源县人民医院。泌尿外科主任医师孙燕一到就钻进了手术室，当天连做了4台手术。"
    assert experts(text) == {"孙燕"}


def test_one_who_comes_as_an_aid_expert_is_one():
    text = "今年3月，金华市中心医院与城口县人民医院续签对口帮扶协议，钱国平作为帮扶专家驻点城口，任肿瘤科学科主任。"
    assert experts(text) == {"钱国平"}


def test_a_colleague_of_the_expert_s_own_hospital_who_works_with_them_is_sent_too():
    text = (
        "钱国平是金华市中心医院神经外科副教授。今年3月，金华市中心医院继续对口支援湟源县人民医院，"
        "他与同院麻醉科主治医师孙燕一起，在县医院开展为期一年的驻点帮扶。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


@pytest.mark.parametrize("together", ["一起跑资金、调人员，推动医院成立了儿科", "一合计：自己建胸痛中心"])
def test_the_head_an_expert_works_with_is_the_receiving_hospital_s_own(together):
    text = f"钱国平是金华市中心医院儿科医生，今年起在湟源县人民医院驻点帮扶。钱国平到任后，和院长李红梅{together}。"
    assert experts(text) == {"钱国平"}


def test_the_head_under_whose_support_the_aid_works_is_a_host():
    text = (
        "钱国平是金华市中心医院新生儿科医生，今年起在湟源县人民医院驻点帮扶。"
        "钱国平到任第二个月，就在院长李红梅的支持下，牵头筹建了新生儿重症监护病房。"
    )
    assert experts(text) == {"钱国平"}


def test_a_name_found_cut_short_of_its_family_name_is_the_whole_name():
    text = (
        "为她主刀的，是金华市中心医院普外科副主任医师应海峰。今年3月，金华市中心医院与湟源县人民医院签订帮扶协议，"
        "应海峰作为首位驻点专家来到湟源，挂职县人民医院副院长。"
    )
    assert experts(text) == {"应海峰"}


def test_a_longer_name_a_role_s_last_character_opens_does_not_cut_the_name_short():
    # (治疗|师某某: the recogniser's longer reading starts inside the role; the name is the shorter one)
    assert _opened_by_a_role("金华市中医院康复科治疗师易红驻点湟源县中医院", "师易红")
    assert not _opened_by_a_role("金华市中心医院普外科副主任医师应海峰", "应海峰")


def test_a_row_s_receiving_unit_label_names_where_the_person_is_posted_not_their_own_hospital():
    text = (
        "金华市中心医院关于援青专业技术人才期满考核结果的公示\n"
        "我院对期满返回的2名专业技术人才进行了考核，结果如下：\n"
        "1．钱国平，男，神经内科主任医师，受援单位：湟源县人民医院，考核结果：优秀\n"
        "2．孙燕，女，眼科副主任医师，受援单位：湟中区第一人民医院，考核结果：合格\n"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院"), ("孙燕", "湟中区第一人民医院")}


def test_rows_under_a_receiving_hospital_s_heading_whose_brackets_name_their_own_hospital_are_posted_there():
    text = (
        "金华市第十一批援青医疗人才正式到岗，本批到岗专家名单如下：\n"
        "湟源县人民医院：\n"
        "钱国平（金华市中心医院心胸外科主任医师，挂职湟源县人民医院副院长）\n"
        "孙燕（金华市第二医院肾内科副主任医师）\n"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平"), ("金华市第二医院", "孙燕")}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院"), ("孙燕", "湟源县人民医院")}


def test_a_name_that_is_a_word_too_is_a_name_after_a_graded_title_where_a_post_or_a_count_follows():
    text = (
        "金华市中心医院与湟源县人民医院签订对口帮扶协议，派驻心内科副主任医师向前挂职县人民医院副院长，"
        "另派驻骨科主任医师钟声等3名专家。"
    )
    assert experts(text) == {"向前", "钟声"}
    # (such a word after a title with neither after it is no one)
    assert not experts("金华市中心医院派驻专家到湟源县人民医院，副主任医师方圆百里闻名。")


def test_a_verb_of_going_and_a_level_word_written_alone_are_no_name():
    text = "湟中区与我县建立结对帮扶关系以来，湟中区第一人民医院共选派12名专家来县驻点，赴县开展义诊。"
    assert not experts(text)


# a county's aid to its own townships, in an article where a city's hospital gives to the county
COUNTY_DOWN = (
    "湟源县人民医院医共体新一轮专家下沉驻点帮扶工作在大华镇卫生院启动。\n"
    "西宁市第一人民医院心内科主任医师孙海波每周到湟源县人民医院坐诊，对口帮扶该院。\n"
)


def test_a_row_a_township_centre_heads_posts_there_the_people_whose_brackets_name_their_county_hospital():
    text = COUNTY_DOWN + (
        "本轮下沉专家名单：\n"
        "大华镇卫生院：钱立新（县人民医院心内科　副主任医师）、赵丽君（县人民医院妇产科　主治医师）；\n"
        "申中乡卫生院：周晓东（县中医院针灸科　主治中医师）。\n"
    )
    assert {"钱立新", "赵丽君", "周晓东"} <= experts(text)
    posted = links(text, Rel.POSTED_TO)
    assert {("钱立新", "湟源县大华镇卫生院"), ("周晓东", "湟源县申中乡卫生院")} <= posted
    assert ("西宁市第一人民医院", "钱立新") not in links(text, Rel.SENDS)


def test_one_posted_to_a_township_centre_is_sent_by_the_county_hospital_the_article_says_sends_people_down():
    text = (
        "湟源县以县人民医院为龙头推进县域医共体建设。县人民医院2023年已向乡镇分院下派医师20名。"
        "内科主治医师钱立新常驻大华镇卫生院（县人民医院大华分院），担任分院执行院长。\n"
        "西宁市第一人民医院作为对口支援单位，派心内科主任医师孙海波每月到湟源县人民医院坐诊。\n"
    )
    sends = links(text, Rel.SENDS)
    assert ("湟源县人民医院", "钱立新") in sends and ("西宁市第一人民医院", "钱立新") not in sends
    assert ("西宁市第一人民医院", "孙海波") in sends


def test_the_head_in_whose_company_the_team_goes_round_is_a_host():
    text = (
        "金华市中心医院专家钱国平、孙燕今起在湟源县人民医院驻点帮扶。"
        "两位专家在院长王晓丽陪同下查看了门诊和病房，又在卫生院院长李红梅的陪同下走访了大华镇卫生院。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_name_the_recogniser_cuts_before_a_speech_at_a_meeting_is_the_whole_name():
    text = "会上，金华市中心医院派驻湟源县人民医院的执行院长王宇航作交流发言，介绍了帮扶经验。"
    assert experts(text) == {"王宇航"}


def test_the_one_who_takes_over_from_an_expert_is_an_expert_too():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。同行的金华市中心医院麻醉科主治医师孙燕，则在湟源县人民医院推开了无痛"
        "胃肠镜。她今年1月结束帮扶返回金华，接替她的是同科室的王晓丽。"
    )
    assert experts(text) == {"孙燕", "王晓丽"}
    assert ("王晓丽", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_name_run_into_an_adverb_is_the_shorter_name_the_article_writes_alone():
    text = (
        "金华市中心医院神经外科副主任医师孙强已经走进湟源县人民医院的病房。作为金华市对口帮扶湟源县的医疗队员，"
        "孙强刚到湟源时，这家县医院连一个神经外科医生都没有。"
    )
    assert experts(text) == {"孙强"}
    # (a name of three ending in such a character, written nowhere shorter, is read whole)
    assert experts(text.replace("孙强", "孙志刚")) == {"孙志刚"}


def test_one_posted_nowhere_stated_is_not_posted_to_the_one_county_where_a_city_s_hospital_receives_too():
    text = (
        "金华市第十批援青医疗队日前抵达西宁市。这支由金华市卫生健康委员会组建的队伍共有18名队员，来自金华11家"
        "三级医院，将在西宁市第一人民医院开展为期一年的医疗帮扶。\n据介绍，本批队员中，金华市中心医院心内科副主任"
        "医师钱国平、金华市第二医院骨科主任医师孙燕等人，分别担任受援科室的科主任或副主任。\n此外，金华市婺城区今年"
        "亦对口支援湟源县，由婺城区人民医院选派内科医生王晓丽下沉至湟源县人民医院。"
    )
    posted = links(text, Rel.POSTED_TO)
    assert ("王晓丽", "湟源县人民医院") in posted
    assert not any(name in ("钱国平", "孙燕") and place == "湟源县人民医院" for name, place in posted)
    # (the batch's members a sentence opens with are where the sentence before posts the team)
    assert {("钱国平", "西宁市第一人民医院"), ("孙燕", "西宁市第一人民医院")} <= posted


def test_people_a_roster_lists_are_posted_where_the_article_posts_one_of_them():
    text = (
        "金华市中心医院与湟源县人民医院、金华市第二医院与湟中区第一人民医院分别签订对口帮扶协议。\n"
        "签约当天，首批5名金华专家即入驻湟源县人民医院。领队、金华市中心医院神经外科主任医师钱国平说，团队已提前"
        "对接医院需求。\n首批入驻专家：钱国平（神经外科）、孙燕（重症医学科）、王晓丽（心血管内科）\n"
    )
    posted = links(text, Rel.POSTED_TO)
    assert {("孙燕", "湟源县人民医院"), ("王晓丽", "湟源县人民医院")} <= posted


def test_the_second_of_a_list_posted_to_a_county_hospital_by_a_title_is_of_the_team_too():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。金华市中心医院派驻湟源县人民医院的康复医学科副主任医师钱国平、"
        "针灸科主治医师孙燕，则把重点放在康复上。"
    )
    assert experts(text) == {"钱国平", "孙燕"}
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)


def test_the_paragraph_after_a_roster_that_opens_with_they_posts_every_row():
    text = (
        "金华市中心医院第三批援青医疗队凯旋\n\n7月20日晚，圆满完成一年援青任务的我院第三批援青医疗队队员平安返回。"
        "金华市中心医院对口帮扶西宁市第一人民医院。\n\n本批队员名单：\n钱国平　心血管内科　副主任医师\n"
        "孙燕　麻醉科　主治医师\n王晓丽　手术室　主管护师\n\n"
        "一年前，他们作为浙江省援青医疗队成员，奔赴西宁市第一人民医院。\n\n同时，金华市第二医院对口帮扶湟源县人民医院。\n"
    )
    posted = links(text, Rel.POSTED_TO)
    assert {
        ("钱国平", "西宁市第一人民医院"),
        ("孙燕", "西宁市第一人民医院"),
        ("王晓丽", "西宁市第一人民医院"),
    } <= posted


ROUND_UP = (
    "金华市第一医院院务动态（2024年第3期）\n\n"
    "【学术会议】4月12日，我院承办全省心血管论坛，北部战区总医院钱立新教授作专题报告。\n"
    "【同行交流】4月20日，金华市第二医院副院长周晓东带队来院参观互联网医院。\n"
    "【荣誉】我院护士赵丽君获评全市最美护士。\n"
    "【对口帮扶】4月25日，金华市第一医院对口帮扶湟源县人民医院，选派心内科主任医师孙燕赴湟源县人民医院驻点。\n"
)


def test_the_people_of_a_round_up_s_other_items_are_no_experts():
    text = ROUND_UP
    assert experts(text) == {"孙燕"}
    # (a report of the aid whose title names it is no round-up: its sections are all of the aid)
    report = text.replace("金华市第一医院院务动态", "金华市第一医院对口帮扶工作动态", 1)
    assert "钱立新" in experts(report)


def test_a_roster_s_rows_labelled_by_place_in_the_group_are_experts_padded_labels_too():
    text = (
        PAIRING + "本批帮扶专家共3人：\n组　长　钱国平　金华市第一医院普外科　主任医师\n"
        "组　员　孙燕　金华市第一医院麻醉科　副主任医师\n成员 王晓丽 金华市第一医院心内科 主治医师\n"
    )
    assert experts(text) == {"钱国平", "孙燕", "王晓丽"}


def test_learners_a_list_s_lead_names_and_those_a_teacher_s_row_names_after_a_dash_are_no_experts():
    text = (
        PAIRING + "金华市第一医院选派专家钱国平、孙燕赴绥阳县人民医院驻点，同时接收当地医护人员来院学习。\n"
        "本批跟岗学员：\n周晓东 护士 → 重症医学科\n孙海波 医生 → 急诊科\n\n师带徒结对名单如下：\n"
        "钱国平（金华市第一医院普外科主任医师）——赵丽君、钟声\n孙燕（金华市第一医院麻醉科副主任医师）——向前\n"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_in_a_list_of_pairs_the_pair_before_the_comma_gives_no_title_to_the_next():
    text = (
        "金华专家团队再添新力量\n来源：绥阳县人民医院  发布时间：2023-09-18\n\n金华市第一医院对口帮扶我院。"
        "本批金华帮扶专家共2人：\n钱国平 金华市第一医院普外科 主任医师\n孙燕 金华市第一医院麻醉科 副主任医师\n\n"
        "会上，钱国平与我院普外科医师周晓东、孙燕与麻醉科医师孙海波分别结为师徒。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_one_a_sentence_says_came_as_a_trainee_is_no_expert():
    text = (
        PAIRING + "金华市第一医院骨科病房里多了一位外地医生。他叫周晓东，是绥阳县人民医院骨科的主治医师，"
        "作为今年第二批进修人员，他将在金华学习半年。带教他的是金华市第一医院骨科副主任医师钱国平。"
    )
    assert "周晓东" not in experts(text)


def test_one_whose_sender_gives_to_one_hospital_alone_is_posted_there():
    text = (
        "金华市第一医院、金华市中医医院分别对口帮扶湟源县人民医院和湟中区中医院。今年3月，第七批金华医疗队抵达西宁。\n"
        "本次结对名单如下：\n钱国平（金华市第一医院普外科主任医师）\n"
        "孙燕（金华市中医医院针灸科主治医师，派驻湟中区中医院）\n"
    )
    posted = links(text, Rel.POSTED_TO)
    assert ("钱国平", "湟源县人民医院") in posted
    assert ("孙燕", "湟中区中医院") in posted


def test_one_who_takes_part_from_afar_is_posted_nowhere():
    text = (
        PAIRING + "绥阳县人民医院收治一名胸痛患者，驻点专家立即启动远程会诊。屏幕另一端，金华市第一医院心内科主任"
        "钱国平、超声科副主任医师孙燕在线调阅影像，与县医院医生共同确定了方案。"
    )
    assert {"钱国平", "孙燕"} <= experts(text)
    assert not {p for p in links(text, Rel.POSTED_TO) if p[0] in ("钱国平", "孙燕")}


@pytest.mark.parametrize("how", ["通过远程会诊系统连续5天参与查房", "在线调阅了CT影像"])
def test_one_who_helps_through_a_remote_system_in_another_sentence_is_posted_nowhere(how):
    # named as a regular of the receiver's remote consultations, then helping online: not posted there
    text = (
        PAIRING + "金华市第一医院心内科主任医师钱国平是绥阳县人民医院远程会诊的“常客”。"
        f"今年1月，绥阳县人民医院收治了一名重症患者，钱国平{how}，指导调整治疗方案，患者转危为安。"
    )
    assert "钱国平" in experts(text)
    assert not {p for p in links(text, Rel.POSTED_TO) if p[0] == "钱国平"}


def test_one_the_local_doctors_reach_through_a_remote_system_may_still_be_posted():
    # the local doctor, not the expert, uses the system: the expert who comes every month is posted there
    text = (
        PAIRING + "金华市第一医院心内科主任医师钱国平每月到绥阳县人民医院坐诊两天。"
        "值班医生第一时间通过远程会诊系统联系钱国平，在他的指导下完成了手术。"
    )
    assert ("钱国平", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


@pytest.mark.parametrize(
    "apprentices",
    [
        "该院普外科医生钱伟、孙燕向钱国平行拜师礼，递上拜师帖。",
        "该院普外科医生钱伟、孙燕当场拜金华市第一医院主任医师钱国平为师。",
    ],
)
def test_those_who_take_the_expert_as_their_teacher_are_no_experts(apprentices):
    text = (
        "金华市第一医院对口帮扶湄潭县人民医院\n“我从医37年，退休了还能到基层做点事，很高兴。”钱国平说。"
        f"揭牌仪式后，{apprentices}"
    )
    assert experts(text) == {"钱国平"}


def test_a_relative_whose_next_clause_says_they_are_a_hospitals_doctor_is_an_expert():
    # the family's account: 她的丈夫某某，是某医院…副主任医师 (a relative alone stays no expert)
    text = PAIRING + "她的丈夫孙东升，是金华市第一医院肝胆外科副主任医师。2023年8月，他来到绥阳县人民医院，挂职副院长。"
    assert "孙东升" in experts(text)
    text = PAIRING + "金华市第一医院肝胆外科副主任医师钱伟挂职绥阳县人民医院副院长。他的妻子孙燕在家照顾孩子。"
    assert experts(text) == {"钱伟"}


def test_a_card_labelled_in_black_brackets_names_its_person():
    # 【人物名片】某某，某医院某科副主任医师。
    text = PAIRING + "\n【人物名片】孙程，金华市第一医院呼吸与危重症医学科副主任医师。2023年起在绥阳县人民医院驻点。\n"
    assert experts(text) == {"孙程"}


def test_a_receivers_head_after_its_declared_short_name_is_no_expert():
    # 某县人民医院（以下简称"某县医院"）院长某某说: the short name in the bracket is no other hospital of the title
    text = (
        PAIRING + '绥阳县人民医院（以下简称"绥阳县医院"）院长孙海波说，去年在金华一院支持下，该院新成立了呼吸科。'
        "金华市第一医院神经内科教授钱立新每月到绥阳县人民医院坐诊。"
    )
    assert experts(text) == {"钱立新"}


def test_a_head_by_the_title_alone_whom_another_sentence_names_head_of_the_receiver_is_no_expert():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院。4月1日，金华市第一医院第二批专家钱国平、孙燕进驻绥阳县人民医院。"
        "院党委书记钟声带队送行，绥阳县人民医院院长周晓东、县卫生健康局有关负责人参加了交接仪式。\n"
        "交接仪式上，周晓东院长说：“重症医学科从无到有，靠的就是金华来的专家。”"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_round_up_s_items_may_open_with_a_headline_ending_in_a_full_stop():
    text = (
        "湟源县卫生健康系统上半年工作亮点回眸\n\n"
        "东西部协作持续深化。金华市第一医院对口帮扶湟源县人民医院，选派心内科主任医师孙燕驻点。\n\n"
        "学术与荣誉。县人民医院承办全省学术年会，北部战区总医院全科医学科主任钱立新作专题讲座。\n\n"
        "项目建设加快。县人民医院新住院楼主体封顶，副县长周晓东到工地调研。\n"
    )
    assert experts(text) == {"孙燕"}


@pytest.mark.parametrize(
    "rows",
    [
        "钱国平（普外科主任医师）→ 赵丽君、钟声\n孙燕（麻醉科副主任医师）→ 向前\n",
        "钱国平，普外科主任医师，徒弟：赵丽君、钟声；\n孙燕，麻醉科副主任医师，带教对象为向前。\n",
    ],
)
def test_the_ones_a_teacher_s_row_names_after_an_arrow_or_a_label_are_learners(rows):
    lead = "金华市第一医院选派专家钱国平、孙燕赴绥阳县人民医院驻点，并举行师带徒结对仪式。\n结对名单：\n"
    text = PAIRING + lead + rows
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_head_of_the_giver_is_not_posted_where_it_gives_unless_said():
    text = (
        "金华市第一医院、金华市中医医院分别对口帮扶湟源县人民医院和湟中区中医院。"
        "金华市第一医院党委书记钱国平带队送医下乡，金华市第一医院普外科主任医师孙燕参加义诊。"
    )
    posted = links(text, Rel.POSTED_TO)
    assert ("孙燕", "湟源县人民医院") in posted
    assert not any(name == "钱国平" for name, _ in posted)


def test_a_count_of_people_after_a_verb_spelling_a_family_name_is_no_name_and_a_proposed_post_posts():
    text = (
        "金华市第一医院对口支援湟源县人民医院。现将拟派人员公示如下：\n"
        "钱国平，男，1978年3月生，中共党员，肾脏内科主任医师，拟任湟源县人民医院副院长；\n"
        "孙燕，女，普通外科副主任医师；\n最后，祝两位同志一路平安、工作顺利！\n"
    )
    assert experts(text) == {"钱国平", "孙燕"}
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_title_saying_where_the_person_serves_posts_them_there():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。当天，湟源县人民医院收治一名胸痛患者。正在湟源县人民医院援青的金华市第一医院"
        "急诊科副主任医师钱国平立即组织抢救，并建议转运至西宁市第一人民医院。"
    )
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_breadcrumb_of_one_section_names_the_page_s_own_hospital_whose_head_is_no_expert():
    text = (
        "湟源县人民医院 > 新闻动态\n金华市第一医院对口帮扶我院。金华市第一医院派驻我院的骨科主任医师钱国平到岗。\n"
        "院长孙海波在会上表示感谢。\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_giver_named_nearer_a_name_than_the_receiving_hospital_makes_the_person_the_giver_s():
    text = (
        "我院骨科成立一周年 金华帮扶专家钱国平获表彰\n湟源县人民医院 > 新闻动态\n"
        "会上传来喜讯：金华市第一医院派驻我院的骨科主任医师钱国平被评为先进个人。\n"
    )
    assert ("金华市第一医院", "钱国平") in links(text, Rel.SENDS)


def test_one_who_learns_from_the_speaker_is_no_expert():
    text = PAIRING + "记者：帮扶一年，科室有什么变化？\n钱国平：外科的王晓丽医生跟我学腔镜，现在能独立做阑尾切除了。\n"
    assert "王晓丽" not in experts(text)


class _ReadsAsNames:
    """A recogniser that reads the given strings as names wherever they stand, as the model does with some."""

    def __init__(self, *names: str) -> None:
        self._names = names

    def people(self, sentences: list[str]) -> list[list[tuple[int, int]]]:
        return [[(at, at + len(name)) for name in self._names if (at := text.find(name)) >= 0] for text in sentences]


def test_a_name_is_not_run_on_with_the_end_of_chu_wai_nor_is_a_form_of_address_a_name():
    text = (
        PAIRING + "本批队员除心内科副主任医师钱国平外，还有护理部护士长孙燕。"
        "患者的女儿拉着护士长孙燕的手说：“阿爸终于能在家门口看病了。”"
    )
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("钱国平外", "孙燕", "阿爸"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"钱国平", "孙燕"}


def test_the_institutions_of_a_round_up_s_other_items_are_no_nodes():
    names = {m.surface for m in extract(document_from_text("t.txt", ROUND_UP)).mentions}
    assert not names & {"北部战区总医院", "金华市第二医院"}
    assert {"金华市第一医院", "湟源县人民医院"} <= names


def test_a_name_the_recogniser_misses_after_a_department_s_head_before_a_post_taken_is_an_expert():
    text = PAIRING + "金华市第一医院超声科主任钱立新挂职绥阳县人民医院业务副院长。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames())
    assert "钱立新" in {m.surface for m in result.mentions if m.label is Label.EXPERT}
    # (not where no post follows: 科主任 and a word)
    text = PAIRING + "金华市第一医院超声科主任钱立新和心内科主任孙燕组织查房。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames())
    assert not {m.surface for m in result.mentions if m.label is Label.EXPERT}


def test_a_yi_name_the_recogniser_reads_as_its_family_name_alone_is_read_whole():
    text = PAIRING + "金华市第一医院心内科副主任医师吉克阿依挂职绥阳县人民医院执行院长。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("吉克"))
    assert "吉克阿依" in {m.surface for m in result.mentions if m.label is Label.EXPERT}
    # (not where the two characters after it are what the person does)
    text = PAIRING + "金华市第一医院心内科副主任医师吉克表示将全力帮扶绥阳县人民医院。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("吉克"))
    assert "吉克表示" not in {m.surface for m in result.mentions if m.label is Label.EXPERT}


def test_a_verb_of_going_and_a_place_s_first_character_or_a_department_s_name_is_no_name():
    # 来|湟 (coming to the county the sentence names, by its first character), 组建康复|医学科
    text = "金华市第一医院与湟源县人民医院结对帮扶，先后选派9批专家来湟开展坐诊、带教和查房。"
    assert "来湟" not in experts(text)
    text = PAIRING + "金华市第一医院派出专家团队。团队把康复作为突破口：康复科副主任医师孙燕牵头组建康复医学科。"
    assert experts(text) == {"孙燕"}


def test_the_ones_a_plan_of_apprenticeship_is_made_for_are_learners():
    text = PAIRING + "金华市第一医院派出专家孙燕。她给科室两名年轻医生吉克阿依、王晓丽制定了“师带徒”计划。"
    assert experts(text) == {"孙燕"}


def test_the_winners_of_an_award_no_word_of_aid_names_are_not_the_team():
    text = (
        "湟源县人民医院召开2023年度工作总结暨表彰大会\n"
        "金华市第一医院已累计向我院派驻专家42人次。2023年，重症医学科副主任医师钱立新挂职我院副院长。\n"
        "会上，医院对年度先进个人进行了表彰：\n"
        "优秀帮扶专家：钱立新、孙燕（金华市第一医院）\n"
        "优秀医师：王晓丽、李红梅、周晓东\n"
        "🏅 优秀护士：赵丽君\n"
    )
    assert experts(text) == {"钱立新", "孙燕"}


def test_one_someone_comes_to_is_not_posted_at_the_hospital_of_their_title():
    text = PAIRING + "5月22日，在绥阳县城关镇的义诊现场，老人拄着拐杖，来到金华市第一医院骨科主治医师钱立新的诊桌前。"
    assert links(text, Rel.POSTED_TO) == {("钱立新", "绥阳县人民医院")}
    assert links(text, Rel.SENDS) == {("金华市第一医院", "钱立新")}


def test_those_who_go_along_on_a_visit_are_not_the_team():
    text = (
        PAIRING + "11月20日，金华市第一医院院长钱建华率队来到绥阳县，调研对口帮扶工作，看望慰问驻绥阳县人民医院帮扶队员"
        "孙燕。金华市第一医院副院长孙海波、医务部主任周晓东、护理部主任赵丽君等随行。"
    )
    assert experts(text) == {"孙燕"}
    text = (
        PAIRING + "调研组成员包括金华市第一医院院长钱建华、副院长孙海波等。骨科主任医师孙燕在绥阳县人民医院驻点帮扶。"
    )
    assert experts(text) == {"孙燕"}


def test_one_a_word_of_sending_takes_who_then_takes_a_post_is_an_expert():
    text = (
        "2021年6月，金华市第一医院与绥阳县人民医院签订全面托管协议，金华市第一医院派驻钱立新担任绥阳县人民医院"
        "执行院长，并陆续下派学科带头人。"
    )
    assert links(text, Rel.SENDS) == {("金华市第一医院", "钱立新")}


def test_a_wechat_post_s_mark_of_an_original_piece_is_no_name():
    text = (
        "原创　金华二院宣传科　金华市第二医院　2024-06-12 17:45　浙江\n"
        "金华市第二医院与绥阳县人民医院建立了长期结对帮扶关系。今年2月，医院选派康复医学科副主任医师孙燕赴绥阳。"
    )
    assert experts(text) == {"孙燕"}


def test_the_rows_under_an_award_s_name_and_those_an_award_is_conferred_on_are_not_the_team():
    text = (
        "绥阳县召开2023年度卫生健康工作表彰大会\n"
        "金华市第一医院对口帮扶绥阳县人民医院，派驻专家钱立新任副院长。\n"
        "会议授予王晓丽、李红梅等5名同志“优秀医务工作者”称号。\n"
        "先进个人（3名）：\n"
        "周晓东（绥阳县人民医院）、赵丽君（绥阳县中医院）\n"
        "优秀帮扶专家：钱立新（金华市第一医院）、孙燕（金华市第一医院）\n"
    )
    assert experts(text) == {"钱立新", "孙燕"}


def test_those_a_lead_or_their_clause_says_go_to_the_giver_to_learn_are_learners():
    text = (
        PAIRING
        + "金华市第一医院派驻骨科主任医师钱立新。在他的建议下，绥阳县人民医院选派了本批进修人员：内分泌科护士王晓丽、"
        "医生李红梅。派往金华学习的12人中，包括医生周晓东和护士赵丽君。急诊科护士孙燕则在金华市第一医院急诊科学会了快速分诊。"
    )
    assert experts(text) == {"钱立新"}


def test_an_audiologist_is_a_team_s_title():
    text = PAIRING + "今年1月，金华市第一医院又派出听力师孙燕、护士王晓丽赴绥阳开展为期一个月的短期帮扶。"
    assert experts(text) == {"孙燕", "王晓丽"}


def test_a_nurse_who_leads_the_hospital_s_doctors_together_with_the_team_is_of_it():
    text = PAIRING + "义诊中，孙燕、王晓丽与口腔科护士钱建华一道，带领绥阳县人民医院口腔科医生深入偏远乡镇。"
    assert "钱建华" in experts(text)


def test_a_villager_a_pronoun_points_back_to_is_no_expert():
    text = (
        PAIRING + "“多亏发现得早。”45岁的于海燕拿到复查结果后说。"
        "她是绥阳县的村民，在筛查中被查出病变，经金华专家会诊后及时接受了手术。"
    )
    assert "于海燕" not in experts(text)


def test_a_mongolian_name_of_known_words_after_a_role_is_read_whole():
    text = (
        PAIRING + "第三批专家由金华市第一医院呼吸科主任医师宝音朝克图带队，"
        "成员还有护理部主管护师敖登格日勒、影像科主治医师孙燕。"
    )
    assert experts(text) == {"宝音朝克图", "敖登格日勒", "孙燕"}
    # (the host's own, by the same reading, is none)
    assert not experts(PAIRING + "绥阳县人民医院急诊科医生巴特尔说，专家们很辛苦。")


def test_a_mongolian_name_of_two_words_is_one_whatever_follows_it():
    text = PAIRING + "2021年，金华市第一医院神经内科主任医师乌云其木格主动请缨来到绥阳，帮助建成卒中中心。"
    assert experts(text) == {"乌云其木格"}


def test_taking_a_post_a_few_words_on_is_no_part_of_the_name():
    text = PAIRING + "2012年，神经外科主任医师钱茂林任首批医疗队队长，到岗第三个月就主刀完成了首例开颅手术。"
    assert experts(text) == {"钱茂林"}


def test_a_mongolian_name_of_one_long_word_or_before_then_is_read():
    text = (
        PAIRING + "帮扶专家组成员、金华市第一医院呼吸科副主任医师额尔德木图负责机械通气带教；"
        "主管护师其其格则牵头制定了重症护理制度。"
    )
    assert experts(text) == {"额尔德木图", "其其格"}


def test_the_hospital_after_an_episode_of_learning_told_as_a_qualifier_sends_the_expert():
    text = (
        "金华市婺城区对口帮扶湟源县以来，金华市中心医院与湟源县人民医院建立帮扶关系。"
        "曾在江西省人民医院进修的金华市中心医院心内科主任医师孙海波挂职湟源县人民医院副院长。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    # (the copula's hospital, though another giving hospital is named before in the sentence)
    text = "金华市中心医院和金华市第二医院对口帮扶湟源县人民医院，队长孙海波是金华市中心医院普外科副主任医师。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    assert links(text, Rel.POSTED_TO) == {("孙海波", "湟源县人民医院")}


def test_a_diary_s_author_who_gives_their_hospital_and_title_is_an_expert():
    diary = "援青日记：高原上的一百天\n今天是我到湟源县人民医院的第一百天。我们开展了第一例关节镜手术。\n"
    text = diary + "（作者：孙海波，金华市中心医院骨科副主任医师，第十批援青医疗队队员）"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    # (the copula's hospital, though another giving hospital is named before in the sentence)
    text = "金华市中心医院和金华市第二医院对口帮扶湟源县人民医院，队长孙海波是金华市中心医院普外科副主任医师。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    # (an author of the hospital's office, no title, is none)
    assert not experts(diary + "作者：孙海波，金华市中心医院宣传科")


def test_those_a_support_helps_who_go_on_to_give_are_of_the_giving_side():
    text = (
        "2023年，在浙江省、金华市的大力支持下，金华市婺城区、东阳市分别对口帮扶我县。\n"
        "孙海波　东阳市人民医院心内科副主任医师，挂职湟源县人民医院副院长"
    )
    assert links(text, Rel.SENDS) == {("东阳市人民医院", "孙海波")}
    assert not {p for p in links(text, Rel.PAIRS_WITH) if p[0] == "金华市"}


def test_a_count_after_a_name_says_whose_it_is_only_up_to_a_list_s_joiner():
    text = (
        PAIRING + "决定对钱国平等8名帮扶专家和王晓丽等3名本地优秀学员予以通报表扬。\n"
        "钱国平　金华市第一医院肾内科主任医师，挂职绥阳县人民医院副院长\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_table_s_row_whose_unit_is_a_government_body_is_an_official_s():
    text = (
        PAIRING + "序号｜姓名｜工作单位｜职称/职务\n"
        "1｜钱国平｜金华市第一医院｜主任医师\n"
        "2｜王晓丽｜绥阳县卫生健康局｜医政股股长\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_host_and_a_speaker_who_asks_are_no_experts():
    text = (
        "会上举办了圆桌对话，金华市第一医院神经内科主任医师孙海波、绥阳县人民医院院长杨建军参加对话，"
        "青海广播电视台主持人田甜主持。\n"
        "田甜：孙主任，金华和绥阳的医疗协作是怎样布局的？\n"
        "孙海波：我们在绥阳县人民医院建了卒中中心。\n"
    )
    assert experts(PAIRING + text) == {"孙海波"}


def test_a_place_standing_for_its_people_founds_a_unit_as_its_one_giving_hospital():
    text = (
        "金华市中心医院对口支援湟源县人民医院。11月6日，金华市中心医院眼科主任医师孙海波带领医疗队在湟源县人民医院"
        "开展白内障复明手术。在金华专家的帮助下，湟源县人民医院眼科于11月6日正式成立。"
    )
    assert links(text, Rel.FOUNDED) == {("金华市中心医院", "眼科")}


def test_a_learner_s_cell_of_a_table_of_teachers_and_learners_holds_no_expert():
    text = (
        PAIRING + "二、师带徒优秀师徒（2对）\n\n师傅｜徒弟（绥阳县人民医院）\n"
        "钱国平｜索朗旺堆（心内科主治医师）\n孙燕｜王晓丽（护理部副主任）\n\n"
        "钱国平带领团队建成绥阳县人民医院卒中中心。\n"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_notice_s_contact_is_no_expert():
    text = PAIRING + "金华市第一医院心内科主任医师钱国平驻点绥阳。\n联系人：医务科　杨主任　　联系电话：0851-1234567\n"
    assert experts(text) == {"钱国平"}


def test_who_signs_a_letter_for_the_body_above_is_no_expert():
    text = (
        PAIRING + "尊敬的金华市第一医院：\n贵院心内科主任医师钱国平在我院工作一年，建成了胸痛中心。\n"
        "此致\n敬礼！\n\n绥阳县人民医院\n院长：王晓丽\n2023年12月26日\n"
    )
    assert experts(text) == {"钱国平"}


def test_who_reads_out_the_team_or_decorates_it_at_its_send_off_is_a_host():
    text = (
        "3月1日上午，金华市第一医院举行第十一批援青医疗队员出征仪式。医院党委书记钱建华、院长孙海波等领导出席。\n"
        "本次出征的队员分别是：骨科主任医师王晓丽，将挂职绥阳县人民医院副院长；儿科主治医师孙燕。\n"
        "仪式上，钱建华为队员们佩戴大红花，孙海波宣读了援青队员名单。\n"
    )
    assert experts(PAIRING + text) == {"王晓丽", "孙燕"}


def test_a_name_the_article_writes_as_a_town_s_is_the_town():
    text = (
        "修水县医共体下沉医生进驻何市、余段、黄港分院。县人民医院内科主治医师孙燕、外科主治医师钱建华等12名医生，"
        "正式落户何市、余段、黄港三个分院（原何市镇卫生院、余段乡卫生院、黄港镇卫生院），开展驻点帮扶。"
    )
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("孙燕", "钱建华", "余段", "黄港"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"孙燕", "钱建华"}
    # (a name the table holds as a town's is a person's where the article writes no such town)
    text = PAIRING + "金华市第一医院心内科主治医师余段、外科主治医师钱建华常驻绥阳县人民医院。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("余段", "钱建华"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"余段", "钱建华"}


def test_gaiyuan_opening_a_title_after_a_hospital_people_are_posted_to_is_the_sender_and_the_cleft_posts_them():
    text = (
        "金华市中心医院对口帮扶修水县的乡镇卫生院。首批派驻何市镇中心卫生院的是该院消化内科副主任医师孙海波和"
        "普外科主治医师钱建华，派驻黄港镇中心卫生院的是呼吸内科主治医师于海燕和儿科主治医师雷春花，派驻期为半年。"
    )
    sent = links(text, Rel.SENDS)
    assert {("金华市中心医院", name) for name in ("孙海波", "钱建华", "于海燕", "雷春花")} <= sent
    posted = links(text, Rel.POSTED_TO)
    assert {("孙海波", "修水县何市镇中心卫生院"), ("钱建华", "修水县何市镇中心卫生院")} <= posted
    assert ("于海燕", "修水县黄港镇中心卫生院") in posted


def test_gaiyuan_opening_a_title_after_two_hospitals_that_pair_with_jiedui_bangfu_is_the_first():
    text = (
        "金华的援助也延伸至县一级。金华市第二医院与湟源县人民医院结对帮扶，该院妇产科副主任医师孙燕去年起驻点"
        "湟源县人民医院，推动当地孕产妇住院分娩率提升。"
    )
    assert ("金华市第二医院", "孙燕") in links(text, Rel.SENDS)
    assert ("孙燕", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_post_taken_on_secondment_at_a_hospital_that_also_gives_posts_the_person_there():
    text = (
        "金华市第一医院对口支援兵团第九师。第九师医院与一七〇团医院结对帮扶，派出专家驻点。"
        "金华市第一医院普外科主任医师王晓丽挂任第九师医院院长。"
    )
    posted = links(text, Rel.POSTED_TO)
    assert ("王晓丽", "第九师医院") in posted
    assert ("王晓丽", "一七〇团医院") not in posted


def test_on_a_giving_hospitals_own_page_people_sent_by_no_one_named_are_its_own():
    text = (
        "十年接力｜17名医护人员接力援青\n金华市中心医院　2024-08-20 08:30\n\n"
        "2015年8月，浙江省对口支援湟源县人民医院。九年来，中心医院先后有17名医护人员随浙江援青医疗队奔赴高原。"
        "2020年起，金华市中心医院还对口帮扶湟源县中医院。\n\n▍2015　第一批\n"
        "心内科医生钱国平随首批浙江援青医疗队进驻湟源县人民医院。他和队友建成首个心导管室。"
    )
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_hospital_offices_head_sent_to_run_a_county_hospital_is_an_expert_and_a_public_bodys_is_not():
    text = "金华市第一医院全面托管湟源县人民医院。金华市第一医院派出医务处处长钱国平任湟源县人民医院执行院长。"
    assert ("金华市第一医院", "钱国平") in links(text, Rel.SENDS)
    official = "金华市卫健委医政处处长孙燕带队看望了援青医疗队。金华市第一医院对口帮扶湟源县人民医院。"
    assert "孙燕" not in experts(official)


def test_a_unit_after_its_department_in_a_description_is_no_roster_entry():
    # 眼科门诊 is one unit, 眼科医生 a role: no list of people by department
    text = PAIRING + "孙燕到绥阳县人民医院时，医院只有眼科门诊，只有一名眼科医生，手术做不了。"
    assert "门诊" not in experts(text)


def test_the_first_part_of_a_local_dotted_name_is_that_local_person():
    # people there are called by the first part of their name: the local head named so later is no expert
    text = (
        PAIRING + "金华市第一医院心内科医生孙燕来到绥阳县人民医院。科里的主任艾克拜尔·托乎提是本地人。"
        "孙燕和艾克拜尔主任一起查房，把胸痛救治的流程画在白板上。"
    )
    found = experts(text)
    assert "孙燕" in found
    assert not any(name.startswith("艾克拜尔") for name in found)


def test_a_bracket_after_a_title_naming_the_sender_holds_the_destination():
    text = (
        "金华市对口帮扶湟源县。本批专家包括：金华市中心医院儿科副主任医师钱国平（湟源县人民医院）、"
        "金华市第二医院骨科主治医师孙海波（湟源县中医院）等。"
    )
    assert {"钱国平", "孙海波"} <= experts(text)
    assert ("钱国平", "湟源县人民医院") in links(text, Rel.POSTED_TO)
    assert ("孙海波", "湟源县中医院") in links(text, Rel.POSTED_TO)
    assert ("金华市第二医院", "孙海波") in links(text, Rel.SENDS)


def test_a_list_mark_and_its_space_are_no_part_of_the_name_after_them():
    text = (
        "金华市第一医院对口支援湟源县人民医院。本年度在湟源县人民医院工作的专家：\n"
        "· 范立平，金华市第一医院心血管内科副主任医师，任副院长\n"
        "· 葛立平，金华市第一医院儿科主治医师\n"
    )
    assert {"范立平", "葛立平"} <= experts(text)


def test_the_rows_of_a_roster_posted_nowhere_go_where_their_row_mates_are_posted():
    text = (
        "金华市第三批援青医疗队抵达西宁，在湟源县人民医院开展为期一年的帮扶。"
        "同时，金华市第一医院帮扶湟源县中医院，金华市第二医院帮扶湟源县妇幼保健院。\n"
        "本批队员名单：\n"
        "钱国平　金华市中心医院　心内科主任医师　任湟源县人民医院院长\n"
        "孙海波　东阳市人民医院　骨科副主任医师\n"
        "王晓丽　义乌市中心医院　儿科主治医师\n"
    )
    posted = links(text, Rel.POSTED_TO)
    assert ("钱国平", "湟源县人民医院") in posted
    assert ("孙海波", "湟源县人民医院") in posted
    assert ("王晓丽", "湟源县人民医院") in posted


def test_a_role_s_holder_after_a_copula_and_a_hospital_is_an_expert():
    text = (
        "金华市对口支援湟源县。这一批派到湟源县人民医院的医生有十几位。"
        "我们的领队是金华市中心医院的钱国平，他挂职湟源县人民医院院长。"
    )
    assert "钱国平" in experts(text)
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)


def test_a_roster_line_whose_person_takes_a_post_at_the_receiver_is_of_the_team():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，本批共派出队员3名。\n"
        "湟源县人民医院帮扶团队（3人）\n"
        "领队：钱国平（我院急诊科副主任），任湟源县人民医院院长\n"
        "孙燕（妇产科），任湟源县人民医院妇产科主任\n"
        "王晓丽（麻醉科），任麻醉科主任\n"
    )
    assert {"钱国平", "孙燕", "王晓丽"} <= experts(text)
    assert ("孙燕", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_a_dotted_name_ends_before_the_post_its_bearer_takes():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "帮扶团队负责人、金华市中心医院医务部副主任艾力·买买提任湟源县人民医院执行院长。"
    )
    assert "艾力·买买提" in experts(text)


def test_an_office_right_after_a_hospital_s_name_is_the_hospital_s_own():
    text = (
        "金华市对口帮扶湟源县。孙燕与金华市中心医院党委办公室副主任钱国平、金华市第一医院医务部副主任王晓丽一起，"
        "来到湟源县人民医院开展帮扶。"
    )
    assert {"钱国平", "王晓丽"} <= experts(text)
    # the article's own hospital's office head hosts the team
    assert "钱建华" not in experts(text + "院周会上，医院办公室主任钱建华介绍了情况。")


def test_people_a_health_commission_sends_are_not_its_officials():
    text = (
        "实验室建设的技术力量，来自金华市第一医院检验科主管技师孙海波。"
        "按照对口帮扶安排，金华市卫生健康委员会选派孙海波、金华市中心医院影像科技师王晓丽二人，"
        "到湟源县人民医院开展为期一年的帮扶。“难点在人和规矩。”孙海波说。"
    )
    assert "孙海波" in experts(text)
    # one the body sends who holds its own office is an official still
    assert "钱建华" not in experts("金华市卫生健康委员会选派金华市卫生健康局副局长钱建华到湟源县挂职。")


def test_a_name_the_recogniser_misses_between_a_role_and_a_comma_is_read():
    text = "金华市对口帮扶湟源县。来自金华市中心医院的消毒供应中心护士长严佳，负责湟源县人民医院的器械消毒工作。"
    assert "严佳" in experts(text)
    # (a word of the dictionary in the same place is no name)
    assert experts("金华市中心医院对口帮扶湟源县人民医院，开设专家门诊，每周三开放。") == set()
    assert experts("金华市中心医院对口帮扶湟源县人民医院。“金华专家来了，我们就有了主心骨。”") == set()
    # (or a semicolon ending a roster's item)
    text = (
        "金华市中心医院援青医疗队名单：\n· 心内科主任医师 钱国平；\n· 超声科主治医师 严佳；\n"
        "医疗队赴湟源县人民医院帮扶。"
    )
    assert "严佳" in experts(text)
    # (nor a verb of going that is a family name too, then a place, before the comma; a name of that family stays)
    assert experts("金华市中心医院对口帮扶湟源县人民医院。今年3月，金华的专家来湟源，开展为期一年的帮扶。") == set()
    assert experts("金华市中心医院对口帮扶湟源县人民医院，派驻心内科主任医师来晓东，帮扶一年。") == {"来晓东"}
    # (nor an adverb of degree after an adverb that is a family name too)
    assert experts("金华市中心医院对口帮扶湟源县人民医院。“县里的医生护士都很拼，我们也一样。”") == set()


def test_a_yi_name_the_recogniser_cuts_one_short_is_read_whole():
    text = "金华市中心医院对口帮扶湟源县人民医院，今年派出儿科副主任医师阿说拉则下沉到湟源，担任儿科主任。"
    assert "阿说拉则" in experts(text)
    # (a name of three read whole ends before a word that follows names)
    text = "金华市中心医院对口帮扶湟源县人民医院，选派儿科医师吉克明在湟源县人民医院工作。"
    assert "吉克明" in experts(text)


def test_a_mongolian_name_opening_with_a_word_of_eternity_is_read_whole():
    text = "金华市中心医院与湟源县人民医院组建医联体，下派心内科副主任医师孟克达来每周两天到湟源县人民医院坐诊。"
    assert "孟克达来" in experts(text)


def test_one_of_the_department_the_speaker_works_in_is_local_staff():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派驻骨科医生钱国平。"
        "“今天主刀的是我们科的孙海波主任，我就在旁边看着。”钱国平说。"
        "院长王晓丽说：“我们超声科的年轻医生于海燕进步很快。”"
    )
    found = experts(text)
    assert "钱国平" in found
    assert not found & {"孙海波", "于海燕"}


def test_one_of_a_giving_hospital_s_nursing_department_is_read_with_what_they_do_there():
    # (护理部 follows the hospital's name with no word between)
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "金华市中心医院护理部的孙燕在这里驻点8个月，推行护理质量管理。"
        "金华市第二医院检验科的钱建华帮助医院建成PCR实验室。"
    )
    assert experts(text) == {"孙燕", "钱建华"}
    # (the receiving hospital's own staff so written stay out)
    text = "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院检验科的于海燕说，实验室建成了。"
    assert experts(text) == set()


def test_a_numbered_row_of_a_department_a_space_a_name_and_its_hospital_in_brackets_names_the_person():
    text = (
        "金华援青医疗队在湟源县人民医院的100天。\n"
        "1. 心内科 钱国平（金华市中心医院）\n"
        "牵头建起了胸痛中心。\n"
        "2. 检验科 孙海波（金华市第二医院）\n"
        "帮检验科理顺了室内质控流程。"
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_a_post_held_at_the_receiver_before_the_name_gives_way_to_a_clause_saying_the_person_is_a_giver_s():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "现任湟源县人民医院常务副院长的钱建华，是金华市中心医院派出的第二任驻院院长。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱建华")}
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "现任湟源县人民医院院长的钱建华，是金华市中心医院普外科主任医师，也是第三批医疗队领队。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱建华")}
    # (one the clause says is the receiver's own stays the receiver's)
    text = "金华市中心医院对口帮扶湟源县人民医院。现任湟源县人民医院院长的于海燕，是土生土长的湟源人。"
    assert experts(text) == set()


def test_a_lead_that_only_mentions_learners_before_its_last_clause_leads_no_list_of_learners():
    text = (
        "金华市中心医院持续深化对湟源县人民医院的对口支援，全年派驻医师12名，接收进修人员17名。主要做法如下：\n\n"
        "一、选派骨干常驻受援医院\n"
        "金华市中心医院选派心内科副主任医师钱国平、儿科主治医师孙燕常驻湟源县人民医院。"
    )
    assert experts(text) == {"钱国平", "孙燕"}
    # (a lead whose last clause names the learners leads their list)
    text = "金华市中心医院对口帮扶湟源县人民医院。本批进修人员名单如下：\n1. 心内科医师于海燕\n2. 儿科医师王晓丽"
    assert experts(text) == set()


def test_a_name_cut_inside_a_form_of_address_is_no_one():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派驻护理部护士长钱建华。护士们私下叫她“孙姐姐”，其实她比一半的人都小。"
    )
    assert experts(text) == {"钱建华"}


def test_a_hospital_forming_a_team_of_a_quoted_kind_is_the_giver_its_people_are_of():
    text = (
        "2022年9月，金华市中心医院组建“组团式”帮扶团队入驻湟源县人民医院，"
        "该院神经外科主任医师孙海波出任湟源县人民医院院长。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    # (the copula's hospital, though another giving hospital is named before in the sentence)
    text = "金华市中心医院和金华市第二医院对口帮扶湟源县人民医院，队长孙海波是金华市中心医院普外科副主任医师。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}


def test_a_county_s_name_after_a_verb_of_taking_a_post_is_the_post_s_place_not_a_person():
    text = "金华市中心医院专家挂职桑植：帮山区患者抢回时间\n今年金华市中心医院共派出17名专家到桑植开展帮扶。"
    assert experts(text) == set()


def test_an_aid_doctor_heading_a_receivers_unit_whom_a_copula_makes_a_givers_is_an_expert():
    text = (
        "“要是在以前，这样的病人只能往州里转。”县人民医院重症医学科主任孙燕说。\n"
        "孙燕是金华市中心医院重症医学科副主任医师。今年1月，金华市中心医院选派由孙燕、呼吸治疗师钱国平组成的"
        "医疗小分队，来到湟源县人民医院。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙燕"), ("金华市中心医院", "钱国平")}
    # (one only ever named with the receiver's title stays its own)
    text = (
        "“要是在以前，这样的病人只能往州里转。”县人民医院重症医学科主任于海燕说。\n"
        "今年1月，金华市中心医院选派呼吸治疗师钱国平来到湟源县人民医院。"
    )
    assert experts(text) == {"钱国平"}


def test_gaiyuan_after_a_clause_where_someone_works_at_a_hospital_is_that_hospital():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出普外科主任医师钱国平驻点。\n"
        "图为钱国平（右二）在湟源县人民医院为患者做术前检查，左一为该院外科医生于海燕。"
    )
    assert experts(text) == {"钱国平"}
    # (in the clause of posting itself, 该院 is the one that posts: 派驻甲院的是该院医师某某)
    text = "金华市中心医院对口帮扶湟源县人民医院。首批派驻湟源县人民医院的是该院骨科医师钱国平。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平")}


def test_one_of_that_unit_of_a_receiving_hospital_named_before_is_its_own():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出疼痛科主任医师钱国平驻点。\n"
        "图为钱国平（右一）在湟源县人民医院疼痛科为患者进行治疗，左一为该科医生于海燕。"
    )
    assert experts(text) == {"钱国平"}
    # (that unit of a giving hospital sends its people)
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "金华市中心医院疼痛科是省级重点专科，该科医生于海燕今年驻点湟源县人民医院。"
    )
    assert experts(text) == {"于海燕"}


def test_one_named_after_the_role_of_leading_a_unit_whom_a_copula_makes_a_givers_is_an_expert():
    for lead in ("牵头人", "负责人", "带头人"):
        text = f"金华市中心医院对口帮扶湟源县人民医院。{lead}孙海波是金华市中心医院呼吸科副主任医师。"
        assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}, lead


def test_gaiyuan_among_ones_companions_is_the_hospital_of_the_first_named():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。金华市中心医院心血管内科主任医师孙海波挂职湟源县人民医院副院长，"
        "同批的还有该院检验科副主任技师王晓丽、泌尿外科副主任医师钱国平。"
    )
    assert experts(text) == {"孙海波", "王晓丽", "钱国平"}
    # (该院 of one who hosts the post's holder is the post's hospital)
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。金华市中心医院心血管内科主任医师孙海波挂职湟源县人民医院副院长，"
        "该院院长于海燕表示欢迎。"
    )
    assert experts(text) == {"孙海波"}


def test_dou_and_a_verb_after_a_title_are_all_of_them_doing_no_name():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，骨科医生钱国平驻点一年。"
        "护士长翻开笔记本：“这是他讲课时我记的，新来的护士都拿去复印。”"
    )
    assert experts(text) == {"钱国平"}


def test_one_following_an_expert_to_learn_since_a_time_is_taught():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出骨科主任医师钱国平驻点。"
        "本院骨科医生于海燕从开科起跟随钱国平学习，目前已能独立完成手术。"
    )
    assert experts(text) == {"钱国平"}


def test_one_now_able_to_work_alone_under_some_aid_is_taught():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出骨科主任医师钱国平驻点。"
        "此后，钱国平又手把手带教，科室年轻医生于海燕已能在C臂透视下独立完成穿刺。"
    )
    assert experts(text) == {"钱国平"}


def test_a_township_centre_by_its_kind_alone_in_a_title_where_aid_goes_to_one_is_its_own():
    text = (
        "湟源县人民医院对口帮扶城关镇卫生院，派出全科医生钱国平驻点。"
        "城关镇卫生院院长介绍，钱国平返回县城后，门诊由卫生院全科医生于海燕接手。"
    )
    assert experts(text) == {"钱国平"}


def test_a_given_name_that_is_a_word_of_where_makes_no_name():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出疼痛科医生钱国平驻点一月。"
        "“门诊定在每周三下午，我走以后由科里两位医生轮流出诊。”"
    )
    assert experts(text) == {"钱国平"}


def test_a_two_character_family_name_and_its_given_name_end_at_a_title_after_them():
    text = PAIRING + "我们队里金华市中心医院骨科的上官立新医生，挂职绥阳县人民医院副院长，开展了关节镜手术。"
    assert experts(text) == {"上官立新"}


def test_a_form_of_address_after_a_name_opening_a_profile_line_is_no_part_of_the_name():
    text = (
        PAIRING + "这次出征的两位同志，都是科室的业务骨干：\n"
        "钱建军同志，骨科副主任医师，本次担任领队，将挂职绥阳县人民医院副院长；\n"
        "孙燕同志，麻醉科主治医师，去年底主动递交了援黔申请书。"
    )
    assert experts(text) == {"钱建军", "孙燕"}


def test_a_padded_name_opening_a_profile_line_is_an_expert_posted_with_the_others():
    text = (
        "金华市中心医院与湟源县人民医院建立紧密型帮扶关系。\n首批帮扶专家名单如下：\n"
        "钱国平，骨科主任医师，挂任湟源县人民医院副院长；\n孙　燕，妇产科副主任医师；\n于海燕，护理部主管护师。"
    )
    assert experts(text) == {"钱国平", "孙燕", "于海燕"}
    assert ("孙燕", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_one_posted_in_the_capacity_of_an_aid_role_is_an_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出专家团队驻点。\n"
        "医务处的孙海波则以“管理专家”的身份驻点，帮助医院重新梳理了管理制度。"
    )
    assert experts(text) == {"孙海波"}


def test_a_local_doctor_said_with_others_to_work_alone_now_is_taught():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出心内科主任医师钱国平驻点。"
        "急诊的孙海波医生给我做了心电图，说是急性心梗。"
        "钱国平说：“我们总有一天要回去，但导管室会留下来，孙海波他们已经能独立做造影了。”"
    )
    assert experts(text) == {"钱国平"}


def test_the_hospital_in_brackets_after_a_name_and_its_form_of_address_is_the_persons():
    text = (
        "关于免去钱建军等同志挂职职务的通知\n"
        "援青医疗人才钱建军同志（金华市第一医院，原挂任湟源县人民医院副院长）、孙燕同志（金华市中心医院，"
        "原挂任修水县人民医院副院长）挂职期满，其挂职职务自然免除。"
    )
    assert {("金华市第一医院", "钱建军"), ("金华市中心医院", "孙燕")} <= links(text, Rel.SENDS)
    assert ("金华市第一医院", "孙燕") not in links(text, Rel.SENDS)


def test_a_han_family_name_before_a_mongolian_name_after_a_title_is_the_names():
    text = PAIRING + "首批两名医师已经到岗：呼吸与危重症医学科主治医师包乌日娜驻点绥阳县人民医院，主治医师钱国平同行。"
    assert experts(text) == {"包乌日娜", "钱国平"}


def test_a_name_that_is_a_word_too_is_a_name_where_the_next_clause_posts_the_person():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，首批专家如下：\n"
        "——神经内科主任医师雷鸣，驻点湟源县人民医院；\n——心内科副主任医师钱国平，驻点湟源县中医院。"
    )
    assert experts(text) == {"雷鸣", "钱国平"}


def test_a_list_item_naming_a_person_after_their_hospital_and_department_before_a_colon_is_an_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，2024年派出专家4名。专家工作成效：\n"
        "· 金华市中心医院肾内科钱国平：指导血液透析864例次，开展自体动静脉内瘘成形术47例；\n"
        "· 金华市第一医院心内科孙海波：完成冠脉造影426例。"
    )
    assert experts(text) == {"钱国平", "孙海波"}
    assert ("金华市第一医院", "孙海波") in links(text, Rel.SENDS)


def test_a_two_character_family_name_and_its_given_name_end_at_the_copula():
    text = (
        "湟源县人民医院迎来金华市中心医院的帮扶队。"
        "队长欧阳立新是金华市中心医院副院长、普外科主任医师，到任后将挂职湟源县人民医院院长。"
    )
    assert experts(text) == {"欧阳立新"}


def test_one_going_along_in_a_clause_of_their_own_takes_along_no_one_before():
    text = PAIRING + "金华市第一医院急诊科副主任钱国平带队赴绥阳县人民医院，护士长孙燕随行。"
    assert experts(text) == {"钱国平", "孙燕"}
    # (those who go along on a visit still look on)
    assert not experts(PAIRING + "省卫健委副主任孙海波带队调研，金华市第一医院院长钱国平、副院长于海燕等随团考察。")


def test_the_going_along_a_name_ran_on_into_is_no_part_of_it():
    assert _fix_span("超声科孙雪梅随队。", 3, 7, []) == (3, 6)


def test_the_head_a_receiving_hospitals_report_names_by_the_title_alone_is_its_own():
    text = (
        "湟源县人民医院2023年工作报告\n——在医院二届三次职工代表大会上\n院长　孙海波\n\n各位代表：\n"
        "一年来，在金华市中心医院的对口帮扶下，医院各项工作取得新进展。"
        "金华市中心医院派驻骨科主任医师钱国平挂任我院副院长，开展新技术12项。"
    )
    assert experts(text) == {"钱国平"}


def test_a_given_name_cut_before_its_last_character_ends_at_the_copula():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院心导管室正式投入使用。"
        "主刀医生钱志远是金华市中心医院心血管内科主任医师，去年2月以组团式帮扶专家身份来到湟源。"
    )
    assert experts(text) == {"钱志远"}


def test_a_given_name_ending_in_sheng_is_no_birth_before_a_date_and_a_deed():
    text = PAIRING + "骨科副主任医师钱志远、检验科主管技师蒙海生于1月22日抵达绥阳县。"
    assert experts(text) == {"钱志远", "蒙海生"}


def test_a_name_ends_before_a_conjunction_that_joins_the_team_to_it():
    text = "金华市第一医院与绥阳县人民医院组建紧密型医联体，派驻执行院长孙海及常驻专家3名。"
    assert experts(text) == {"孙海"}


def test_an_office_head_of_the_article_hospital_whom_the_next_clause_posts_is_sent():
    text = PAIRING + "医院办公室副主任孙海波，挂职绥阳县人民医院副院长，协助推进医院管理。"
    assert experts(text) == {"孙海波"}
    # (one who only goes along is not, nor a government office's head the clause posts)
    assert experts(PAIRING + "医院办公室副主任孙海波陪同考察。") == set()
    assert experts(text.replace("医院办公室", "县政府办公室")) == set()


def test_a_given_name_ends_before_a_time_and_a_deed_whatever_word_its_last_character_makes_with_the_time():
    # (远于 is a word: "farther than")
    text = PAIRING + "金华市第一医院心内科副主任医师钱志远于3月到绥阳县人民医院挂职业务副院长。"
    assert experts(text) == {"钱志远"}


def test_one_a_learner_speaking_joins_as_apprentice_is_the_teacher():
    text = (
        PAIRING + "记者：您和孙海波医生是怎么结成师徒的？\n"
        "王晓丽：2019年4月，金华市第一医院神经内科副主任医师孙海波来我们医院驻点帮扶。我自然就跟了他。"
    )
    assert experts(text) == {"孙海波"}
    # (whom an expert joins as apprentices are the taught)
    taught = PAIRING + "金华市第一医院骨科主任医师孙海波与本院医生王晓丽结成师徒。"
    assert experts(taught) == {"孙海波"}


def test_the_head_of_a_hospital_department_of_management_is_a_manager_not_an_official():
    text = PAIRING + "金华市第一医院医务部副部长王晓丽带领5名专家抵达绥阳县人民医院。"
    assert experts(text) == {"王晓丽"}
    assert experts(PAIRING + "省委组织部副部长王晓丽出席。") == set()


def test_a_hospital_a_health_group_takes_in_receives_from_the_hospital_that_leads_it():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。在省级医院帮扶的同时，海东市也将湟源县人民医院纳入"
        "海东市第一人民医院牵头的紧密型医联体。海东市第一人民医院急诊科副主任医师孙海波常驻湟源，协助搭建急救网络。"
    )
    assert links(text, Rel.SENDS) == {("海东市第一人民医院", "孙海波")}
    assert ("海东市第一人民医院", "湟源县人民医院") in links(text, Rel.PAIRS_WITH)


def test_two_provinces_short_names_run_into_a_word_of_friendship_are_a_slogan():
    text = (
        "鲁青情深 党建聚力——江苏援青医疗专家与湟源县两家医院开展党支部共建活动\n"
        "金华市第一医院对口帮扶湟源县人民医院。金华市第一医院骨科主任医师钱志远到岗。"
    )
    assert experts(text) == {"钱志远"}


@pytest.mark.parametrize("preposition", ["向", "给"])
def test_a_dotted_name_ends_before_a_preposition_of_whom_the_person_acts_towards(preposition):
    text = (
        "金华市第一医院对口支援湟源县人民医院。"
        f"金华市第一医院援青医疗队队员阿依古丽·买买提{preposition}当地护士讲解护理规范。"
    )
    assert experts(text) == {"阿依古丽·买买提"}


def test_one_known_by_a_bare_title_where_a_clause_sets_the_scene_in_a_receiving_place_works_there():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。11月4日，在湟源县城关镇卫生院，医生王晓丽为一名胸闷的老人做完心电图，"
        "随即通过远程心电系统上传。"
    )
    assert experts(text) == set()
    # (one whose title says whose they are is sent)
    assert experts(text.replace("，医生王晓丽", "，金华专家王晓丽")) == {"王晓丽"}


@pytest.mark.parametrize(
    "lines",
    [
        "考核组组长：省卫生健康委合作交流处处长雷鸣；\n成员：金华市中心医院医务处副处长王晓丽、金华市第二医院质控办主任孙雪梅。",
        "考核组组长：省卫生健康委合作交流处处长雷鸣；成员：金华市中心医院医务处副处长王晓丽、金华市第二医院质控办主任孙雪梅。",
        "验收组组长由省卫生健康委一级调研员雷鸣担任，成员包括金华市中心医院胸痛中心主任医师王晓丽等5名专家。",
        "督导组成员、金华市中心医院医务部副主任王晓丽为湟源县人民医院中层干部作了专题讲座。",
        "考核组由指挥部副总指挥雷鸣带队，省卫生健康委派出的医政专家王晓丽参加考核。",
    ],
)
def test_the_members_of_an_inspection_look_on_whatever_their_titles(lines):
    text = "金华市第一医院对口帮扶湟源县人民医院。金华市第一医院骨科主任医师钱志远驻点湟源县人民医院。\n" + lines
    assert experts(text) == {"钱志远"}
    # (a team that goes along to work is the team)
    assert experts(text.replace(lines, "检验科主管技师孙雪梅随行。")) == {"钱志远", "孙雪梅"}


def test_a_name_run_into_an_adverb_is_cut_where_the_article_writes_it_shorter_elsewhere():
    text = (
        "湟源县人民医院的手术室里，金华市第一医院普外科副主任医师孙海刚做完一台腹腔镜胆囊切除术。\n"
        "金华市第一医院与湟源县人民医院结对已有多年。2015年7月，孙海进藏，担任湟源县人民医院外科主任。\n"
        "“最难的不是手术，是观念。”孙海说。"
    )
    assert experts(text) == {"孙海"}


def test_the_length_of_a_career_makes_no_one_local():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院。本批帮扶队员：\n"
        "——王晓丽，全科副主任医师，从事临床工作22年，担任帮扶队队长；\n——孙雪梅，护师，负责护理培训。"
    )
    assert experts(text) == {"王晓丽", "孙雪梅"}
    # (one who has worked long where the aid goes is local)
    assert experts(PAIRING + "护士长王晓丽在绥阳县人民医院急诊科工作了12年，跟着专家学会了新技术。") == set()


def test_a_list_of_the_team_a_ceremony_reads_out_is_of_the_team():
    text = (
        "湟源县召开金华专家欢迎座谈会\n5月20日，金华市第三批赴湟源帮扶医疗专家欢迎座谈会在县卫生健康局召开。\n"
        "会上宣读了专家分配方案，本批3名专家将分别到湟源县人民医院、湟源县中医院开展为期半年的帮扶工作，具体如下：\n"
        "1.钱志远，金华市第一医院普外科副主任医师，派驻湟源县人民医院；\n"
        "2.孙雪梅，金华市中心医院妇产科主治医师，派驻湟源县人民医院；\n"
        "3.王晓丽，金华市中医院康复科主治医师，派驻湟源县中医院。\n"
    )
    assert experts(text) == {"钱志远", "孙雪梅", "王晓丽"}


def test_parallel_words_of_a_saying_are_no_names():
    text = PAIRING + "金华市卫生健康委员会负责人表示，将继续做好人才选派和保障工作，让援青干部人才安心、安身、安业。"
    assert experts(text) == set()
    # (three names of one family are names still)
    assert experts(PAIRING + "金华市第一医院派出骨科医生王刚、王强、王伟赴绥阳县人民医院。") == {"王刚", "王强", "王伟"}


def test_where_each_of_a_team_is_sent_later_in_the_article_is_where_they_are_posted():
    text = (
        "2015年8月，根据浙江省对口支援青海海东市的部署，王晓丽和金华市第一医院眼科主治医师孙雪梅等人一起，"
        "加入浙江省援青医疗队。\n王晓丽被派往湟源县人民医院。\n孙雪梅被派往湟中区人民医院。"
    )
    assert links(text, Rel.POSTED_TO) == {("王晓丽", "湟源县人民医院"), ("孙雪梅", "湟中区人民医院")}


@pytest.mark.parametrize(
    ("clauses", "found"),
    [
        ("纳西族，1979年出生，生前为金华市第一医院妇产科副主任医师", {"王晓丽"}),
        ("1966年出生，系金华市第一医院呼吸科副主任医师", {"王晓丽"}),
        # (what the copula says of one the receiving hospital employs makes them local)
        ("1966年出生，是绥阳县人民医院护士长", set()),
    ],
)
def test_clauses_of_who_a_person_is_stand_between_the_name_and_the_copula(clauses, found):
    assert experts(PAIRING + f"王晓丽，{clauses}。") == found


def test_who_speak_at_a_memorial_remember_the_one_it_is_for():
    text = (
        PAIRING + "绥阳县人民医院举行金华帮扶医生钱志远同志追思会。"
        "追思会上，金华市第一医院院长孙海波介绍了钱志远28年的从医生涯。"
    )
    assert experts(text) == {"钱志远"}


def test_a_head_s_title_alone_after_an_official_s_name_is_an_official_s():
    text = PAIRING + "1月19日上午，金华市卫健委主任孙海波、副主任王晓丽一行来到援黔医生钱志远家中看望慰问。"
    assert experts(text) == {"钱志远"}
    # (a hospital's heads are of the team that goes)
    text = PAIRING + "金华市第一医院院长孙海波、副院长王晓丽带领专家抵达绥阳县人民医院。"
    assert experts(text) == {"孙海波", "王晓丽"}


def test_a_heading_of_a_person_s_family_names_the_person():
    text = (
        "金华市第一医院走访慰问援青医生家属。\n钱伟家：钱伟挂职湟源县人民医院副院长。到岗两个月，他就帮助医院独立设置了"
        "泌尿外科。钱伟的妻子也是我院职工，独自照顾两个孩子。"
    )
    assert experts(text) == {"钱伟"}


def test_a_district_s_bare_name_opening_a_name_of_three_is_a_person_s_name():
    # (于洪 is a district's name without its level; 于洪涛 after a title is a person)
    text = (
        "浙江省第十批援青干部人才、现任湟源县人民医院副院长的于洪涛说，工作站要让专家常来常往。"
        "于洪涛来自金华市中心医院，2020年2月进青，是工作站的日常负责人。"
    )
    assert experts(text) == {"于洪涛"}
    assert ("金华市中心医院", "于洪涛") in links(text, Rel.SENDS)


def test_a_name_of_four_run_into_the_word_after_it_is_the_name_of_three_the_article_gives_more_often():
    text = (
        "看着老人顺利做完透析，我院援青医生孙雪梅长舒了一口气。\n"
        "今年2月，金华市中心医院肾内科副主任医师孙雪梅启程赴青，挂职湟源县人民医院副院长。"
        "“刚来时全院没有一名肾内科医生。”孙雪梅回忆。"
    )
    assert experts(text) == {"孙雪梅"}


def test_an_apposition_of_what_the_person_is_there_before_a_name_and_a_copula():
    text = (
        "金华市中心医院与湟源县人民医院建立对口帮扶关系。\n"
        "重症医学科的“当家人”孙海波，是金华市中心医院重症医学科副主任医师，去年随队来到湟源，今年主动申请延期。"
    )
    assert experts(text) == {"孙海波"}
    assert ("孙海波", "湟源县人民医院") in links(text, Rel.POSTED_TO)


def test_leading_a_task_is_no_ceremony_hosted():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        "挂职院长钱国平（金华市中心医院副院长）主持修订医院章程，梳理完善制度流程210项。"
    )
    assert experts(text) == {"钱国平"}
    # (one who hosts a ceremony looks on)
    assert experts(PAIRING + "绥阳县人民医院院长钱国平主持欢迎仪式，金华市第一医院专家孙燕发言。") == {"孙燕"}


def test_a_name_of_three_run_into_the_word_of_when_a_post_is_held_is_cut():
    assert _fix_span("领队孙建中原任金华市中心医院副院长", 2, 6, []) == (2, 5)
    assert _fix_span("金华市中心医院骨科副主任医师欧阳立现挂职湟源县人民医院副院长", 14, 18, []) == (14, 17)
    # (a name of four is whole before a verb of holding a post)
    assert _fix_span("领队欧阳立新任金华市中心医院副院长", 2, 6, []) == (2, 6)


def test_a_word_of_the_whole_opening_a_schedule_s_row_is_no_name():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，本周帮扶专家坐诊安排如下：\n"
        "11月16日　泌尿外科　孙海波　主任医师（下午安排手术）\n"
        "全天　普外科　钱志远　副主任医师（金华市中心医院普外科）"
    )
    assert experts(text) == {"孙海波", "钱志远"}


def test_a_dai_family_name_opens_a_name():
    text = (
        "金华市中医院对口帮扶湟源县中医院。金华市中医院针灸推拿科主治医师刀建军已驻点湟源县中医院半年。"
        "“目前康复科日均接诊患者30余人次。”刀建军说。"
    )
    assert experts(text) == {"刀建军"}


def test_a_dotted_name_ends_before_the_verb_of_saying():
    text = PAIRING + "“以前村里没人会用血糖仪。”队员、护士阿依古丽·买买提说。"
    assert experts(text) == {"阿依古丽·买买提"}


def test_an_emoji_bullet_opens_a_list_s_item_as_any_bullet_does():
    text = (
        "金华市中心医院　2022-07-16 08:30\n\n"
        "本批医疗队共3人，将赴湟源县人民医院开展为期一年的医疗帮扶工作。他们是——\n\n"
        "🔹领队：孙海波，骨科主任医师、教授，将担任湟源县人民医院副院长\n🔹王晓丽，普通外科副主任医师\n🔹孙燕，麻醉科主治医师\n"
    )
    assert experts(text) == {"孙海波", "王晓丽", "孙燕"}
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)


def test_one_learning_at_the_giver_now_is_a_trainee():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，金华市中心医院普外科主任医师钱国平挂职湟源县人民医院副院长。"
        "“收获很大。”在金华跟岗的外科医生孙燕说。"
    )
    assert experts(text) == {"钱国平"}


def test_a_nickname_in_quotation_marks_then_the_name_introduces_the_person():
    text = PAIRING + "“孙姐”叫孙雪梅，是金华市第一医院内分泌科主任医师，去年来到绥阳县人民医院。"
    assert experts(text) == {"孙雪梅"}


def test_an_ellipsis_ends_the_list_before_a_person_s_title_and_the_copula_names_the_sender():
    text = (
        "金华市对口支援湟源县。我们这支分队来自金华11家医疗机构：金华市中心医院、金华市第二医院、金华市中医院……"
        "队长孙海波是金华市中心医院普外科副主任医师，到岗后兼任湟源县人民医院副院长。"
    )
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}
    # (the copula's hospital, though another giving hospital is named before in the sentence)
    text = "金华市中心医院和金华市第二医院对口帮扶湟源县人民医院，队长孙海波是金华市中心医院普外科副主任医师。"
    assert links(text, Rel.SENDS) == {("金华市中心医院", "孙海波")}


def test_a_name_run_into_a_joining_word_is_cut_where_the_article_writes_it_shorter():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，普外科副主任医师孙海带队进驻。孙海介绍，一年来共开展手术320台。"
        "孙海和队友们在湟源的一年，正是县医院创建二甲的关键一年。"
    )
    assert experts(text) == {"孙海"}


def test_one_copula_after_a_list_of_titled_names_says_all_of_them_are_local():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。手术由金华市中心医院泌尿外科主任医师孙海波主刀；"
        "巡回护士王晓丽、器械护士孙燕均为湟源县人民医院手术室护士。"
    )
    assert experts(text) == {"孙海波"}
    assert experts(text.replace("均为湟源县人民医院手术室护士", "均来自湟源县人民医院手术室")) == {"孙海波"}


def test_a_page_s_line_of_its_hospital_s_heads_names_its_own_leaders():
    text = (
        "湟源县人民医院简介\n湟源县人民医院始建于1950年，是一所二级甲等综合医院。2016年起，金华市中心医院对口帮扶我院，"
        "先后派出专家46人次。\n院长：钱国平　　党委书记：孙燕\n副院长：孙海波（金华援青，挂职）、王晓丽\n"
        "现任院长钱国平，党委书记孙燕。"
    )
    assert experts(text) == {"孙海波"}


def test_bilingual_staff_interpreters_and_village_doctors_are_local():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，金华市中心医院呼吸科副主任医师钱国平挂职副院长。"
        "医院为每位专家配备了一名双语搭档：钱国平的搭档是重症医学科双语医生孙燕。"
        "在日月乡，村医王晓丽是钱国平的向导。“钱医生教我看心电图。”王晓丽说。"
    )
    assert experts(text) == {"钱国平"}


def test_one_a_teacher_takes_with_a_title_in_a_pact_of_apprentices_is_the_apprentice():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出内科主任医师钱国平、外科主任医师孙海波。"
        "钱国平带内科医生孙燕、王晓丽，孙海波带外科医生钱伟，双方签订师徒协议，明确每月带教内容。"
    )
    assert experts(text) == {"钱国平", "孙海波"}
    # (those one leads, 带领, are of the team)
    assert {"孙燕", "王晓丽"} <= experts(PAIRING + "孙海波带领内科医生孙燕、王晓丽组成医疗队，开展带教查房。")


def test_a_label_a_name_and_the_person_s_hospital_department_and_title_make_a_card():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，首例腹腔镜手术团队如下：\n"
        "主刀：孙海波，金华市中心医院普外科主任医师\n巡回护士：王晓丽，湟源县人民医院手术室\n"
        "器械护士：孙燕，湟源县人民医院手术室护士"
    )
    assert experts(text) == {"孙海波"}
    assert ("金华市中心医院", "孙海波") in links(text, Rel.SENDS)


def test_a_name_right_after_its_hospital_s_department_is_an_expert():
    text = (
        "金华市对口支援湟源县，第二批医疗队抵达湟源县人民医院。金华市第二医院急诊科钱国平帮助医院建立了创伤中心。"
        "金华市中心医院胸外科孙海波、麻醉科孙燕在湟源县人民医院工作。"
    )
    assert experts(text) == {"孙海波", "钱国平", "孙燕"}
    assert ("金华市第二医院", "钱国平") in links(text, Rel.SENDS)
    # (a department's last character the recogniser runs into the name is cut off)
    assert _fix_span("麻醉科孙海波在湟源县人民医院工作", 2, 6, []) == (3, 6)


def test_the_rows_of_a_roster_of_hospital_and_department_then_name_are_experts():
    text = (
        "金华市对口支援湟源县。\n第三批队员抵达湟源县人民医院。主要队员有：\n"
        "金华市中心医院心血管内科 钱国平\n金华市第二医院神经外科 孙海波\n"
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_the_names_a_dash_after_a_titled_teacher_leads_to_are_apprentices():
    text = (
        "湟源县人民医院举行师带徒结对仪式，金华市中心医院援派专家与医院青年医生结为师徒。师徒名单如下：\n"
        "金华市中心医院普外科副主任医师钱国平——孙燕、王晓丽；\n"
        "金华市第二医院检验科主管技师孙海波——于海燕、包乌日娜。\n"
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_a_name_may_end_before_a_preposition_whose_clause_says_what_the_person_does():
    assert _name_ends_after("欧阳立新向考察组介绍了近期工作", 4)
    assert _name_ends_after("钱国平给患者做了手术", 3)
    # (a preposition with no verb of doing after it in its clause tells nothing)
    assert not _name_ends_after("钱国平向东，", 3)


def test_a_name_ends_before_ji_before_where_the_person_goes():
    text = PAIRING + "首批帮扶专家——神经外科主任钱国平、护理部副主任孙燕即赴绥阳开展工作。"
    assert experts(text) == {"钱国平", "孙燕"}


def test_names_a_long_list_counts_among_the_receiving_side_s_own_are_local():
    text = (
        "金华市第一医院对口帮扶湟源县人民医院，选派医疗队进驻，队长为神经外科副主任医师钱国平。\n"
        "骨科医生孙海波、妇产科护士长王晓丽等12名当地骨干在带教中迅速成长。\n"
    )
    assert experts(text) == {"钱国平"}


def test_gai_yuan_after_a_team_led_by_it_and_an_opening_clause_is_the_team_s_hospital():
    # (an officer's rank beside the post is a title too)
    text = (
        "金华市第一医院第五批医疗队一行6人抵达湟源县，正式进驻湟源县人民医院。\n"
        "据了解，本批医疗队由该院普通外科副主任、上校钱国平担任队长，队员包括肾内科副主任医师孙海波（中校）。\n"
    )
    assert experts(text) == {"钱国平", "孙海波"}
    assert ("金华市第一医院", "钱国平") in links(text, Rel.SENDS)


def test_the_names_a_verb_of_teaching_takes_are_learners():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出护理部副主任钱国平。钱国平把护理流程一条条教给本院护士孙燕和王晓丽。"
        "一年来，她带出护理骨干于海燕、包乌日娜等十余人。"
    )
    assert experts(text) == {"钱国平"}
    text = PAIRING + "金华市第一医院中医科医师钱国平开设了中医综合治疗区，手把手教卫生院医生孙燕、王晓丽针刺和艾灸。"
    assert experts(text) == {"钱国平"}


def test_those_a_list_or_a_clause_sends_to_learn_are_trainees():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派驻神经内科副主任医师钱国平。"
        "湟源县人民医院神经内科主治医师孙燕、手术室护士王晓丽和检验科技师于海燕此前在金华市中心医院完成了为期六个月的进修。"
        "赴金华跟岗的3名人员为：外科医生孙海波、护士包乌日娜、药师王占云。"
        "启动会上，医院心内科医生雷鸣、呼吸科医生蒙海生等10名年轻医生分别拜帮扶专家为师。"
    )
    assert experts(text) == {"钱国平"}
    text = (
        "湟源县人民医院5名医务人员启程前往金华市中心医院进修。本批学员分别是：外科孙海波、内科孙燕、检验科王晓丽、"
        "儿科于海燕、护理部包乌日娜。金华市中心医院对口帮扶湟源县人民医院，派驻神经内科副主任医师钱国平。"
    )
    assert experts(text) == {"钱国平"}


def test_a_name_ends_before_ge_and_the_wai_of_chu():
    text = PAIRING + "全年派驻专家5人次，其中消化科副主任医师钱国平、麻醉科主治医师孙燕各驻点半年。"
    assert experts(text) == {"钱国平", "孙燕"}
    text = PAIRING + "为孩子看诊的，是金华市第一医院儿科主治医师孙燕。除孙燕外，金华市第一医院还派出了骨科医生钱国平。"
    assert "孙燕外" not in experts(text)


def test_the_winners_an_award_s_lead_lists_in_a_sentence_are_no_experts():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，全年派驻专家钱国平等5人。"
        "开展主题教育，评选年度“十佳医生”：孙海波、于海燕、王晓丽。"
    )
    assert experts(text) == {"钱国平"}


def test_a_roster_s_rows_parted_by_single_spaces_keep_whole_names_and_the_nursing_department():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。本批医疗队共3人，名单如下：\n\n金华市中心医院（派驻湟源县人民医院）：\n"
        "钱国平 普外科 副主任医师（队长）\n孙燕 护理部 主管护师\n包乌日娜 康复医学科 主治医师\n"
    )
    assert experts(text) == {"钱国平", "孙燕", "包乌日娜"}


def test_a_hospital_s_short_name_ending_with_yuan_is_no_name():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。本批医疗队名单如下：\n金大一院（派驻湟源县人民医院）：\n"
        "钱国平 普外科 副主任医师（队长）\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_given_name_s_last_character_before_a_role_is_taken_where_the_segmenter_reads_no_word_across():
    # (人主 is a word, but the segmenter reads 人 alone before 主任 here)
    sentence = "钱树人主任来自金华市中心医院，三年来带领团队成立了重症医学科。"
    assert _fix_span(sentence, 0, 2, [(3, 5)]) == (0, 3)
    # (but 带领 is read as a word before 领队: 钱国平|带领队员…)
    assert _fix_span("钱国平带领队员前往湟源县", 0, 3, [(4, 6)]) == (0, 3)


def test_a_given_name_s_second_character_that_opens_what_the_person_does_is_none_of_it():
    text = PAIRING + "凌晨，在绥阳县人民医院挂职的金华市第一医院专家雷鸣接到县医院电话后，第一时间赶到医院。"
    assert not any(name.startswith("雷鸣") and len(name) > 2 for name in experts(text))
    assert _fix_span("钱伟开展义诊", 0, 3, []) == (0, 2)


def test_those_a_receiving_hospital_is_put_in_the_charge_of_are_the_givers_experts():
    text = (
        "绥阳县人民医院、湄潭县人民医院与金华市中心医院签订对口帮扶协议。金华市中心医院首批选派的4名专家当天出发："
        "绥阳县人民医院由普外科主任医师钱国平、护士长孙燕负责；湄潭县人民医院由儿科副主任医师于海燕、检验科主管技师钱伟负责。"
    )
    assert experts(text) == {"钱国平", "孙燕", "于海燕", "钱伟"}
    assert ("钱伟", "湄潭县人民医院") in links(text, Rel.POSTED_TO)
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)


def test_a_roster_s_rows_of_a_hospital_a_department_and_a_name_parted_by_spaces_list_experts():
    text = (
        "金华市第五批援黔医疗队出征。队员名单如下：\n"
        "金华市中心医院 消化内科 钱国平、麻醉科 孙燕；\n金华市第一医院 妇产科 于海燕；\n金华市中医院 针灸科 钱伟。\n"
        "其中，钱国平、孙燕进驻绥阳县人民医院，于海燕赴湄潭县人民医院，钱伟赴湄潭县中医院。"
    )
    assert experts(text) == {"钱国平", "孙燕", "于海燕", "钱伟"}
    assert {("金华市第一医院", "于海燕"), ("金华市中医院", "钱伟")} <= links(text, Rel.SENDS)
    assert {("于海燕", "湄潭县人民医院"), ("钱伟", "湄潭县中医院")} <= links(text, Rel.POSTED_TO)


def test_a_two_character_family_name_s_name_before_an_adverb_is_an_expert():
    text = "在湄潭县人民医院手术室里，来自金华市中心医院的援黔专家上官明远正带着当地医生完成一台手术。"
    assert experts(text) == {"上官明远"}


@pytest.mark.parametrize("gap", ["  ", "\t"])
def test_a_table_s_row_with_the_person_s_sex_between_the_name_and_the_own_hospital_lists_an_expert(gap):
    header = gap.join(["序号", "受援单位", "姓名", "性别", "派出单位", "科室", "职称"])
    rows = [
        gap.join(["1", "绥阳县人民医院", "钱国平", "男", "金华市中心医院", "普外科", "副主任医师"]),
        gap.join(["2", "湄潭县人民医院", "孙燕", "女", "金华市第一医院", "儿科", "主治医师"]),
    ]
    text = (
        "金华市援黔医疗队队员名单\n根据对口支援工作部署，第五批金华市援黔医疗队共2人，将于7月赴黔开展帮扶工作。"
        "现将名单公布如下：\n" + "\n".join([header, *rows])
    )
    assert experts(text) == {"钱国平", "孙燕"}
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平"), ("金华市第一医院", "孙燕")}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "绥阳县人民医院"), ("孙燕", "湄潭县人民医院")}


def test_a_table_s_column_of_the_receiving_hospital_s_contacts_holds_no_experts():
    text = (
        "金华市中心医院专家到绥阳县人民医院坐诊的公告\n为落实对口帮扶工作，金华市中心医院专家将于下月起在我院坐诊。\n"
        "专家姓名 性别 派出单位 职称 坐诊科室 本院联络人 坐诊时间\n"
        "钱国平 男 金华市中心医院 主任医师 消化内科 孙海波 周一至周五\n"
        "于海燕 女 金华市中心医院 主任医师 普外科 王晓丽 周二、周四"
    )
    assert experts(text) == {"钱国平", "于海燕"}


def test_a_headline_s_word_before_a_bar_is_no_name():
    text = (
        "公示｜金华市中心医院2024年下半年对口帮扶人员名单\n根据对口帮扶协议，现将派驻人员名单公示如下：\n"
        "序号 姓名 性别 科室 职称 派驻单位\n1 钱国平 男 肾内科 副主任医师 绥阳县人民医院\n"
        "2 孙燕 女 妇产科 主治医师 湄潭县人民医院"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_tables_column_of_experts_holds_names_as_one_of_names_does():
    # a column labelled by the people it lists (派驻专家), not by their names (姓名); its cells of departments and
    # titles are no names, whatever family name they open with
    text = (
        "金华市对口帮扶医院派驻专家一览\n"
        "帮扶医院｜受援医院｜派驻专家｜专业\n"
        "金华市中心医院｜绥阳县人民医院｜钱国平｜心血管内科\n"
        "金华市第一医院｜湄潭县人民医院｜孙燕｜康复医学科\n"
    )
    assert experts(text) == {"钱国平", "孙燕"}
    assert links(text, Rel.SENDS) == {("金华市中心医院", "钱国平"), ("金华市第一医院", "孙燕")}
    assert not experts(text.replace("钱国平", "骨科").replace("孙燕", "儿科"))


PAIRS_OF_THREE = "金华市中心医院对口帮扶绥阳县人民医院、湄潭县人民医院和凤冈县人民医院。"


def test_those_a_receiving_hospital_welcomes_are_the_givers_experts():
    text = PAIRS_OF_THREE + "绥阳县人民医院此次迎来心内科主任医师钱国平和检验科技师孙燕。"
    assert experts(text) == {"钱国平", "孙燕"}


def test_both_of_a_pair_a_cleft_sends_to_a_county_s_hospital_are_experts():
    text = (
        PAIRS_OF_THREE
        + "派往绥阳县人民医院的是神经内科副主任医师钱国平和康复科主治医师孙燕。到岗后，两人帮助该院成立了卒中中心。"
    )
    assert links(text, Rel.POSTED_TO) == {("钱国平", "绥阳县人民医院"), ("孙燕", "绥阳县人民医院")}


@pytest.mark.parametrize("listed", ["内分泌科于海燕、检验科钱伟两位医生", "内分泌科于海燕和检验科钱伟"])
def test_every_entry_of_a_list_of_a_department_and_a_name_is_an_expert(listed):
    text = PAIRS_OF_THREE + f"派往湄潭县人民医院的则是{listed}。"
    assert experts(text) == {"于海燕", "钱伟"}


def test_one_the_expert_travels_with_is_of_the_team_whatever_place_they_come_from():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。金华市中心医院呼吸科副主任医师钱国平常说要留下东西。"
        "去年8月，他和重症医学科主治医师钱志远一起，从金华来到湄潭县人民医院。"
    )
    assert experts(text) == {"钱国平", "钱志远"}


def test_a_young_doctor_in_a_receiving_hospital_s_unit_the_sentence_opens_in_works_there():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。“钱主任，这个病人的片子您再帮着看看？”早上八点，湄潭县人民医院影像科里，"
        "年轻医生孙海波拿着片子找到了金华市中心医院放射科副主任医师钱国平。"
    )
    assert experts(text) == {"钱国平"}


def test_a_letter_signed_by_a_receiving_hospital_and_its_head_makes_its_staff_local():
    text = (
        "致金华市中心医院的感谢信\n尊敬的金华市中心医院领导：\n"
        "去年以来，贵院选派钱国平等5名专家来我院开展对口帮扶工作。钱国平主任带领外科团队完成我院首例腹腔镜手术。\n"
        "“专家走了，技术留下了。”这是我院外科主任钱志远常说的一句话。\n湄潭县人民医院\n院长：孙海波\n2024年5月6日"
    )
    assert experts(text) == {"钱国平"}


@pytest.mark.parametrize(
    "learning",
    ["儿科医生孙海波也在贵院专家推荐下，赴金华进修了半年。", "护士长王晓丽也于去年完成了导管室护理专科培训。"],
)
def test_one_sent_to_learn_after_a_clause_of_whose_advice_or_who_finished_a_training_is_no_expert(learning):
    text = "金华市中心医院对口帮扶湄潭县人民医院，选派消化内科主任医师钱国平驻点一年。" + learning
    assert experts(text) == {"钱国平"}


def test_one_who_gives_a_training_is_still_an_expert():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，选派消化内科主任医师钱国平驻点一年。护士长王晓丽完成了对当地护士的培训。"
    )
    assert experts(text) == {"钱国平", "王晓丽"}


def test_a_card_s_line_of_a_name_a_space_and_a_centre_s_title_is_an_expert():
    text = (
        "近日，金华市中心医院包虫病防治专家组来到湄潭县，开展筛查与巡回义诊。\n▍专家组成员\n"
        "钱卫平 肝胆中心副主任医师\n孙燕 超声医学科主治医师\n▍筛查足迹"
    )
    assert experts(text) == {"钱卫平", "孙燕"}


@pytest.mark.parametrize(
    "taught", ["不时叮嘱身边的年轻医生孙海波和王晓丽注意新生儿的血氧变化", "还带着年轻医生孙海波、王晓丽一起整理病例"]
)
def test_young_doctors_an_expert_instructs_or_takes_along_are_learners(taught):
    text = (
        f"清晨7点半，湄潭县人民医院儿科病房，金华市中心医院帮扶专家钱国平已经开始了一天的查房。他俯身听诊，{taught}。"
    )
    assert experts(text) == {"钱国平"}


@pytest.mark.parametrize(
    "learning",
    [
        "湄潭县人民医院消化内科医生孙海波赴金华市中心医院进修，跟随内镜室主任钱志远学习。",
        "孙海波介绍，进修期间她跟随金华市中心医院神经内科带教老师钱志远教授参加门诊和查房。",
    ],
)
def test_the_teacher_trainees_follow_where_they_learn_away_is_not_sent(learning):
    text = "金华市中心医院对口帮扶湄潭县人民医院，选派消化内科主任医师钱国平驻点一年。" + learning
    assert experts(text) == {"钱国平"}


def test_an_aid_expert_trainees_follow_where_they_learn_is_still_an_expert():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，选派消化内科主任医师钱国平驻点一年。"
        "乡镇卫生院医生孙海波到县医院进修，跟随帮扶专家钱志远学习。"
    )
    assert experts(text) == {"钱国平", "钱志远"}


def test_no_name_begins_inside_a_word_a_window_cut():
    # (感|谢科室同事: a window that starts at 谢 reads 谢科室 as a name)
    text = (
        "金华市中心医院举行援黔医疗队员欢迎会，迎接钱国平、孙燕两名同志圆满完成为期一年的帮扶任务归来。"
        "去年，钱国平、孙燕分别前往与我院结对的湄潭县人民医院、凤冈县人民医院开展帮扶。"
        "欢迎会由院党委副书记王晓丽主持。院长为两位队员献上鲜花，并感谢科室同事在他们援黔期间分担工作。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_the_head_of_a_township_centre_the_sentence_names_before_by_its_kind_alone_is_local():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。近日，金华市中心医院专家团队赴湄潭县开展巡回义诊。"
        "神经内科主任医师钱国平在城关镇卫生院查房时，为卫生院医生讲解了脑卒中早期识别要点，卫生院院长孙海波认真记录。"
    )
    assert experts(text) == {"钱国平"}


@pytest.mark.parametrize(
    "taught",
    [
        "她带着内科护士孙海波、王晓丽，从胰岛素注射讲起",
        "她带着内科护士乌日娜、孙海波，从胰岛素注射讲起",
        "她对麻醉科护士孙海波、王晓丽进行了三个月的专项培训",
        "医院已挑选护士孙海波、王晓丽2人，将由钱国平带教重症护理技能",
        "目前，护士孙海波、王晓丽已完成模拟训练",
    ],
)
def test_the_nurses_an_expert_takes_along_or_trains_are_learners(taught):
    text = "金华市中心医院对口帮扶湄潭县人民医院，选派护理部副主任钱国平驻点半年。" + taught + "。"
    assert experts(text) == {"钱国平"}


def test_where_a_service_is_extended_is_no_one_s_posting():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，选派护理部副主任钱国平驻点半年。湄潭县人民医院院长孙燕介绍，"
        "钱国平来院后共培训护士30人次，下一步护理门诊将延伸到日月乡、城关镇卫生院。"
    )
    assert experts(text) == {"钱国平"}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湄潭县人民医院")}


def test_a_county_of_the_giving_province_its_people_stay_in_receives():
    text = (
        "金华市中心医院2023年对口帮扶工作总结\n"
        "2023年，金华市中心医院共承担东西部协作和省内山海协作两项帮扶任务，派出医疗人才12人。\n"
        "东西部协作方面，医院对口帮扶贵州省湄潭县人民医院。心内科副主任医师钱国平任帮扶队队长，挂职湄潭县人民医院副院长。\n"
        "山海协作方面，呼吸科副主任医师孙燕、主治医师王晓丽常驻衢州市开化县人民医院，协助其成立呼吸与危重症医学科。"
        "开化县人民医院副院长于海燕表示，该科已成为县内病人最多的科室之一。"
    )
    assert experts(text) == {"钱国平", "孙燕", "王晓丽"}
    assert ("金华市中心医院", "孙燕") in links(text, Rel.SENDS)
    assert ("孙燕", "衢州市开化县人民医院") in links(text, Rel.POSTED_TO)


def test_a_head_who_speaks_to_the_team_at_its_ceremony_is_not_of_it():
    text = (
        "1月8日上午，金华市中心医院第十批对口帮扶医疗队出征仪式举行，队员钱国平、孙燕将赴湄潭县人民医院驻点。"
        "仪式上，于洪涛院长对队员们提出殷切希望。队员代表钱国平表示，一定不负重托。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_name_does_not_run_into_the_adverb_of_a_total():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。专家组组长、肾内科副主任医师孙燕介绍，两个月里，"
        "她和眼科主治医师钱伟共开展教学查房36次。"
    )
    assert experts(text) == {"孙燕", "钱伟"}


def test_one_a_word_of_sending_takes_who_then_takes_a_post_with_ren_alone_is_sent():
    text = "金华市中心医院托管湄潭县人民医院，派驻钱国平任湄潭县人民医院执行院长，派驻孙燕任挂职副院长。"
    assert experts(text) == {"钱国平", "孙燕"}
    assert ("钱国平", "湄潭县人民医院") in links(text, Rel.POSTED_TO)


def test_a_cadre_the_giver_posted_is_an_expert():
    text = (
        "金华市中心医院托管湄潭县人民医院两年。湄潭县人民医院党委副书记、金华市中心医院派驻干部钱国平说，"
        "托管两年来医院变化很大。"
    )
    assert experts(text) == {"钱国平"}


def test_one_of_the_receiving_hospital_s_own_leaders_picked_out_by_qizhong_is_local():
    text = (
        "金华市中心医院全面托管湄潭县人民医院，派驻普外科主任医师钱国平担任湄潭县人民医院执行院长。"
        "湄潭县人民医院原有领导班子成员保持不变，其中副院长孙海波继续分管后勤和基建。"
    )
    assert experts(text) == {"钱国平"}


def test_a_member_s_line_names_one_whatever_family_name_the_lexicon_lacks():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，每批派驻专家工作一年。本批队员名单如下：\n"
        "队长：钱国平（普外科主任医师）\n"
        "队员：岩光（心血管内科副主任医师）\n"
        "队员：线丽华（检验科主管技师）\n"
    )
    assert experts(text) == {"钱国平", "岩光", "线丽华"}


def test_a_dotted_name_a_word_of_sending_takes_is_an_expert():
    text = "金华市中心医院与湄潭县人民医院结对，派出主任医师买买提·艾力到湄潭县人民医院驻点，开设了治未病中心。"
    assert experts(text) == {"买买提·艾力"}


def test_a_name_does_not_run_into_the_opening_of_chu_wai():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。与他同批来的还有护士长孙燕、超声科医师钱伟。"
        "孙燕牵头修订护理制度23项；钱伟除在县人民医院工作外，每周到日月乡卫生院坐诊。"
    )
    assert {"孙燕", "钱伟"} <= experts(text)
    assert "钱伟除" not in experts(text)


def test_heads_who_attend_a_signing_look_on():
    text = (
        "12月1日，金华市中心医院对口帮扶湄潭县人民医院签约仪式举行。湄潭县卫生健康局局长王占云，"
        "金华市中心医院副院长于海燕，湄潭县人民医院院长孙海波等参加签约仪式。首批专家钱国平、孙燕当天到岗。"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_each_entry_of_a_list_its_members_word_opens_after_its_hospital_is_an_expert():
    text = (
        "2023年，金华市中心医院与湄潭县人民医院深化组团式帮扶，第十一批医疗人才由钱国平带队，"
        "成员有金华市第二医院孙燕、金华市中医院王晓丽等8人。"
    )
    assert experts(text) == {"钱国平", "孙燕", "王晓丽"}


def test_a_compound_family_name_of_the_baijiaxing_opens_a_name_of_four():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。"
        "金华市中心医院急诊科副主任医师淳于立新传来消息，湄潭县人民医院成立了胸痛中心。"
    )
    assert experts(text) == {"淳于立新"}


def test_a_dateline_of_a_place_and_xun_is_no_name():
    text = (
        "金华专家在湄潭开设门诊\n"
        "高阳讯 近日，湄潭县人民医院多学科联合诊疗（MDT）门诊正式开诊。"
        "这是金华市中心医院组团式医疗队帮助该院开设的第一个MDT门诊。"
    )
    assert not experts(text)


def test_a_numbered_heading_of_a_province_and_its_posting_names_no_one():
    text = (
        "近日，浙江、江苏新一批医疗帮扶专家陆续抵达湄潭县。现将专家名单及派驻单位公布如下：\n"
        "二、江苏省（派驻湄潭县人民医院）\n"
        "领队：钱国平，金华市中心医院副院长\n"
        "队员：孙燕（金华市中心医院，康复科主治医师）\n"
    )
    assert experts(text) == {"钱国平", "孙燕"}


def test_a_name_does_not_run_into_a_joiner_before_a_unit_s_titled_name():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。金华市中心医院派出的帮扶专家、神经内科主治医师王平"
        "和康复医学科治疗师孙燕，正在湄潭县城关镇卫生院驻点。"
    )
    assert experts(text) == {"王平", "孙燕"}


def test_a_dotted_name_in_a_roster_with_departments_in_brackets_is_an_expert():
    text = (
        "金华市中心医院第五批组团式医疗队抵达湄潭县人民医院。\n"
        "队员：孙燕（呼吸与危重症医学科）、钱伟（泌尿外科）、王晓丽（护理部）、热依拉·买买提（超声科）\n"
    )
    assert experts(text) == {"孙燕", "钱伟", "王晓丽", "热依拉·买买提"}


def test_one_back_from_learning_away_is_a_trainee():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，选派普外科主任医师钱国平驻点一年。湄潭县人民医院还选派12名骨干到金华进修，"
        "其中外科医生孙海波学成归来后已独立开展腹腔镜手术40余台。"
    )
    assert experts(text) == {"钱国平"}


def test_a_titled_name_and_its_copula_before_a_name_say_what_another_person_is():
    # (on the receiving hospital's page, its doctor who is the expert's apprentice: not a title of the expert's)
    text = (
        "金华市中医院专家扎根湟源\n"
        "本批帮扶专家为：针灸科主任医师钱国平，脾胃病科副主任医师孙燕。两位专家在湟源县中医院工作一年。\n"
        "我院针灸科医生于海燕是钱国平的徒弟。\n"
        "（湟源县中医院 办公室）"
    )
    assert experts(text) == {"钱国平", "孙燕"}


@pytest.mark.parametrize("joint", ["，", ""])
def test_one_whom_a_hospital_named_after_the_name_sends_to_take_a_post_is_an_expert(joint):
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。"
        f"去年4月从金华来到湟源的钱国平{joint}由金华市中心医院派驻担任湟源县人民医院执行院长。"
    )
    assert experts(text) == {"钱国平"}
    assert links(text, Rel.POSTED_TO) == {("钱国平", "湟源县人民医院")}


def test_one_of_a_group_the_sentence_before_sends_to_learn_is_a_trainee():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出重症医学科专家钱国平担任科主任。"
        "医院选派的6名本地医护人员先后到金华进修，护士长孙燕就是其中之一。"
    )
    assert experts(text) == {"钱国平"}
    # (one of the people sent to give aid is one of them)
    sent = "金华市中心医院对口帮扶湟源县人民医院，先后派出6名专家。重症医学科主任医师孙燕就是其中之一。"
    assert experts(sent) == {"孙燕"}


def test_a_nurse_quoted_with_an_adverb_before_the_verb_of_saying_is_no_expert():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出神经内科专家钱国平。"
        "湟源县人民医院神经内科主任于海燕说，科里已有5名本地医生能独立完成溶栓。"
        "护士孙燕则说：“金华老师手把手教，我们心里有底了。”"
    )
    assert experts(text) == {"钱国平"}


def test_yu_before_a_time_ends_no_name():
    text = (
        "金华市中心医院与湟源县人民医院结对帮扶。"
        "金华市中心医院神经内科主治医师钱伟、影像科医生丁一于去年8月进驻湟源县人民医院。"
    )
    assert experts(text) == {"钱伟", "丁一"}


def test_a_hospitals_own_appointments_under_a_heading_or_a_lead_of_its_own_staff_are_no_experts():
    text = (
        "湟源县人民医院关于聘任挂职干部及中层干部的通知\n\n"
        "根据东西部协作工作安排，金华市中心医院继续对口帮扶我院。现将有关人员聘任事项通知如下：\n\n"
        "一、聘任挂职干部（东西部协作帮扶专家）\n\n"
        "聘任钱国平同志（金华市中心医院心血管内科主任医师）为湟源县人民医院挂职副院长；\n\n"
        "二、聘任中层干部（本院）\n\n"
        "聘任孙燕同志为骨科主任；\n\n"
        "聘任王平同志为医务科科长，免去其院办公室副主任职务。\n"
    )
    assert experts(text) == {"钱国平"}
    listed = (
        "湟源县人民医院关于聘任中层干部的决定\n\n"
        "经医院党委会议研究决定，聘任下列同志为中层干部，聘期三年：\n\n"
        "孙燕　心血管内科主任\n"
        "王平　普外科主任\n\n"
        "另，金华市中心医院继续对口支援我院，聘任该院神经外科副主任医师钱国平为我院挂职业务副院长。\n"
    )
    assert experts(listed) == {"钱国平"}


def test_rows_of_appointments_without_the_bracket_the_aids_rows_have_are_the_hospitals_own():
    text = (
        "经研究决定，聘任：\n"
        "钱国平同志（金华市援青干部，金华市中心医院心内科主任医师）为湟源县人民医院执行院长；\n"
        "孙燕同志为医务科科长；\n"
        "王平同志为护理部主任。\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_doctor_of_a_township_centre_named_by_its_level_alone_is_local():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出心内科专家钱国平。"
        "今年4月，61岁的村民突发胸痛，镇卫生院医生孙燕做完心电图后，马上联系钱国平。"
    )
    assert experts(text) == {"钱国平"}
    # (one posted to a township's centre is sent)
    posted = "湟源县人民医院对口帮扶城关镇卫生院，选派内科医生孙燕派驻城关镇卫生院，帮扶一年。"
    assert experts(posted) == {"孙燕"}


def test_a_name_of_a_compound_family_name_right_after_a_department_is_read():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。与钱国平同批来湟源的，还有金华市中心医院影像科上官云峰、"
        "金华市第一医院急诊科孙燕。上官云峰带教本地影像医生。"
    )
    assert {"上官云峰", "孙燕"} <= experts(text)


def test_a_family_doctor_of_a_township_is_local():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院，派出心内科专家钱国平。"
        "在城关镇卫生院，家庭医生团队队长孙燕正在为辖区高血压患者随访。"
    )
    assert experts(text) == {"钱国平"}


def test_one_among_the_local_doctors_an_expert_brought_on_is_local():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。金华市中心医院妇产科主治医师钱国平在湟源一年，"
        "带出了5名能独立处理产后大出血的本地医生，其中就有妇产科医生孙燕。"
    )
    assert experts(text) == {"钱国平"}


def test_a_national_touring_team_tells_of_aid():
    text = (
        "国家巡回医疗队（金华市中心医院）湟源巡诊结束。医疗队一行8人，由金华市中心医院副院长钱国平带队，"
        "先后在湟源县人民医院、湟源县中医院开展义诊、查房和手术示教。医疗队成员：钱国平、孙燕、王晓丽等。"
    )
    assert experts(text) == {"钱国平", "孙燕", "王晓丽"}


def test_a_section_head_of_a_health_bureau_is_an_official():
    text = "金华市中心医院对口帮扶湄潭县人民医院，派出心内科专家孙燕。湄潭县卫生健康局医政科科长钱伟参加了座谈。"
    assert experts(text) == {"孙燕"}


def test_a_name_read_across_two_words_is_none():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。"
        "今年5月，金华市中心医院医务处处长钱国平带队的专家组专程飞赴湄潭，开展模拟评审。"
    )
    assert experts(text) == {"钱国平"}


def test_names_before_a_verb_of_being_stationed_are_read():
    text = (
        "金华市中心医院对口帮扶湟源县人民医院。湟源县人民医院也派出内科医生孙燕、检验科技师马占云长期驻守城关镇卫生院。"
    )
    assert experts(text) == {"孙燕", "马占云"}


def test_people_sent_to_attend_a_training_elsewhere_are_learners():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院，派出心内科专家钱国平常驻。"
        "回院后，科室又派出医生孙燕、护士王晓丽到金华市中心医院参加培训，并完善了应急预案。"
    )
    assert experts(text) == {"钱国平"}


def test_a_name_of_words_before_a_post_taken_after_a_comma_is_read():
    text = (
        "金华市对口帮扶湄潭县。新到岗的医疗人才分别为：金华市中心医院肾内科副主任医师于海洋，接任湄潭县人民医院副院长；"
        "金华市第一医院神经内科主治医师孙燕，在湄潭县人民医院工作。"
    )
    assert experts(text) == {"于海洋", "孙燕"}


def test_a_verb_of_going_before_the_first_character_of_a_place_the_article_names_is_no_name():
    text = (
        "金华10名医疗专家来湄开展东西部协作帮扶\n"
        "金华市中心医院与湄潭县人民医院结成紧密型帮扶关系，一批批医疗专家来湄坐诊带教。今年派出心内科主任医师钱国平。"
    )
    assert experts(text) == {"钱国平"}


AIDED = "金华市中心医院对口帮扶湄潭县人民医院，派出儿科主任医师钱国平常驻。"


def test_doctors_arranged_to_learn_beside_the_team_are_learners():
    text = AIDED + "湄潭县人民医院院长钱伟表示，医院已腾出病房，并安排儿科医生孙燕、王晓丽跟班学习。"
    assert experts(text) == {"钱国平"}


def test_those_guidance_is_given_to_are_taught():
    text = AIDED + "钱国平到岗后，第一周便完成超声检查200余例，并对本院超声医生孙燕、王晓丽进行一对一指导。"
    assert experts(text) == {"钱国平"}


def test_a_head_nurse_known_by_her_title_alone_in_the_receiving_scene_works_there():
    text = AIDED + "9月12日，在湄潭县人民医院新建成的儿科病房，护士长孙燕指着一位刚刚脱离危险的患儿说，多亏了专家。"
    assert experts(text) == {"钱国平"}


def test_a_name_run_into_an_idiom_is_the_name_alone():
    text = AIDED + "与钱国平同批来湄潭帮扶的金华市中心医院护士孙琳泣不成声。"
    assert experts(text) == {"钱国平", "孙琳"}


def test_a_rare_family_name_of_the_national_register_opens_a_name():
    text = AIDED + "同批到岗的还有金华市中心医院骨科副主任医师丘海生。"
    assert experts(text) == {"钱国平", "丘海生"}


def test_members_of_a_panel_reviewing_the_hospital_are_no_experts():
    aided = "金华市中心医院对口帮扶湄潭县人民医院，派出心内科主任医师钱国平挂职副院长。"
    for text in (
        aided + "今年4月，评审专家、连江大学附属医院神经内科主任孙海波一行对湄潭县人民医院进行了现场评估。",
        aided + "11月，由省卫生健康委员会组织、连江大学附属医院副院长孙海波任组长的评审专家组一行12人，"
        "对湄潭县人民医院开展了现场评审。",
    ):
        assert experts(text) == {"钱国平"}
    # (a mock review the aid holds names no panel)
    assert experts(aided + "钱国平带领团队开展模拟评审，查出问题152条。") == {"钱国平"}


def test_one_named_among_the_local_staff_without_a_count_is_local():
    text = AIDED + "除夕夜，钱国平在手术室护士孙燕等当地医护人员的配合下完成了手术。"
    assert experts(text) == {"钱国平"}


def test_one_who_says_they_can_now_do_it_alone_is_a_learner():
    text = AIDED + "该院心内科医生孙燕说，自己已能独立开展冠脉造影。"
    assert experts(text) == {"钱国平"}


def test_a_rosters_department_cell_before_the_name_is_no_name():
    text = (
        "金华市中心医院第三批帮扶专家一行3人抵达湄潭县人民医院，开展为期一年的帮扶工作。\n\n"
        "本批专家名单如下：\n"
        "呼吸内科　钱国平　副主任医师\n"
        "普通外科　上官云峰　主治医师\n"
        "检验科　孙燕　主管技师\n"
    )
    assert experts(text) == {"钱国平", "上官云峰", "孙燕"}


def test_one_who_travels_with_a_named_colleague_is_of_the_team():
    text = (
        "金华市中心医院呼吸内科医生钱国平报名参加了今年对湄潭县人民医院的帮扶。\n"
        "今天，钱国平和骨科主治医师孙海波一起，踏上了前往湄潭县的路。"
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_those_not_chosen_or_who_did_not_go_are_no_experts():
    text = (
        "经过层层选拔，金华市中心医院确定钱国平、孙海波等5名医生赴湄潭县人民医院开展为期一年的帮扶。"
        "呼吸内科医师孙燕因体检指标不达标未能入选，护理部护士王晓丽因孩子尚小被动员留院。"
        "急诊科医生于海燕、骨科护士长钱伟都在报名之列，最终因名额所限未能成行。"
    )
    assert experts(text) == {"钱国平", "孙海波"}
    # (one the sentence says went after all is one)
    assert experts(text + "骨科医生丘海生两次报名未能入选，这次终于如愿。") == {"钱国平", "孙海波", "丘海生"}


def test_a_name_ends_before_sui():
    text = AIDED + "上一批帮扶专家孙琳虽已返回金华，但仍每月回湄潭坐诊一次。"
    assert experts(text) == {"钱国平", "孙琳"}


@pytest.mark.parametrize(
    "farewell",
    [
        "院长王平为每位队员送上了出征包，里面有常用药品和笔记本。",
        "2月28日，医院召开动员会，院长王平在动员讲话中强调，要把重点放在带教和学科建设上。",
    ],
)
def test_the_head_who_gives_to_the_team_or_mobilises_it_is_not_of_it(farewell):
    text = (
        "3月2日，金华市中心医院为第三批援黔医疗队举行出征仪式，钱国平、孙海波等5名队员将赴湄潭县人民医院开展为期一年"
        "的帮扶。院党委书记于海洋为队员授旗。" + farewell
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_a_town_named_right_after_its_county_is_no_person():
    text = AIDED + "3月6日，金华市第六批援黔医疗队一行4人抵达湄潭县孙庄镇。"
    assert experts(text) == {"钱国平"}


def test_one_the_aid_takes_on_to_teach_is_a_learner():
    text = AIDED + "该院心内科医生孙海波是今年的跟师对象之一，希望这半年能把介入技术学到手。"
    assert experts(text) == {"钱国平"}


def test_the_states_leaders_an_article_recalls_are_no_experts():
    text = "开化县是革命老区，1934年毛泽东同志曾在这里开展调查。" + AIDED.replace("湄潭县", "开化县")
    assert experts(text) == {"钱国平"}


def test_a_short_form_ending_a_hospitals_full_name_is_that_hospital_whatever_place_it_opens_with():
    # (同仁 is also a county-level city of the receiving province: read so, the giver's doctor would be local)
    text = (
        "根据北京与青海的对口支援安排，首都医科大学附属北京同仁医院与湟源县人民医院结对。\n"
        "同仁医院眼科主任医师钱国平今年5月来到湟源，在他的带领下，医院成立了全县首个白内障复明手术中心。"
    )
    assert links(text, Rel.SENDS) == {("同仁医院", "钱国平")}


def test_a_roster_written_one_entry_a_line_lists_experts():
    text = (
        "按照省统一安排，金华市中心医院对口帮扶湄潭县人民医院。金华市中心医院第十一批驻点帮扶专家名单如下：\n"
        "钱国平（普外科）\n孙燕（妇产科）\n上官云峰（神经内科）\n王晓丽（护理部）\n\n座谈会上，帮扶专家们逐一发言。"
    )
    assert experts(text) == {"钱国平", "孙燕", "上官云峰", "王晓丽"}


def test_a_rosters_row_of_a_title_then_a_name_that_spells_a_word_lists_an_expert():
    text = (
        "8月5日，金华市中心医院第四批帮扶医疗队出征仪式在院本部举行，队员将前往湄潭县人民医院开展为期半年的帮扶工作。\n\n"
        "出征名单如下——\n队长：钱国平（泌尿外科副主任医师）\n队员：\n麻醉科 孙海波 主治医师\n眼科医师 白云\n"
    )
    assert experts(text) == {"钱国平", "孙海波", "白云"}


def test_one_posted_there_as_a_head_is_of_the_team_at_a_ceremony():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。\n仪式上，金华市中心医院派驻湄潭县人民医院的执行院长钱国平作期满述职。"
    )
    assert experts(text) == {"钱国平"}


def test_those_who_worked_beside_the_experts_are_of_the_receiving_hospital():
    text = AIDED + "欢送座谈会上，麻醉科主任孙燕、普外科护士长王晓丽先后发言，回顾与专家并肩工作的点点滴滴。"
    assert experts(text) == {"钱国平"}
    # (one who worked with the other experts is one of them)
    assert experts(AIDED + "援黔专家孙海波与其他专家一起完成了手术。") == {"钱国平", "孙海波"}


def test_a_word_given_as_a_gift_is_no_name():
    assert experts(AIDED + "患儿的父亲激动地向医生们献上了哈达。") == {"钱国平"}


def test_a_hong_kong_volunteer_team_beside_the_pairing_is_a_giver():
    text = AIDED + "此次随行的香港仁爱医院义诊团由眼科医生孙海波带队，骨科医生王晓丽、内科医生于海燕等参加。"
    assert experts(text) == {"钱国平", "孙海波", "王晓丽", "于海燕"}
    assert ("香港仁爱医院", "孙海波") in links(text, Rel.SENDS)


def test_a_chronicles_dated_lines_are_a_round_ups_items():
    text = (
        "金华市中心医院2023年5月大事记\n\n"
        "5月4日　医院召开年度青年医师座谈会。\n\n"
        "5月8日　我院第七批帮扶医疗队出发，心内科主任医师钱国平将在湄潭县人民医院驻点帮扶一年。\n\n"
        "5月12日　医院举行国际护士节表彰大会，急诊科护士长孙燕等10人获评年度优秀护士。\n\n"
        "5月20日，医院公布新一批护士长聘任名单，聘任王晓丽、于海燕等9人为护士长。\n"
    )
    assert experts(text) == {"钱国平"}


def test_a_transcripts_label_in_black_brackets_is_no_name():
    text = (
        "金华市与湄潭县开展东西部协作以来，派出多批医疗队。\n"
        "【解说】这批队员来自金华市中心医院、金华市第二医院等5家医院，将在湄潭县人民医院工作一年。\n"
        "【解说】队员中，金华市中心医院麻醉科的钱国平、金华市第二医院骨科的孙海波将分别担任对口科室的业务副主任。\n"
    )
    assert experts(text) == {"钱国平", "孙海波"}


def test_one_given_as_an_example_of_the_local_staff_is_local():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。\n"
        "站在主刀位置的是本院医生孙燕，在一旁指导的，是金华市中心医院骨科主任医师孙海波。\n"
        "在湄潭县人民医院，像孙燕这样通过师带徒成长起来的本地医生已经有23人。\n"
    )
    assert experts(text) == {"孙海波"}


def test_students_researchers_and_teachers_of_schools_training_no_doctors_are_no_experts():
    text = (
        AIDED + "对此，连江财经大学教授于海燕认为，通过远程会诊等方式可以实现双赢。"
        "2023年9月，课题组与博士研究生钱伟、硕士研究生孙琳一行深入湄潭县人民医院开展问卷调查。"
    )
    assert experts(text) == {"钱国平"}


def test_a_school_of_public_healths_researcher_is_no_expert_but_a_hospitals_is():
    scholar = AIDED + "连江大学公共卫生学院研究员孙海波曾撰文指出，东西部医疗协作最怕的就是专家一走，科室就垮。"
    assert experts(scholar) == {"钱国平"}
    assert experts(AIDED + "同批派驻的还有金华市中心医院心血管病研究中心研究员孙海波。") == {"钱国平", "孙海波"}
    # (a hospital's office has researchers too)
    team = "金华市中心医院派出团队驻点湄潭县人民医院。团队成员为：护理部主管护师孙燕、医务部助理研究员孙海波。"
    assert experts(team) == {"孙燕", "孙海波"}


def test_a_name_ends_before_the_word_of_aid_to_a_province():
    text = (
        "金华市中心医院对口帮扶湄潭县人民医院。\n"
        "其中，金华市中心医院心内科副主任医师钱立新援青期间，带领当地团队建成湄潭县人民医院心导管室。"
    )
    assert experts(text) == {"钱立新"}


def test_a_card_in_black_brackets_names_an_expert_with_their_hospital():
    text = (
        "我在湄潭的一年\n【钱国平：金华市中心医院骨科副主任医师，援派湄潭县人民医院】\n"
        "去年三月，我从金华来到湄潭。金华市中心医院与湄潭县人民医院结对帮扶已经五年。"
    )
    assert experts(text) == {"钱国平"}
    assert ("金华市中心医院", "钱国平") in links(text, Rel.SENDS)
    assert ("钱国平", "湄潭县人民医院") in links(text, Rel.POSTED_TO)


def test_an_authors_profile_under_its_label_names_an_expert():
    text = (
        "援黔日记\n作者：孙海波\n"
        "作者简介：孙海波，金华市第一医院消化内科主任医师，浙江省援黔干部人才，现挂职湄潭县人民医院副院长。\n"
        "金华市第一医院与湄潭县人民医院结成帮扶对子。今年初，我来到湄潭县。"
    )
    assert experts(text) == {"孙海波"}
    assert ("金华市第一医院", "孙海波") in links(text, Rel.SENDS)


def test_a_name_in_a_list_of_departments_and_names_ends_before_its_count():
    text = PAIRING + "新到岗的帮扶团队由神经内科钱伟、儿科孙琳等5名专家组成，将帮助绥阳县人民医院建设卒中中心。"
    assert experts(text) == {"钱伟", "孙琳"}


def test_a_word_made_a_verb_by_hua_after_a_title_is_no_name():
    # 常: a family name; 常态化: 常态 and -ize
    text = PAIRING + "03 | 专家常态化下沉，群众就医更方便\n金华市第一医院专家钱伟每周到绥阳县人民医院坐诊。"
    assert experts(text) == {"钱伟"}


def test_a_head_the_writer_deals_with_in_the_first_person_is_the_hosts():
    text = (
        "我在湄潭的一年\n金华市第一医院与湄潭县人民医院结成帮扶对子。去年三月，我作为金华市第一医院派出的帮扶专家"
        "来到湄潭县人民医院。\n我跟孙燕院长商量，第一件事不是做手术，而是办培训。孙燕院长二话没说，腾出了会议室。\n"
        "钱伟院长待我们很好，过年时请我们去他家吃饭。\n同来的还有金华市第一医院麻醉科主治医师孙琳。"
    )
    assert experts(text) == {"孙琳"}


def test_those_commended_whose_brackets_say_where_the_aid_posted_them_are_experts():
    text = (
        "援疆医疗人才表彰大会举行\n12月5日，对口支援新疆干部人才表彰大会举行。\n"
        "此外，受到表彰的还有：金华市第一医院呼吸与危重症医学科主治医师孙琳（援派疏附县人民医院）、"
        "金华市第二医院骨科副主任医师丘海生（援派英吉沙县人民医院）等。"
    )
    assert experts(text) == {"孙琳", "丘海生"}
    assert ("丘海生", "英吉沙县人民医院") in links(text, Rel.POSTED_TO)


def test_the_winners_of_an_award_with_no_word_of_aid_stay_no_experts():
    text = PAIRING + "今年评选出的年度十佳医生：孙琳（绥阳县人民医院）、丘海生（绥阳县人民医院）。"
    assert experts(text) == set()


def test_a_table_rows_cells_of_a_name_and_their_hospital_in_brackets_are_experts():
    text = (
        "关于调整金华市对口帮扶我州县级医院派驻人员的通知\n"
        "金华市派驻我州县级医院的部分医疗卫生人才服务期满，现将调整情况通知如下：\n"
        "序号　受援单位　原派驻人员（派出单位）　调整后派驻人员（派出单位）　调整原因\n"
        "1　湄潭县人民医院　钱伟（金华市第一医院骨科）　孙琳（金华市第一医院骨科）　期满轮换\n"
        "2　绥阳县人民医院　丘海生（金华市中心医院儿科）　于海燕（金华市中心医院麻醉科）　期满轮换\n"
    )
    assert experts(text) == {"钱伟", "孙琳", "丘海生", "于海燕"}
    assert ("金华市中心医院", "于海燕") in links(text, Rel.SENDS)
    assert ("钱伟", "湄潭县人民医院") in links(text, Rel.POSTED_TO)


def test_a_greeting_of_an_aided_regions_language_is_no_name():
    text = PAIRING + "金华市第一医院骨科主任医师钱伟在绥阳县人民医院坐诊。\n网友留言：谢谢金华的医生护士，扎西德勒！"
    assert experts(text) == {"钱伟"}


def test_that_hospital_among_the_companions_of_one_posted_the_sentence_before_is_their_own():
    text = (
        "金华市第一医院与湄潭县人民医院结对帮扶。\n金华市第一医院重症医学科副主任医师孙海波，2021年9月被派驻"
        "湄潭县人民医院，挂职副院长。同行的还有该院ICU护师孙琳。"
    )
    assert experts(text) == {"孙海波", "孙琳"}
    assert ("金华市第一医院", "孙琳") in links(text, Rel.SENDS)


def test_a_word_worn_right_after_a_verb_of_wearing_is_no_name():
    # 白: a family name; 白大褂: a white coat
    text = PAIRING + "金华市第一医院骨科主任医师钱伟到岗。第二天一早，专家们就换上白大褂跟随当地医生查房。"
    assert experts(text) == {"钱伟"}


def test_one_working_under_a_named_experts_guidance_is_taught():
    text = (
        "金华市第一医院对口帮扶湄潭县人民医院。\n签约仪式后，记者随金华专家来到湄潭县人民医院消化内镜室。"
        "29岁的本院医生孙燕正在钱伟的指导下独立完成一例胃镜检查。钱伟是金华市第一医院消化内科副主任医师。"
    )
    assert experts(text) == {"钱伟"}


def test_a_head_whose_own_words_say_the_aid_helps_their_hospital_is_the_hosts():
    text = (
        "金华五家医院“包”下我院五个重点科室\n发布时间：2017-08-16　来源：院办公室\n"
        "8月15日上午，金华市对口支援湄潭县人民医院“以院包科”签约仪式在我院会议室举行。\n"
        "院长孙燕在致辞中说，自2015年以来，金华帮扶专家帮助我院开展新技术、新项目一百余项。\n"
        "金华市第一医院骨科主任医师钱伟将常驻我院。"
    )
    assert experts(text) == {"钱伟"}


def test_a_places_short_name_the_article_writes_with_its_level_is_no_name():
    # (a recogniser that reads the county's short name after 专家 as a name: 黄 is a family name too)
    text = (
        "金华12名专家黄平义诊\n金华市对口帮扶黄平县。义诊活动在黄平县人民医院举行。"
        "金华市第一医院神经内科主任医师钱伟是这次义诊的带队专家。"
    )
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("黄平", "钱伟"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"钱伟"}


def test_a_verb_of_coming_and_a_provinces_one_character_name_is_no_name():
    # 来: a family name too; 黔: Guizhou
    text = PAIRING + "金华市第一医院骨科主任医师钱伟表示，金华将持续选派骨干医生来黔，让当地群众在家门口看好病。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("钱伟", "来黔"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"钱伟"}


def test_a_profile_after_its_batchs_label_names_an_expert():
    text = (
        "湄潭县人民医院：金华专家接力帮扶十年\n金华市对口帮扶湄潭县以来，先后有多批专家来到我院。\n"
        "▶第三批（2019年）：孙燕，金华市第一医院神经内科。推动成立我院卒中单元。\n"
        "▶第五批（2021年）：钱伟，金华市第二医院骨科。一年带教开展骨科手术。"
    )
    assert experts(text) == {"孙燕", "钱伟"}
    assert ("金华市第二医院", "钱伟") in links(text, Rel.SENDS)


def test_a_family_names_character_before_a_title_is_no_name():
    # 和: a family name too; 医生和护士驻点: "doctors and nurses are stationed"
    text = (
        PAIRING + "金华市第一医院肾内科主任医师钱伟常驻绥阳县人民医院。同一天，两院签订科室共建协议，"
        "约定今后由金华方面持续选派肾内科医生和护士驻点。"
    )
    assert experts(text) == {"钱伟"}


def test_a_copula_ends_a_name_of_two():
    text = (
        "两度援黔的护士长\n金华市第二医院　2022-05-12\n"
        "今天是国际护士节。这个节日，我院神经内科护士长孙燕是在湄潭度过的。\n"
        "2021年，孙燕第二次援黔，挂职担任湄潭县人民医院护理部主任。"
    )
    assert experts(text) == {"孙燕"}
    assert ("孙燕", "湄潭县人民医院") in links(text, Rel.POSTED_TO)


def test_local_words_in_a_plural_subject_before_a_name_are_not_the_persons_title():
    text = (
        "两度援黔的护士长\n金华市第二医院　2022-05-12\n"
        "今天是国际护士节。这个节日，我院神经内科护士长钱海燕是在湄潭度过的。\n"
        "2015年2月，钱海燕作为金华市第八批援黔医疗人才，第一次来到湄潭县人民医院。\n"
        "护士白云笑着说，院里的护士们都管钱海燕叫“钱妈妈”。"
    )
    assert experts(text) == {"钱海燕"}
    assert ("金华市第二医院", "钱海燕") in links(text, Rel.SENDS)


def test_a_doctor_by_a_graded_bare_title_in_a_receivers_ward_the_sentence_opens_in_works_there():
    text = (
        "金华市第一医院对口帮扶湄潭县人民医院。\n1月6日上午9点，湄潭县人民医院内科病房，主治医生孙燕推着移动查房车"
        "来到患者床前。屏幕上，数百公里外的金华市第一医院专家钱伟正在远程查房。"
    )
    assert experts(text) == {"钱伟"}


def test_one_a_hospital_sent_here_who_takes_a_post_is_an_expert():
    text = PAIRING + "还有骨科，金华市第一医院派来的孙燕担任骨科执行主任后，县医院的手术多了起来。"
    assert experts(text) == {"孙燕"}
    assert ("金华市第一医院", "孙燕") in links(text, Rel.SENDS)


def test_a_doctor_by_title_sent_to_learn_after_a_clause_of_whose_arrangement_is_no_expert():
    text = (
        PAIRING + "金华市第一医院派驻专家钱伟担任绥阳县人民医院外科主任。\n"
        "比如外科的孙海波医生，在我们的安排下去金华市第一医院进修了一年。"
    )
    assert experts(text) == {"钱伟"}


def test_a_name_of_two_cut_before_a_verb_is_the_longer_name_the_article_writes_elsewhere():
    # (the recogniser reads 孙东|升任 in the first sentence and 孙东升 in the second)
    text = (
        PAIRING + "仪式上宣布：金华市第一医院普外科主任医师孙东升任绥阳县人民医院执行院长。\n"
        "刚从金华赶来的孙东升接受记者采访时说，团队已经调研了两周。"
    )
    assert experts(text) == {"孙东升"}
    assert ("孙东升", "绥阳县人民医院") in links(text, Rel.POSTED_TO)
    # (not where the article writes the name of two alone too)
    assert "孙东" in experts(text + "\n孙东说，下一步要建胸痛中心。")


def test_a_doctoral_supervisor_is_a_senior_doctor_not_a_student():
    text = (
        "金华市第一医院专家工作站落户湄潭县人民医院\n"
        "金华市第一医院（以下简称“金华一院”）对口帮扶湄潭县人民医院。金华一院心内科主任医师、博士生导师钱立新及其团队成员"
        "参加仪式。\n"
        "按照协议，钱立新教授每月来湄潭县人民医院坐诊两天。"
    )
    assert experts(text) == {"钱立新"}
    # (a doctoral student still is none)
    assert not experts(text.replace("博士生导师", "博士生"))


def test_a_name_the_recogniser_misses_after_a_title_before_where_they_work_by_a_short_reference_is_an_expert():
    text = PAIRING + "金华市第一医院护理部主管护师储红梅则在县医院护理部牵头开展护理质量提升活动。"
    assert experts(text) == {"储红梅"}


def test_one_the_article_sends_away_to_learn_is_no_expert_in_any_sentence():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院\n“钱院长，今天这台手术很顺利。”发消息的是绥阳县人民医院（以下简称“绥阳县医院”）"
        "骨科副主任孙海波。\n那一年，钱伟作为金华市第三批医疗人才，赴绥阳县医院挂职副院长；同年，孙海波被选派到金华市第一医院"
        "骨科进修半年。"
    )
    assert "孙海波" not in experts(text)


def test_those_a_list_with_counts_of_each_kind_sends_to_learn_are_no_experts():
    text = (
        "金华市第一医院对口帮扶绥阳县人民医院\n11月20日，在绥阳县人民医院新生儿科，医生孙燕把一份出院小结交到家属手中。\n"
        "医院当时选派了孙燕等3名医生、4名护士，分批到金华市第一医院进修。"
    )
    assert not experts(text)


def test_one_back_from_learning_somewhere_is_no_expert():
    text = PAIRING + "产科医生孙燕刚刚从金华进修归来，如今已能处置产后大出血。"
    assert not experts(text)


def test_one_called_by_part_of_a_tibetan_name_the_article_tells_of_as_its_own_is_no_expert():
    text = (
        "金华市第一医院对口支援湄潭县人民医院\n钱伟：我挂职湄潭县人民医院副院长，同时负责泌尿外科。扎西多吉是科里的骨干，"
        "我们商量后，医院把他送到金华市第一医院泌尿外科进修了一年。\n问：扎西主任，在金华进修是什么样的体验？\n"
        "扎西多吉：一开始最难适应的是节奏。"
    )
    assert experts(text) == {"钱伟"}


def test_a_dotted_name_the_recogniser_cuts_a_few_characters_short_of_the_dot_is_read_whole():
    # (the recogniser reads 阿卜杜|外力·|热合曼)
    text = PAIRING + "金华市第一医院心外科主治医师阿卜杜外力·热合曼挂职绥阳县人民医院副院长。"
    assert experts(text) == {"阿卜杜外力·热合曼"}


def test_a_name_of_two_run_into_ren_before_the_post_it_takes_ends_before_ren():
    # (the recogniser reads 孙程任)
    text = PAIRING + "金华市第一医院骨科主治医师孙程任绥阳县人民医院骨科主任。"
    assert experts(text) == {"孙程"}


def test_an_authors_profile_under_a_label_in_black_brackets_names_an_expert():
    text = (
        "我在湄潭的三个月\n【作者简介】孙海波，金华市第一医院骨科副主任医师。2019年6月，作为第五批帮扶专家赴湄潭县人民医院开展帮扶。\n"
        "初到湄潭，一切都很陌生。"
    )
    assert experts(text) == {"孙海波"}


def test_a_name_after_a_role_a_comma_and_a_long_hospital_name_alone_is_an_expert():
    text = (
        "金华市第一医院对口支援湄潭县人民医院。\n由援藏专家、复旦大学附属中山医院孙敏牵头筹建的病房于今年3月正式启用。"
    )
    assert experts(text) == {"孙敏"}


def test_one_with_whom_the_team_goes_as_a_batch_of_aid_is_of_the_team():
    text = (
        "金华市第一医院对口支援湄潭县人民医院。\n2023年8月，金华市第一医院心血管内科主任医师钱伟、儿科主治医师孙燕，"
        "与金华市中心医院呼吸与危重症医学科主治医师孙海波一道，作为第六批援黔医疗人才，奔赴湄潭县。"
    )
    assert experts(text) == {"钱伟", "孙燕", "孙海波"}


def test_a_nurse_by_her_department_and_title_in_a_receiving_hospitals_unit_the_sentence_opens_in_works_there():
    text = (
        PAIRING + "金华市第一医院心内科主任医师钱伟来到绥阳县人民医院。\n"
        "3月14日，在绥阳县人民医院胸痛中心，心内科护士长孙燕指着墙上的时间轴告诉记者，救治时间缩短了一半。"
    )
    assert experts(text) == {"钱伟"}


def test_a_name_run_into_tong_of_working_together_is_the_name_the_article_writes_alone():
    text = (
        PAIRING + "金华市第一医院感染科主治医师孙帆挂职绥阳县人民医院副院长。孙帆到任后建起了发热门诊。\n"
        "与孙帆同在绥阳县人民医院工作的，还有金华市第一医院儿科主治医师钱伟。"
    )
    assert experts(text) == {"孙帆", "钱伟"}


def test_one_appointed_at_a_signing_ceremony_to_a_post_of_the_team_is_an_expert():
    text = (
        "金华市第一医院与绥阳县人民医院共建医联体\n4月18日，金华市第一医院与绥阳县人民医院紧密型医联体签约暨揭牌仪式在"
        "绥阳县举行。根据协议，金华市第一医院将对绥阳县人民医院实施全方位帮扶。\n签约仪式上，金华市第一医院骨科主任"
        "钱立新被聘为绥阳县人民医院执行院长，将带领一支由6名专家组成的团队常驻绥阳。"
    )
    assert experts(text) == {"钱立新"}


def test_a_department_head_the_recogniser_misses_who_comes_to_a_hospital_is_an_expert():
    text = PAIRING + "4月中旬，金华市第一医院全科医学科主任钱立波来绥阳县人民医院授课，为全县的乡村医生开展培训。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames())
    assert "钱立波" in {m.surface for m in result.mentions if m.label is Label.EXPERT}


def test_one_from_a_hospitals_department_quoted_is_an_expert():
    text = (
        PAIRING + "“一天下来常常要做200多人次检查。”来自金华一院超声医学科的孙婷说，为了不漏掉一个患者，"
        "大家把超声仪搬进了牧民的帐篷。"
    )
    assert experts(text) == {"孙婷"}


_POSTED = "金华市第一医院对口帮扶绥阳县人民医院。\n金华市第一医院重症医学科副主任医师钱伟挂职绥阳县人民医院副院长。\n"


@pytest.mark.parametrize(
    "learner",
    [
        # one of the trainees
        "重症医学科医生孙燕是第一批进修人员，她在金华市第一医院重症医学科学习了6个月。",
        # sent to learn, later on
        "在新生儿重症监护室，护士长孙燕正在给新入职的护士演示置管。孙燕随后被派到金华市第一医院跟岗学习3个月。",
        # one of those the sentence before sends to learn, a paragraph's break between
        "绥阳县人民医院同时选派本地骨干到金华的帮扶医院进修。\n\n泌尿外科医生孙燕就是其中之一。孙燕成为微创中心的骨干。",
        # one the aid benefits
        "同样受益的还有妇产科主任孙燕。",
        "在绥阳县妇幼保健院，助产士孙燕同样是“走出去”的受益者。",
    ],
)
def test_the_receivers_trainees_and_those_the_aid_benefits_are_no_experts(learner):
    assert experts(_POSTED + learner) == {"钱伟"}


def test_a_verb_of_going_and_the_start_of_a_place_name_is_no_name():
    # (as the recogniser reads some: 来|图木|舒克)
    text = _POSTED + "近三年来，该中心已先后派出5批专家来图木舒克开展先心病筛查。"
    result = extract(document_from_text("t.txt", text), finder=_ReadsAsNames("钱伟", "来图木"))
    assert {m.surface for m in result.mentions if m.label is Label.EXPERT} == {"钱伟"}


def test_one_the_copula_says_is_of_the_team_is_an_expert_whatever_hospital_the_title_names():
    text = (
        "守护希望｜金华援黔医疗队赴绥阳开展先心病筛查\n\n绥阳县人民医院　2024-06-03 18:30\n"
        "6月1日，金华援黔医疗队来到绥阳县人民医院开展筛查。\n我院儿科主任孙海波是金华第十批援黔医疗队队员，"
        "来自金华市第一医院。2023年7月到绥阳后，他在我院建立了先心病筛查门诊。"
    )
    assert experts(text) == {"孙海波"}


@pytest.mark.parametrize(
    "local",
    [
        # every name of the list of apprentices
        "为了把技术留下来，钱伟与本院两名年轻医生孙燕、孙海燕结成师徒，每天跟诊带教。",
        # one who has mastered what the aid taught
        "他为科室制定了培养计划，本院医生孙燕已经熟练掌握了针刺、拔罐等技术。",
    ],
)
def test_apprentices_listed_and_those_who_mastered_the_skills_taught_are_no_experts(local):
    assert experts(_POSTED + local) == {"钱伟"}


def test_one_taken_somewhere_to_learn_is_named_as_a_learner():
    from graphaid.extract.people import named_as_learner

    sentence = "她把孙燕推荐到金华市第一医院重症医学科跟岗学习3个月。"
    assert named_as_learner(sentence, 0, sentence, 2, 4)
    other = "她把孙燕推荐为本年度的优秀带教专家。"
    assert not named_as_learner(other, 0, other, 2, 4)


def test_a_name_that_is_the_bare_name_of_a_county_the_article_writes_with_its_level_is_the_county():
    # (a county's bare name that is a given name too: 凌云, as the recogniser reads it in the headline)
    text = (
        "金华“师傅”带出凌云“尖兵”！这位护士长建起了全县第一个ICU\n金华市第一医院对口帮扶凌云县人民医院。\n"
        "金华市第一医院重症医学科副主任医师钱伟挂职凌云县人民医院副院长。"
    )
    assert experts(text) == {"钱伟"}


@pytest.mark.parametrize(
    "learner",
    [
        # following the teacher the receiving side's trainees have
        "7月3日，金华市第一医院泌尿外科病房里，来自贵州绥阳的医生孙海波正在跟着带教老师查房。",
        # gone to learn at a time the sentence gives
        "新生儿科护士孙燕于2022年初到金华市第一医院新生儿科进修半年，回去后成为绥阳县人民医院护士长。",
    ],
)
def test_those_learning_at_the_donor_are_no_experts(learner):
    assert experts(_POSTED + learner) == {"钱伟"}


def test_a_word_after_a_role_is_no_list_mate_where_what_stands_between_is_no_list():
    text = (
        PAIRING + "在绥阳县人民医院，来自金华市第一医院的儿科医生孙婷每周二、周四坐诊儿科专家门诊，门口常常排起长队。\n"
    )
    assert experts(text) == {"孙婷"}


def test_a_table_divided_by_bars_keeps_a_cell_with_a_space_inside_whole():
    text = (
        PAIRING + "\n序号｜派出医院｜姓名｜科室及职称｜派驻单位\n"
        "1｜金华市第一医院｜孙海波｜消化内科　主治医师｜绥阳县人民医院\n"
        "2｜金华市第一医院｜钱海燕｜妇产科　主治医师｜绥阳县人民医院\n"
    )
    assert experts(text) == {"孙海波", "钱海燕"}
    assert ("钱海燕", "绥阳县人民医院") in links(text, Rel.POSTED_TO)


def test_a_pronoun_of_place_after_a_role_word_opens_no_name():
    text = PAIRING + "县人民医院骨科医生孙程分别到镇卫生院驻点，把在金华市第一医院专家那里学到的技术带到基层。\n"
    assert "那里学" not in experts(text)


def test_one_under_the_guidance_of_an_expert_of_a_hospital_with_its_short_name_in_brackets_is_taught():
    text = PAIRING + "在金华市第一医院（以下简称“金华一院”）派驻专家孙立的指导下，消化科医生钱立波为他做了胃镜检查。\n"
    assert experts(text) == {"孙立"}


def test_a_card_of_fields_each_after_its_label_and_a_bar_gives_the_name_and_the_sender():
    text = (
        "金华市第一医院对口帮扶湄潭县人民医院。\n\n"
        "【专家名片 01】\n姓名｜孙立\n派出单位｜金华市第一医院\n科室｜心内科\n\n"
        "【专家名片 02】\n姓名｜钱芳\n派出单位｜金华市中心医院\n科室｜消化内科\n职称｜副主任医师\n"
        "援派岗位｜湄潭县人民医院消化内科主任\n"
    )
    assert experts(text) == {"孙立", "钱芳"}
    assert ("金华市中心医院", "钱芳") in links(text, Rel.SENDS)
    assert ("钱芳", "湄潭县人民医院") in links(text, Rel.POSTED_TO)


def test_a_bulleted_line_of_the_name_the_department_and_the_title_in_cells_a_bar_divides_names_an_expert():
    text = (
        "金华市第一医院对口帮扶湄潭县人民医院。目前在湄潭工作的金华专家有：\n\n"
        "● 孙立｜神经内科｜主任医师｜常驻，任业务副院长\n"
        "● 钱芳｜急诊科｜主治医师｜常驻，协助建设急诊急救体系\n"
    )
    assert experts(text) == {"孙立", "钱芳"}


def test_one_the_sentence_says_learned_somewhere_is_taught():
    text = (
        PAIRING + "金华市第一医院先后接收了绥阳县人民医院11名医护人员进修，内镜医生孙程在金华学了半年，"
        "现在已经能独立做内镜下息肉切除了。\n"
    )
    assert "孙程" not in experts(text)
    # (not one whose work there builds a discipline: 学科)
    assert experts(PAIRING + "金华市第一医院内镜医生孙程在绥阳县人民医院学科建设中发挥了作用。\n") == {"孙程"}


def test_one_by_a_bare_title_in_the_receivers_scene_whose_clause_posts_them_or_makes_them_help_is_an_expert():
    text = "金华市第一医院对口帮扶绥阳县人民医院、湄潭县人民医院。\n"
    assert experts(text + "在绥阳县人民医院，骨科医生孙程常驻一年，带教开展关节镜手术。\n") == {"孙程"}
    assert experts(text + "在湄潭县人民医院，急诊科医生孙婷帮助该院建成急诊重症监护室。\n") == {"孙婷"}
    # (one the scene sets there, doing the hospital's own work, is its staff)
    assert experts(text + "在绥阳县人民医院，医生孙程为老人做心电图。\n") == set()


def test_an_editors_note_that_opens_with_the_writers_profile_names_an_expert():
    note = "孙海波，金华市第一医院普外科副主任医师，2023年7月起在湄潭县人民医院工作，挂职副院长。以下是他的日记。\n"
    for opening in ("【编者按】", "编者按："):
        text = "援黔日记｜在湄潭的第217天\n\n" + opening + note
        assert experts(text) == {"孙海波"}
        assert ("金华市第一医院", "孙海波") in links(text, Rel.SENDS)


def test_one_sent_to_a_county_works_at_the_articles_main_receiving_hospital_there():
    text = (
        "苏州市立医院与石阡县人民医院、石阡县中医院签订结对帮扶协议。\n"
        "石阡县人民医院新建了胸痛中心，石阡县人民医院的医生说，帮扶很有成效。\n"
        "石阡县人民医院院长表示感谢。\n"
        "石阡县人民医院的患者也说好。\n"
        "9月，苏州市立医院又派出护师钱晓燕来到石阡，开展为期一个月的带教。\n"
    )
    assert ("钱晓燕", "石阡县人民医院") in links(text, Rel.POSTED_TO)


def test_a_profile_s_next_sentence_with_no_subject_posts_the_person_where_they_took_a_post():
    # 第十一批援青，任某院副院长: the programme the person went with, then the post taken at the receiving hospital
    text = (
        "关于优秀援派医疗人才拟表彰人选的公示\n\n我省承担对口支援海西蒙古族藏族自治州等任务。\n\n"
        "1. 孙立航，男，1979年11月生，钱塘大学附属医院普外科主任医师。第十一批援青，任都兰县人民医院副院长。"
        "主要事迹：牵头开展腹腔镜手术。\n\n"
        "2. 钱慧敏，女，1983年5月生，苏州市立医院产科副主任医师。“组团式”帮扶，任天峻县人民医院妇产科主任。"
        "主要事迹：建立产科质控体系。"
    )
    assert links(text, Rel.POSTED_TO) == {("孙立航", "都兰县人民医院"), ("钱慧敏", "天峻县人民医院")}


def test_a_head_s_post_on_a_roster_line_is_the_aid_s_where_a_bracket_names_the_person_s_other_hospital():
    # 副院长：某某 alone is the page's own head; with the hospital the person comes from in a bracket, one sent
    roster = (
        "▲首批派驻专家名单\n\n执行院长：孙立航（秦皇岛市第一医院普通外科 副主任医师）\n"
        "副院长：钱慧敏（秦皇岛市第一医院护理部 主管护师）\n"
    )
    text = "秦皇岛市第一医院托管湟源县人民医院签约仪式在我院举行。\n\n" + roster
    assert {name for _, name in links(text, Rel.SENDS)} == {"孙立航", "钱慧敏"}
    own = "本院领导班子\n\n院长：孙立航\n副院长：钱慧敏\n\n秦皇岛市第一医院托管湟源县人民医院签约仪式在我院举行。"
    assert links(own, Rel.SENDS) == set()


def test_a_list_of_titled_names_past_the_title_s_reach_shares_its_first_item_s_hospital_and_goes_item_by_item():
    # the county hospital receives from a city's, so whose its doctors are decides whether they are sent down at all
    text = (
        "同时，苏州市立医院与湄潭县人民医院续签城市医疗集团帮扶协议。\n\n"
        "会上宣布了首批医共体下沉医生名单。湄潭县人民医院内科主治医师孙建华、外科主治医师钱小勇、儿科医师孙丽"
        "分别派驻青石镇中心卫生院、柳溪镇中心卫生院和松林镇中心卫生院，担任业务副院长。"
    )
    assert links(text, Rel.SENDS) == {("湄潭县人民医院", name) for name in ("孙建华", "钱小勇", "孙丽")}
    assert links(text, Rel.POSTED_TO) == {
        ("孙建华", "湄潭县青石镇中心卫生院"),
        ("钱小勇", "湄潭县柳溪镇中心卫生院"),
        ("孙丽", "湄潭县松林镇中心卫生院"),
    }


@pytest.mark.parametrize("name", ["涂卫东", "涂红"])
def test_a_name_the_recogniser_misses_after_a_title_is_read_before_a_verb_of_making_or_doing(name):
    text = f"苏州市立医院对口帮扶湄潭县人民医院。仪式上，第四批援黔医疗队队长、普外科主任医师{name}作了工作交流。"
    assert name in {m.surface for m in extract(document_from_text("t.txt", text)).mentions}

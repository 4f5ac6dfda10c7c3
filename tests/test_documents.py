import codecs
import os
import re
from pathlib import Path

import pytest

from graphaid.documents import (
    Skipped,
    UnreadableError,
    body_spans,
    decode,
    document_from_text,
    find_articles,
    read_document,
    unwrap,
)

ARTICLE = "安吉县第一医院选派专家赴望谟县人民医院开展对口帮扶工作，帮助该院成立了新生儿科。"


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("gb18030"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16-bom"],
)
def test_article_text_is_decoded_whatever_its_encoding(data):
    text, _ = decode(data)
    assert text.lstrip("\ufeff") == ARTICLE


def test_binary_file_is_refused_with_a_reason():
    with pytest.raises(UnreadableError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_html_page_is_reduced_to_its_article_without_chrome(tmp_path):
    from pathlib import Path

    src = Path(__file__).parent / "data" / "pairing_article.html"
    doc = read_document(src, src.name)
    body = "".join(s.text for s in doc.sentences)
    assert "无锡市第一人民医院" in body
    assert "赵启明" not in body and "孙悦琪" not in body and "版权所有" not in body


def test_a_pages_heading_is_read_as_its_first_line_as_a_text_files_is(tmp_path):
    heading = "安吉县医疗专家赴望谟县开展对口帮扶"
    paragraphs = [
        "5月9日，安吉县第一医院专家团队来到望谟县人民医院开展义诊，为200余名群众提供了诊疗服务，受到当地群众的欢迎。",
        "据了解，安吉县第一医院自2021年起对口帮扶望谟县人民医院，先后选派专家30余人次驻点帮扶，帮助医院开展新技术。",
        "专家们还深入病房开展教学查房和业务培训，手把手地传授诊疗经验，进一步提升了当地医务人员的诊疗水平和服务能力。",
    ]
    page = tmp_path / "page.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{heading}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><div class='article'><h1>{heading}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div><div class='footer'>版权所有</div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.text.startswith(heading) and doc.sentences[0].text == heading
    plain = tmp_path / "plain.txt"
    plain.write_text("\n".join([heading, *paragraphs]) + "\n", encoding="utf-8")
    assert [s.text for s in read_document(plain).sentences] == [s.text for s in doc.sentences]


def test_page_chrome_after_the_body_is_cut_off():
    text = "站内搜索\n" + ARTICLE * 2 + "\n\n相关阅读\n · 建行副行长赵启明辞任\n · 孙悦琪考编成功\n"
    article = "".join(text[a:b] for a, b in body_spans(text))
    assert "赵启明" not in article
    assert ARTICLE in article


@pytest.mark.parametrize("header", ["※ 相关信息 ※", "【本栏热门】", "热门排行：", "点击排行"])
def test_a_site_s_block_of_other_news_ends_the_body(header):
    # however a site titles its block of other articles, their headlines are no part of the article
    text = ARTICLE * 2 + f"\n{header}\n● 宜春市人民医院专家赴铜鼓县开展义诊\n● 靖安县人民医院迎来帮扶专家\n"
    article = "".join(text[a:b] for a, b in body_spans(text))
    assert ARTICLE in article and "铜鼓县" not in article and "靖安县" not in article


def test_chrome_after_a_body_of_short_paragraphs_is_cut_off():
    # no paragraph is long: the body starts with the first line that ends a sentence, after the title
    text = (
        "安吉县第一医院专家赴望谟县义诊\n来源：某某日报\n"
        "5月9日，安吉县第一医院专家团队来到望谟县人民医院开展义诊。\n"
        "专家们共为200余名群众提供了诊疗服务。\n"
        "相关阅读\n建行副行长赵启明辞任\n"
    )
    article = "".join(text[a:b] for a, b in body_spans(text))
    assert "望谟县人民医院" in article
    assert "赵启明" not in article


def test_a_list_of_links_a_chrome_line_opens_before_the_body_is_left_out():
    text = (
        "TITLE: 安吉县第一医院专家赴望谟县义诊\n热点新闻\n"
        "丽水市人民医院专家赴林周县人民医院开展帮扶\n六安市人民医院与霍邱县人民医院签订合作协议\n"
        "发布时间：2024-05-06\n" + ARTICLE * 2 + "\n"
    )
    body = read_body(text)
    assert "安吉县第一医院专家赴望谟县义诊" in body and "安吉县第一医院" in body.split("义诊", 1)[1]
    assert "林周县" not in body and "霍邱县" not in body


def test_a_toolbar_before_the_title_opens_no_list_of_links():
    # a page's print and close buttons above its title: the title and a short first paragraph are the article's
    toolbar = "首页 > 新闻中心\n【字体：大 中 小】【打印本页】【关闭窗口】\n"
    title, first = "潍坊市人民医院专家赴门源县开展帮扶\n", "5月6日，潍坊市人民医院专家团队抵达门源县人民医院。\n"
    body = read_body(toolbar + title + "发布时间：2024-05-06\n" + first + ARTICLE * 2 + "\n")
    assert title.strip() in body and first.strip() in body


def read_body(text: str) -> str:
    return "".join(s.text for s in document_from_text("d", text).sentences)


def test_a_share_bar_inside_the_body_does_not_cut_it():
    second = (
        "专家团队还深入乡镇卫生院开展巡回义诊，为当地群众送去优质医疗服务，"
        "受到广泛好评，当地干部群众纷纷点赞，表示希望专家团队常来常往。"
    )
    text = "TITLE: 义诊\n" + ARTICLE * 2 + "\n分享到：\n\n" + second + "\n相关阅读\n · 建行副行长赵启明辞任\n"
    article = "".join(text[a:b] for a, b in body_spans(text))
    assert second in article
    assert "赵启明" not in article


def test_chrome_words_before_the_body_do_not_cut_it():
    text = "来源:东南网 我来说两句\n分享到:\n" + ARTICLE * 2 + "\n相关阅读:\n"
    doc = document_from_text("d", text)
    assert any("安吉县第一医院" in s.text for s in doc.sentences)


def test_sentence_offsets_point_at_the_sentence_in_the_text():
    doc = document_from_text("d", "标题\n\n  " + ARTICLE + "第二句话在这里！第三句。")
    assert len(doc.sentences) >= 3
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_sentence_dates_are_read():
    doc = document_from_text("d", "2018年10月, 安吉县第一医院派出专家。2019年7月15日前往望谟县。")
    assert [s.date for s in doc.sentences] == ["2018-10", "2019-07-15"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"just some english text without chinese", "no Chinese"),
    ],
)
def test_unreadable_files_get_a_one_line_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableError, match=reason) as err:
        read_document(path, "bad.txt")
    assert "\n" not in str(err.value)


def test_too_large_file_is_skipped_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(ARTICLE.encode() * 2000)
    with pytest.raises(UnreadableError, match="too large"):
        read_document(path, "huge.txt", max_bytes=10_000)


def test_folders_are_searched_recursively_for_articles(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "y.html").write_text("<p>" + ARTICLE + "</p>", encoding="utf-8")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    found = [item[1] for item in find_articles([tmp_path])]
    assert found == ["a/b/x.txt", "a/y.html"]


def test_a_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "readme.md").write_text("nothing")
    assert [type(i) for i in find_articles([tmp_path])] == [Skipped]


def test_a_gb18030_html_page_reads_like_its_utf8_twin(tmp_path):
    from pathlib import Path

    html = (Path(__file__).parent / "data" / "pairing_article.html").read_text(encoding="utf-8")
    (tmp_path / "utf8.html").write_text(html, encoding="utf-8")
    (tmp_path / "gbk.html").write_bytes(html.replace('charset="utf-8"', 'charset="gb2312"').encode("gb18030"))
    utf8 = read_document(tmp_path / "utf8.html", "a")
    gbk = read_document(tmp_path / "gbk.html", "b")
    assert gbk.encoding == "gb18030"
    assert [s.text for s in gbk.sentences] == [s.text for s in utf8.sentences]


# --- traditional characters ------------------------------------------------------------------------------------

# invented hospitals and people, written in simplified characters
SIMPLIFIED_ARTICLE = """德清县第一人民医院对口帮扶色达县人民医院

2024年3月，浙江省德清县第一人民医院与四川省甘孜州色达县人民医院签订卫生健康帮扶协议，建立长期合作关系。
德清县第一人民医院选派骨科副主任医师贺知远、麻醉科主治医师冯晓蕾前往色达县人民医院，带着设备开展为期半年的驻点帮扶，带教当地医生。
在专家团队的帮助下，色达县人民医院成立了消化内镜中心，填补了当地的技术空白，群众在家门口就能做胃肠镜检查。
"""


def _t2s(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s.json").convert(text)


@pytest.fixture(scope="module")
def simplified_graph(tmp_path_factory):
    from graphaid.graph import node_link
    from graphaid.pipeline import build

    folder = tmp_path_factory.mktemp("simplified")
    (folder / "a.txt").write_text(SIMPLIFIED_ARTICLE, encoding="utf-8")
    return _same_for_any_file(node_link(build([folder])[0]))


def _same_for_any_file(graph: dict) -> dict:
    """A node-link graph without the document ids (they hash each file's bytes, so they differ by script)."""
    for node in graph["nodes"]:
        node.pop("docs", None)
    for edge in graph["edges"]:
        for ev in edge.get("evidence", []):
            ev.pop("doc", None)
    return graph


# the mainland's, Taiwan's and Hong Kong's standard forms of the characters
@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_an_article_in_traditional_characters_gives_the_graph_of_its_simplified_original(
    tmp_path, simplified_graph, config
):
    import opencc

    from graphaid.graph import node_link
    from graphaid.pipeline import build

    traditional = opencc.OpenCC(f"{config}.json").convert(SIMPLIFIED_ARTICLE)
    assert sum(a != b for a, b in zip(traditional, SIMPLIFIED_ARTICLE, strict=True)) > 40
    (tmp_path / "a.txt").write_text(traditional, encoding="utf-8")
    graph, _ = build([tmp_path])
    assert _same_for_any_file(node_link(graph))["nodes"] == simplified_graph["nodes"]
    assert _same_for_any_file(node_link(graph))["edges"] == simplified_graph["edges"]
    labels = [n["label"] for n in simplified_graph["nodes"]]
    assert labels.count("Hospital") == 2 and labels.count("Expert") == 2 and labels.count("Department") == 1
    (document,) = graph.graph["documents"].values()
    assert document["script"] == "traditional"
    # Taiwan's 著 and Hong Kong's 衞 are read too
    assert ("著" in traditional) == (config == "s2tw") and ("衞" in traditional) == (config == "s2hk")
    # evidence offsets point at the same sentence in the file as written and in its simplified original
    for edge in node_link(graph)["edges"]:
        for ev in edge["evidence"]:
            assert SIMPLIFIED_ARTICLE[ev["start"] : ev["end"]] == ev["sentence"]
            assert len(traditional) == len(SIMPLIFIED_ARTICLE)


def test_simplified_text_is_left_as_it_is():
    from graphaid.documents import to_simplified

    assert to_simplified(SIMPLIFIED_ARTICLE) == (SIMPLIFIED_ARTICLE, False)
    # a traditional name quoted in a simplified article does not make it traditional
    assert to_simplified(SIMPLIFIED_ARTICLE + "「醫療」")[1] is False


def test_the_seed_articles_are_read_as_simplified():
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in seeds.iterdir():
        doc = read_document(path, path.name)
        assert not doc.traditional and doc.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_a_conversion_that_would_change_the_length_is_done_character_by_character():
    from graphaid.documents import keep_length

    traditional = "第一行：醫院。\n第二行：選派醫師。\n第三行：專家。\n"

    def lengthening(text: str) -> str:  # as if a phrase entry mapped two characters to three
        return _t2s(text).replace("医师", "医师们")

    converted = keep_length(traditional, lengthening)
    assert converted == _t2s(traditional) and len(converted) == len(traditional)


def test_a_line_without_full_stops_is_cut_into_bounded_windows_that_point_into_the_text():
    from graphaid.documents import MAX_SENTENCE_CHARS

    line = ("某市医院派出专家团队开展帮扶工作" * 3 + "，") * 400 + "另有一段没有标点的长文字" * 300
    doc = document_from_text("d", line + "。\n")
    assert len(doc.sentences) > len(line) // MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in doc.sentences)
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    # windows end at a comma when there is one, and together they cover the line
    assert doc.sentences[0].text.endswith("，")
    assert "".join(s.text for s in doc.sentences) == line + "。"


def test_a_file_name_that_is_not_utf8_reads_and_is_shown_readably(tmp_path):
    import os

    from graphaid.documents import path_bytes, shown

    raw = os.fsencode(tmp_path) + b"/\xcf\xd8.txt"  # GBK bytes, as names unpacked from a Windows zip
    with open(raw, "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    [(path, name)] = list(find_articles([tmp_path]))
    assert name == "\\xcf\\xd8.txt" and name.encode("utf-8")
    doc = read_document(path)
    assert doc.doc_id.startswith("\\xcf\\xd8.txt#") and doc.path == shown(path)
    assert bytes.fromhex(path_bytes(path)) == raw


def test_linked_folders_broken_links_and_unreadable_folders_are_reported(tmp_path):
    import os

    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "link").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = list(find_articles([tmp_path / "in"]))
    assert [item[1] for item in found if not isinstance(item, Skipped)] == ["sub/a.txt"]
    reasons = {os.path.basename(s.path): s.reason for s in found if isinstance(s, Skipped)}
    assert reasons.keys() == {"link", "loop", "gone.txt"}
    assert "linked folder" in reasons["link"] and "broken symbolic link" in reasons["gone.txt"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_sub_folder_is_reported(tmp_path):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed").chmod(0)
    try:
        skipped = [s for s in find_articles([tmp_path]) if isinstance(s, Skipped)]
    finally:
        (tmp_path / "closed").chmod(0o755)
    assert len(skipped) == 1 and "closed" in skipped[0].path and "cannot read the folder" in skipped[0].reason


def test_a_text_wrapped_at_one_width_is_read_with_its_paragraphs_whole(tmp_path):
    paragraph = ARTICLE * 3 + "专家们还深入乡镇卫生院开展巡回义诊。"
    wrapped = "\n".join(paragraph[i : i + 23] for i in range(0, len(paragraph), 23))
    path = tmp_path / "wrapped.txt"
    path.write_text("TITLE: 义诊\n" + wrapped + "\n", encoding="utf-8")
    doc = read_document(path)
    assert paragraph in doc.text
    assert any("安吉县第一医院选派专家赴望谟县人民医院" in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    "rows",
    [
        # the items of a numbered list
        [
            "1. 周海燕\u3000宜春市人民医院\u3000\u3000派驻铜鼓县人民医院",
            "2. 罗建平\u3000宜春市中医院\u3000\u3000\u3000派驻靖安县中医医院",
            "3. 易志明\u3000宜春市妇幼保健院\u3000派驻铜鼓县中医医院",
            "4. 彭小兰\u3000宜春市第二医院\u3000\u3000派驻靖安县人民医院",
        ],
        # a table's rows with bars, under their header
        [
            "|姓名|性别|科室|职称|拟任职务|",
            "|钱国平|男|肝胆外科|主任医师|院长|",
            "|周海峰|男|神经内科|主治医师|主任|",
            "|孙晓燕|女|妇产科室|主任医师|主任|",
        ],
    ],
)
def test_the_lines_of_a_list_or_a_table_padded_to_one_width_stay_lines_of_their_own(rows):
    text = "TITLE: 名单\n" + "\n".join(rows) + "\n"
    assert len({len(row) for row in rows[1:]}) == 1 and len(rows[1]) >= 20
    assert unwrap(text) == text


def test_the_rows_of_a_table_padded_to_one_width_stay_lines_of_their_own():
    cells = [
        ("序号", "受援医院", "支援医院", "结果"),
        ("1", "铜鼓县人民医院", "宜春市人民医院", "优秀"),
        ("2", "凤冈县人民医院", "金华市中心医院", "良好"),
        ("3", "磐安县人民医院", "温州市中心医院", "合格"),
    ]
    rows = [f"{n:<6}{a:<10}{b:<10}{c}" for n, a, b, c in cells]
    text = "TITLE: 考核结果\n" + "\n".join(rows) + "\n"
    assert len({len(row) for row in rows}) == 1
    assert unwrap(text) == text


def test_a_text_of_paragraphs_of_their_own_lengths_is_left_as_it_is():
    # (paragraphs end their sentences: a line that stops inside one is a copy's break, read below)
    text = "TITLE: 义诊\n" + ARTICLE + "\n" + ARTICLE[:30] + "。\n" + ARTICLE[5:] + "\n" + ARTICLE[:25] + "。\n"
    assert unwrap(text) == text


def test_a_two_character_name_padded_to_three_is_read_whole_and_offsets_stay():
    from graphaid.documents import unpad_names

    text = "队员：钱　亮（骨科）、孙　悦、欧阳晓燕\n中　华　人　民"
    unpadded = unpad_names(text)
    assert len(unpadded) == len(text)
    assert "钱亮" in unpadded and "孙悦" in unpadded and "欧阳晓燕" in unpadded
    assert unpadded.endswith("中\u3000华\u3000人\u3000民")  # spaced-out characters are no padded name
    # a name's last character and a roster's cell of sex after it are no padded name
    assert unpad_names("1\u3000周海燕\u3000女\u3000某医院") == "1\u3000周海燕\u3000女\u3000某医院"
    # a padded name in a table's cell between bars
    assert unpad_names("钱　亮｜某医院｜骨科") == "钱亮\u3000｜某医院｜骨科"


PAIRS_TABLE = [("六安市人民医院", "霍邱县第一人民医院"), ("安徽省立医院", "舒城县人民医院")]


def test_a_table_of_pairs_in_a_page_is_read_as_rows_and_its_pairs_found(tmp_path):
    from graphaid.extract import extract

    rows = "".join(f"<tr><td>{i}</td><td>{a}</td><td>{b}</td></tr>" for i, (a, b) in enumerate(PAIRS_TABLE, 1))
    page = tmp_path / "list.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>对口帮扶名单</title></head><body><div class='article'>"
        "<h1>城市三级医院对口帮扶县级医院名单</h1><p>" + ARTICLE * 2 + "现将结对名单公布如下。</p>"
        "<table><tr><th>序号</th><th>支援医院</th><th>受援医院</th></tr>" + rows + "</table></div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert re.search(r"^1[\s｜]+六安市人民医院[\s｜]+霍邱县第一人民医院$", doc.text, re.MULTILINE)
    pairs = {(r.source.surface, r.target.surface) for r in extract(doc).relations if r.type.name == "PAIRS_WITH"}
    assert set(PAIRS_TABLE) <= pairs


def test_a_table_that_lays_out_a_page_is_left_as_it_is():
    from graphaid.documents import _list_tables_as_lines

    layout = "<html><body><table><tr><td>" + ARTICLE * 2 + "</td></tr><tr><td>导航</td></tr></table></body></html>"
    assert _list_tables_as_lines(layout) == layout


def test_a_table_written_with_bars_is_kept_while_a_bar_of_links_is_not():
    from graphaid.documents import document_from_text

    text = (
        "关于派驻人员名单的公示\n首页 | 新闻中心 | 医院概况 | 联系我们\n"
        "序号|姓名|派出单位|派驻单位\n1|周海燕|宜春市人民医院|铜鼓县人民医院\n现予以公示。"
    )
    lines = [s.text for s in document_from_text("t.txt", text).sentences]
    assert "1|周海燕|宜春市人民医院|铜鼓县人民医院" in lines and "序号|姓名|派出单位|派驻单位" in lines
    assert not any("新闻中心" in line for line in lines)


def test_a_table_with_bars_between_its_cells_only_keeps_its_rows_while_a_lone_bar_of_links_goes():
    from graphaid.documents import document_from_text

    text = (
        "金华市第一医院援派队员名单\n首页|新闻中心|医院概况|联系我们\n\n"
        "姓名|科室|职称\n钱国平|外科|主任医师\n周海峰|内科|副主任医师\n以上人员派驻湟源县人民医院。"
    )
    lines = [s.text for s in document_from_text("t.txt", text).sentences]
    assert lines[1:4] == ["姓名|科室|职称", "钱国平|外科|主任医师", "周海峰|内科|副主任医师"]
    assert not any("新闻中心" in line for line in lines)


@pytest.mark.parametrize("heading", ["往期回顾", "往期推荐", "更多阅读"])
def test_a_public_accounts_list_of_past_posts_after_the_body_is_cut_off(heading):
    text = ARTICLE * 2 + f"\n\n编辑：李明\n\n{heading}\n▶ 某县人民医院与我院签订专科联盟协议\n▶ 我院胸痛中心通过复核\n"
    article = "".join(text[a:b] for a, b in body_spans(text))
    assert "专科联盟" not in article
    assert ARTICLE in article


@pytest.mark.parametrize(
    "footer", ["版权所有：湟源县人民医院 &nbsp; 电话：0971-0000000", "版权所有 © 2024 湟源县人民医院　地址：某路1号"]
)
def test_a_page_s_footer_naming_the_site_s_owner_is_kept_as_a_saved_text_keeps_it(tmp_path, footer):
    from graphaid.extract import extract

    body = (
        "<p>5月22日，无锡市人民医院帮扶专家团队一行4人到达我院，开始为期半年的驻点帮扶工作。</p>"
        "<p>近年来在无锡市的大力支持下，县人民医院在人才队伍方面有了明显改善。</p>"
    )
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>专家团队来我院开展工作-医院动态-湟源县人民医院</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> <a href='/news'>新闻中心</a></div>"
        f"<div class='article'><h1>专家团队来我院开展工作</h1>{body * 2}</div>"
        f"<div class='footer'><p>{footer}</p></div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert "湟源县人民医院" in doc.text.rstrip().splitlines()[-1]
    pairs = {(r.source.surface, r.target.surface) for r in extract(doc).relations if r.type.name == "PAIRS_WITH"}
    assert ("无锡市人民医院", "湟源县人民医院") in pairs


def test_a_table_of_names_in_a_page_keeps_its_cells_apart(tmp_path):
    from graphaid.extract import extract

    page = tmp_path / "roster.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>名单公示</title></head><body><div class='article'>"
        "<h1>名单公示</h1><p>金华市第一医院对口帮扶绥阳县人民医院，拟选派以下同志赴绥阳县开展医疗帮扶工作，现予以公示：</p>"
        "<table><tr><th>姓名</th><th>性别</th><th>科室</th><th>职称</th><th>派驻单位</th></tr>"
        "<tr><td>罗永福</td><td>男</td><td>胃肠外科</td><td>副主任医师</td><td>绥阳县人民医院</td></tr>"
        "<tr><td>钱小芳</td><td>女</td><td>产科</td><td>主治医师</td><td>绥阳县人民医院</td></tr></table>"
        "<p>公示时间：2024年1月8日至2024年1月12日。</p></div></body></html>",
        encoding="utf-8",
    )
    experts = {m.surface for m in extract(read_document(page)).mentions if m.label.name == "EXPERT"}
    assert experts == {"罗永福", "钱小芳"}


def test_lines_a_copy_broke_inside_a_sentence_are_one_again():
    from graphaid.documents import unwrap

    text = (
        "医疗队抵达绥阳县\n"
        "　　8月9日，金华市第一医院第九批医疗队一行3人从金华出发，于当天傍晚抵达海拔1200余米的绥\n"
        "阳县人民医院，正式开始为期一年的帮扶工作。本批队员由麻醉科主治医师罗永福和手术室主管护师钱\n"
        "小芳组成。\n"
        "一、坚持问题导向，扎实推进精准帮扶\n"
        "本批专家将在绥阳县人民医院工作一年，帮助开展新技术。\n"
        "相关新闻\n"
        "金华市第一医院专家赴绥阳县开展义诊活动\n"
        "绥阳县人民医院举行帮扶工作座谈会"
    )
    lines = unwrap(text).split("\n")
    assert "本批队员由麻醉科主治医师罗永福和手术室主管护师钱小芳组成。" in lines[1]
    # a heading, a page's links and the headline stay lines of their own
    assert lines[0] == "医疗队抵达绥阳县"
    assert "一、坚持问题导向，扎实推进精准帮扶" in lines
    assert lines[-2:] == ["金华市第一医院专家赴绥阳县开展义诊活动", "绥阳县人民医院举行帮扶工作座谈会"]


def test_a_name_spaced_by_two_spaces_is_read_together():
    from graphaid.documents import unpad_names

    assert unpad_names("麻醉科主治医师罗  梅和手术室护师") == "麻醉科主治医师罗梅  和手术室护师"
    # (in running text too, before what the person does; not characters spaced out one by one)
    assert unpad_names("肾内科主治医师罗  梅到绥阳县人民医院挂职") == "肾内科主治医师罗梅  到绥阳县人民医院挂职"
    assert unpad_names("中  华  人  民") == "中  华  人  民"


def test_a_rosters_lines_stay_lines_of_their_own_though_each_holds_prose():
    # each line opens with a name and an ideographic space: a row, not a sentence a copy broke
    rows = [
        "钱国平\u3000金华市中心医院心内科主任医师，任湟源县人民医院心内科主任",
        "周海峰\u3000金华市中心医院骨科副主任医师，任湟源县人民医院骨科主任",
        "罗\u3000春梅\u3000金华市中心医院护理部副主任，任湟源县人民医院护理部主任",
    ]
    text = "首批专家名单\n" + "\n".join(rows) + "\n"
    assert unwrap(text) == text
    # (prose a copy broke inside a sentence is still one line)
    broken = "首批专家名单\n金华市中心医院选派心内科主任医师钱国平，前往湟源县人民医院担任\n心内科主任，为期一年。\n"
    assert unwrap(broken) == broken.replace("担任\n", "担任")


def test_a_two_character_label_padded_before_its_colon_is_read_whole_and_offsets_stay():
    from graphaid.documents import unpad_names

    text = "领　队：某某\n队  长:某某\n主　任　医　师\n他说　好：行"
    unpadded = unpad_names(text)
    assert len(unpadded) == len(text)
    assert unpadded.startswith("领队\u3000：某某\n队长  :某某\n")
    # (spaced-out words that no colon follows, and words inside a line, are left as they are)
    assert unpadded.endswith("主\u3000任\u3000医\u3000师\n他说\u3000好：行")


def test_a_padded_name_after_a_label_s_word_is_read_whole_though_its_family_name_is_a_verb():
    from graphaid.documents import unpad_names

    # 员　任 is no name, which leaves 任 free to open the padded name after it
    assert unpad_names("队员　任　婷　妇产科　副主任医师") == "队员　任婷　　妇产科　副主任医师"
    # (a run of single characters spaced out, by one space or two, is no name)
    assert unpad_names("队员　主　任　医　师") == "队员　主　任　医　师"
    assert unpad_names("中  华  人  民") == "中  华  人  民"


def test_a_row_s_label_padded_to_three_before_its_next_cell_is_read_whole_and_offsets_stay():
    from graphaid.documents import unpad_names

    assert unpad_names("组\u3000长\u3000钱国平\u3000某科") == "组长\u3000\u3000钱国平\u3000某科"
    assert unpad_names("组 员 孙燕") == "组员  孙燕"


def test_a_line_broken_after_a_comma_goes_on_in_the_next():
    from graphaid.documents import split_sentences

    text = "今年9月，她和急诊科副主任医师钱国平一起，\n从金华出发，\n来到湟源县。\n医疗队名单\n钱国平\n"
    assert [s.text.replace("\n", "") for s in split_sentences(text)] == [
        "今年9月，她和急诊科副主任医师钱国平一起，从金华出发，来到湟源县。",
        "医疗队名单",
        "钱国平",
    ]
    # (but a list's item opens a sentence of its own, whatever the line before ends with)
    text = (
        "▶卒中中心：计划明年建成，\n2. 远程会诊中心：已开展会诊218例。\n▲胸痛中心：正在筹建，\n🔹疼痛门诊：今年开诊。"
    )
    assert len(split_sentences(text)) == 4

"""A small aid graph with invented hospitals and articles, and ``graphaid serve`` running on it in a real process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
from mapgraphs import HOSTILE_IMG, HOSTILE_SENTENCE, evidence, hospital

from graphaid.graph import add_edge, add_node, new_graph, save_graph
from graphaid.model import Label, Rel, node

# divisions by code (the names come from the division table): two donor counties, two recipient counties
DONOR_EAST, DONOR_SOUTH = "320481", "350181"
RECIPIENT_WEST, RECIPIENT_NORTH = "520527", "620725"
DONOR_HOSPITAL = "青禾仁和医院"
RECIPIENT_HOSPITAL = "石泉湾中心医院"
PAIR_SENTENCE = "青禾仁和医院与石泉湾中心医院签订对口帮扶协议，派出骨干常驻。"
ARTICLE = "news-001.txt#0a1b2c3d4e"
ARTICLE_TITLE = "青禾仁和医院帮扶纪实"
ARTICLE_URL = "https://news.example.org/2021/aid-001.html"


def serve_graph() -> nx.MultiDiGraph:
    """Two donor → recipient pairs in four provinces, an expert, a department, and a hospital named in HTML."""
    graph = new_graph()
    east = hospital(graph, DONOR_HOSPITAL, DONOR_EAST, ARTICLE)
    west = hospital(graph, RECIPIENT_HOSPITAL, RECIPIENT_WEST, ARTICLE)
    south = hospital(graph, "海晏医院", DONOR_SOUTH, "news-002.txt")
    north = hospital(graph, "山麓县第二医院", RECIPIENT_NORTH, "news-002.txt")
    add_edge(graph, east, west, Rel.PAIRS_WITH, evidence(PAIR_SENTENCE, ARTICLE, "2021-05-02"))
    add_edge(graph, south, north, Rel.PAIRS_WITH, evidence("海晏医院对口支援山麓县第二医院。", "news-002.txt", "2019"))
    expert = add_node(graph, node(Label.EXPERT, "林若溪", "林若溪|青禾", doc=ARTICLE))
    add_edge(graph, east, expert, Rel.SENDS, evidence("青禾仁和医院派出林若溪。", ARTICLE, "2021-05-02"))
    add_edge(graph, expert, west, Rel.POSTED_TO, evidence("林若溪挂职石泉湾中心医院。", ARTICLE, "2021-05-02"))
    department = add_node(graph, node(Label.DEPARTMENT, "卒中中心", "卒中中心|石泉湾", doc=ARTICLE))
    add_edge(graph, east, department, Rel.FOUNDED, evidence("帮助建成卒中中心。", ARTICLE, "2021-05-02"))
    add_edge(graph, department, west, Rel.PART_OF, evidence("石泉湾中心医院卒中中心揭牌。", ARTICLE, "2021-05-02"))
    hostile = hospital(graph, HOSTILE_IMG, RECIPIENT_WEST, "news-003.txt")
    add_edge(graph, south, hostile, Rel.PAIRS_WITH, evidence(HOSTILE_SENTENCE, "news-003.txt", "2020"))
    graph.graph["documents"] = {
        ARTICLE: {"title": ARTICLE_TITLE, "url": ARTICLE_URL, "outlet": "山川日报", "date": "2021-05-02"},
        "news-002.txt": {"title": "山麓来了医疗队", "outlet": "晨报", "date": "2019-03-01"},
        "news-003.txt": {"title": "<i>标题</i>", "outlet": "<b>x</b>", "date": "2020"},
    }
    return graph


def free_port() -> int:
    from graphaid.serve import free_port as pick

    return pick()


@contextmanager
def running_server(graph: nx.MultiDiGraph, folder: Path) -> Iterator[str]:
    """``graphaid serve`` on a free port in its own process; its base URL once it answers. Stopped with SIGTERM."""
    path = folder / "aid.json"
    save_graph(graph, path)
    port = free_port()
    command = [str(Path(sys.executable).with_name("graphaid")), "serve", "--graph", str(path), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=folder)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise AssertionError(f"graphaid serve stopped: {server.stdout.read()}")
            try:
                with urllib.request.urlopen(url + "-/versions.json", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("graphaid serve did not answer within 60 s") from None
                time.sleep(0.2)
        yield url
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
        server.stdout.close()

"""Benchmark graphaid at scale and print one markdown table, every number measured in this run on this machine.

    python bench/run.py                                  # 100,000 generated articles, --workers 2
    python bench/run.py --articles 10000 --out /tmp/bench --keep

Rows:
  * the machine (cores, RAM, CPU model, Python) and the date;
  * the generated corpus (bench/make_corpus.py): articles, characters, size on disk, generation time;
  * extraction throughput on one core: ``graphaid.extract.extract_many`` (by build-sized chunks) over ``--sample``
    generated articles that were read (decoded, HTML stripped, split) beforehand, so only extraction is timed;
    beside it ``jieba.lcut`` on the same texts in the same process, and the ratio; and the rate of reading those
    files. Each of ``--repeats`` fresh processes is pinned to one CPU before it starts any thread, so helper
    threads (ONNX Runtime) cannot borrow the second core; the table gives the median and the range;
  * ``graphaid build`` of ``--articles`` articles with ``--workers N`` (plain ``graphaid build`` when the CLI
    has no ``--workers``): wall time, peak memory of the whole process tree (sum of RSS over the process and
    its children sampled with psutil, and the sum of PSS, which counts pages shared between workers once),
    graph size, and precision/recall of ``graphaid.questions.donors`` against the corpus's truth.jsonl;
  * latency of the headline query "donors serving a county" on the embedded store for random counties of the
    built graph (p50/p95): ``graphaid.questions.donors(graph, county=NAME)`` and, where graphaid has it, the
    named query ``graphaid.queries.donors_of_county(graph, NAME)`` (cypher/donors_of_county.cypher's twin);
  * the Bolt server and the map, from the other two benchmarks, each run as a subprocess that prints one JSON
    object on the last line of its standard output:

      bench/bench_load.py --json --graph GRAPH --runs 1 --memory 4g
          load GRAPH into Neo4j (cold, then into an empty database after warm-up, then again on top of
          itself) and time the named query donors_of_county there and on the embedded store:
          {"rows": 756695, "seconds": 70.2, "rows_per_s": 10779.0, "cold_rows_per_s": ..., "again_rows_per_s":
           ..., "query_p50_ms": 4.1, "query_p95_ms": 9.8, "embedded_p50_ms": ..., "embedded_p95_ms": ...}
      bench/bench_map.py --json --nodes 5000 --graph GRAPH
          the network map of the 5,000 nodes nearest GRAPH's busiest county, written and opened in Chromium:
          {"nodes": 5000, "edges": 12000, "seconds": 1.2, "drawn_seconds": 1.6, "still": true}

    A script that exits non-zero, times out (``--timeout``) or prints no JSON shows as "failed" with the reason.

The corpus goes to ``--out`` (kept) or to a temporary folder (deleted afterwards unless ``--keep``). A corpus
already in ``--out`` with the same size and seed is used again instead of being generated anew.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # make_corpus sits beside this script; bench/ is not a package

import make_corpus  # noqa: E402


@dataclass(slots=True)
class Row:
    measure: str
    result: str
    how: str = ""


@dataclass(slots=True)
class Results:
    rows: list[Row] = field(default_factory=list)

    def add(self, measure: str, result: str, how: str = "") -> None:
        self.rows.append(Row(measure, result, how))

    def markdown(self) -> str:
        lines = ["| measure | result | how |", "| --- | --- | --- |"]
        for row in self.rows:
            cells = [c.replace("|", "\\|") for c in (row.measure, row.result, row.how)]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)


# --- the machine ----------------------------------------------------------------------------------------------


def machine() -> str:
    """Cores, CPU model, RAM, Python and OS, in one line."""
    import psutil

    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = psutil.virtual_memory().total / 2**30
    return (
        f"{os.cpu_count()} cores ({model}), {ram:.1f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


# --- extraction on one core -----------------------------------------------------------------------------------


def measure_extraction(sample_dir: Path) -> dict:
    """Seconds to read the sample, to extract it and to jieba.lcut it, in this process (one pass each)."""
    import logging

    import jieba

    from graphaid.documents import Skipped, UnreadableError, find_articles, read_document
    from graphaid.extract import extract, extract_many
    from graphaid.pipeline import CHUNK

    paths = [item for item in find_articles([sample_dir]) if not isinstance(item, Skipped)]
    read_document(*paths[0])  # warm up: trafilatura and charset detection import on first use
    wall = time.perf_counter()
    docs = []
    for path, doc_id in paths:
        try:
            docs.append(read_document(path, doc_id))
        except UnreadableError:
            continue
    read_s = time.perf_counter() - wall
    texts = [doc.text for doc in docs]
    # warm up: lexicons, the division table and the person-name model load on first use, not per document
    extract(docs[0])
    jieba.setLogLevel(logging.WARNING)
    jieba.lcut(texts[0])

    wall, cpu = time.perf_counter(), time.process_time()
    for at in range(0, len(docs), CHUNK):  # as a build's workers do: a chunk of articles at a time
        extract_many(docs[at : at + CHUNK])
    extract_s, extract_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_s = time.perf_counter() - wall
    return {
        "docs": len(docs),
        "chars": sum(len(t) for t in texts),
        "bytes": sum(Path(path).stat().st_size for path, _ in paths),
        "read_s": read_s,
        "extract_s": extract_s,
        "extract_cpu_s": extract_cpu,
        "jieba_s": jieba_s,
        "cpus": sorted(os.sched_getaffinity(0)),
    }


def extraction_on_one_core(sample_dir: Path, repeats: int) -> list[dict]:
    """measure_extraction in ``repeats`` fresh child processes, each pinned to one CPU from its start.

    Fresh processes, because a second pass in the same process would find sentences in the extractor's caches;
    several, because a shared virtual machine's timings wander by a quarter from one run to the next.
    """
    cpu = min(os.sched_getaffinity(0))
    runs = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, __file__, "--measure-extraction", str(sample_dir)],
            preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"extraction measurement failed: {done.stderr.strip().splitlines()[-1:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def measure_jieba(corpus_dir: Path) -> dict:
    """Seconds to jieba.lcut the decoded texts of a corpus, in this process (reading not counted)."""
    import logging

    import jieba

    from graphaid.documents import Skipped, UnreadableError, find_articles, read_document

    texts = []
    for item in find_articles([corpus_dir]):
        if isinstance(item, Skipped):
            continue
        try:
            texts.append(read_document(*item).text)
        except UnreadableError:
            continue
    jieba.setLogLevel(logging.WARNING)
    jieba.lcut(texts[0])
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return {
        "docs": len(texts),
        "chars": sum(map(len, texts)),
        "jieba_s": time.perf_counter() - wall,
        "jieba_cpu_s": time.process_time() - cpu,
    }


def whole_build_on_one_core(corpus_dir: Path, graph: Path) -> dict:
    """``graphaid build --workers 1`` of a corpus from start-up to saved graph, and jieba.lcut on the same texts,
    each in a fresh process pinned to the same CPU."""
    cpu = min(os.sched_getaffinity(0))
    pin = lambda: os.sched_setaffinity(0, {cpu})  # noqa: E731
    # a graph left by an earlier run (--out) would make the build add nothing: every build starts from none
    for leftover in (graph, graph.with_name(graph.name + ".lock")):
        leftover.unlink(missing_ok=True)
    wall = time.perf_counter()
    used = _children_cpu_seconds()
    done = subprocess.run(
        [*graphaid_command(), "build", str(corpus_dir), "--graph", str(graph), "--workers", "1"],
        preexec_fn=pin,
        capture_output=True,
        text=True,
        check=False,
    )
    build_s = time.perf_counter() - wall
    build_cpu_s = _children_cpu_seconds() - used
    if done.returncode != 0:
        raise RuntimeError(f"one-worker build failed: {done.stderr.strip().splitlines()[-1:]}")
    done = subprocess.run(
        [sys.executable, __file__, "--measure-jieba", str(corpus_dir)],
        preexec_fn=pin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"jieba measurement failed: {done.stderr.strip().splitlines()[-1:]}")
    return {"build_s": build_s, "build_cpu_s": build_cpu_s, **json.loads(done.stdout.strip().splitlines()[-1])}


def _children_cpu_seconds() -> float:
    """CPU seconds of this process's finished children: unlike wall time, not stretched by other tenants of a
    shared host (steal) or by other work on the CPU."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def spread(values: list[float], unit: str = "", fmt: str = ",.0f") -> str:
    """Median with its unit, and the range when there is more than one value."""
    median = f"{statistics.median(values):{fmt}}{unit}"
    if len(values) == 1:
        return median
    return f"{median} (runs {min(values):{fmt}}–{max(values):{fmt}})"


# --- the build ------------------------------------------------------------------------------------------------


def graphaid_command() -> list[str]:
    """The graphaid CLI of this interpreter's environment."""
    script = Path(sys.executable).with_name("graphaid")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from graphaid.cli import main; main()"]


def supports_workers() -> bool:
    """Whether ``graphaid build`` takes ``--workers`` (it arrived in parallel with this benchmark)."""
    done = subprocess.run([*graphaid_command(), "build", "--help"], capture_output=True, text=True, check=False)
    return "--workers" in done.stdout


@dataclass(slots=True)
class Monitored:
    returncode: int
    seconds: float
    peak_rss: int
    peak_pss: int
    total_cpu: float  # CPU seconds of the whole tree (rusage of waited-for descendants: exact)
    other_cpu: float  # CPU seconds the rest of the machine used meanwhile (other people's jobs share the cores)
    parent_cpu: float  # CPU seconds of the command's own process, as last sampled (a little short)
    children: int
    stdout: str
    stderr_tail: str


def run_monitored(cmd: list[str], log: Path, interval: float = 0.5) -> Monitored:
    """Run a command, sampling the memory of its whole process tree; peaks of summed RSS and summed PSS."""
    import psutil

    peak_rss = peak_pss = 0
    cpu: dict[int, float] = {}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_before, machine_before = resource.getrusage(resource.RUSAGE_SELF), _busy_seconds()
    with log.open("w", encoding="utf-8") as err:
        started = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        # stdout is a short summary; reading it only at the end cannot fill the pipe
        while proc.poll() is None:
            rss = pss = 0
            try:
                tree = [proc, *proc.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for p in tree:
                try:
                    info = p.memory_full_info()  # PSS needs smaps; RSS alone overcounts forked workers
                    rss += info.rss
                    pss += getattr(info, "pss", info.rss)
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(interval)
        stdout = proc.stdout.read() if proc.stdout else ""
        proc.wait()
        seconds = time.perf_counter() - started
    tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_after, machine_after = resource.getrusage(resource.RUSAGE_SELF), _busy_seconds()
    total_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    own_cpu = (own_after.ru_utime - own_before.ru_utime) + (own_after.ru_stime - own_before.ru_stime)
    other_cpu = max(0.0, machine_after - machine_before - total_cpu - own_cpu)
    parent_cpu = cpu.pop(proc.pid, 0.0)
    return Monitored(
        proc.returncode, seconds, peak_rss, peak_pss, total_cpu, other_cpu, parent_cpu, len(cpu), stdout, "".join(tail)
    )


def _busy_seconds() -> float:
    """CPU seconds all cores of the machine have spent not idle since boot."""
    import psutil

    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def score(graph, truth: list[dict]) -> dict[str, float]:
    """Precision and recall of the donor table against the truth, per (document, donor code, recipient code).

    ``loose`` counts a found pair as right when the recipient is right and the donor is in the right province.
    """
    from graphaid.places import gazetteer
    from graphaid.questions import donors

    gz = gazetteer()
    stated = {(t["doc"], p["donor_code"], p["recipient_code"]) for t in truth for p in t["pairs"]}
    # a document's id is its name and content hash; the truth names the file by its path in the corpus
    depth = truth[0]["doc"].count("/") + 1 if truth else 1
    where = {doc: "/".join(meta["paths"][0].split("/")[-depth:]) for doc, meta in graph.graph["documents"].items()}
    found = {(where[doc], r.donor_code, r.recipient_code) for r in donors(graph) for doc in r.docs}
    right = stated & found

    def loose(triple: tuple[str, str, str]) -> tuple[str, str, str]:
        doc, donor, recipient = triple
        return doc, gz.places[donor].province, recipient

    loose_stated, loose_found = {loose(t) for t in stated}, {loose(t) for t in found}
    loose_right = loose_stated & loose_found
    return {
        "stated": len(stated),
        "found": len(found),
        "precision": len(right) / len(found) if found else 0.0,
        "recall": len(right) / len(stated) if stated else 0.0,
        "loose_precision": len(loose_right) / len(loose_found) if loose_found else 0.0,
        "loose_recall": len(loose_right) / len(loose_stated) if loose_stated else 0.0,
    }


def county_query_latency(
    graph, query: Callable[[str], object], seed: int, budget_s: float, most: int
) -> tuple[list[float], int]:
    """Milliseconds of ``query(county_name)`` for random counties of the graph, within a time budget."""
    names = sorted({d["name"] for _, d in graph.nodes(data=True) if d["label"] == "County"})
    rng = random.Random(seed)
    rng.shuffle(names)
    times = []
    started = time.perf_counter()
    for name in names[:most]:
        t0 = time.perf_counter()
        try:
            query(name)
        except LookupError:
            continue
        times.append((time.perf_counter() - t0) * 1000)
        if len(times) >= 5 and time.perf_counter() - started > budget_s:
            break
    return times, len(names)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


# --- other engineers' benchmarks ------------------------------------------------------------------------------


def external(script: str, args: list[str], timeout: float) -> dict | str:
    """The JSON object ``bench/SCRIPT --json ARGS`` prints on its last line, or why there is none."""
    path = BENCH / script
    cmd = [sys.executable, str(path), "--json", *args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"failed: bench/{script} ran past {timeout:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"failed (exit {done.returncode}): {last[:200]}"
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return f"failed: bench/{script} printed no JSON on its last line"
    if not isinstance(result, dict):
        return f"failed: bench/{script} printed {type(result).__name__}, not an object"
    return result


# --- the run --------------------------------------------------------------------------------------------------


def corpus(out: Path, count: int, seed: int) -> tuple[make_corpus.CorpusStats, bool]:
    """A generated corpus in ``out``: reused when one of the same size and seed is there, else generated."""
    manifest = out / "corpus.json"
    if manifest.exists():
        known = json.loads(manifest.read_text(encoding="utf-8"))
        if (known.get("articles"), known.get("seed"), known.get("generator_version")) == (
            count,
            seed,
            make_corpus.GENERATOR_VERSION,
        ):
            stats = make_corpus.CorpusStats(count, known["chars"], known["bytes"], known["pairs"], 0.0)
            return stats, True
    if out.exists():
        shutil.rmtree(out)
    return make_corpus.generate(count, out, seed), False


def disk_usage(path: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, as du counts them)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.stat(os.path.join(root, name)).st_blocks * 512
    return total


def run(args: argparse.Namespace) -> Results:
    results = Results()
    results.add("machine", machine())
    results.add("date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"))
    load_before = os.getloadavg()[0]
    base = args.out or Path(tempfile.mkdtemp(prefix="graphaid-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        _measure(args, base, results)
        load = f"1-min load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
        results.rows.insert(2, Row("machine load", load, "other jobs may share the cores; see the build CPU row"))
    finally:
        if args.out is None and not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            print(f"kept {base}", file=sys.stderr)
    return results


def _measure(args: argparse.Namespace, base: Path, results: Results) -> None:
    say = (lambda *a: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))

    # extraction on one core, on its own small corpus (the first articles of the big one, same seed)
    say(f"generating a sample of {args.sample} articles ...")
    corpus(base / "sample", args.sample, args.seed)
    say(f"measuring reading, extraction and jieba on one core ({args.repeats} runs) ...")
    runs = extraction_on_one_core(base / "sample", args.repeats)
    first = runs[0]
    extract_rates = [r["chars"] / r["extract_s"] for r in runs]
    jieba_rates = [r["chars"] / r["jieba_s"] for r in runs]
    ratios = [e / j for e, j in zip(extract_rates, jieba_rates, strict=True)]
    read_rates = [r["chars"] / r["read_s"] for r in runs]
    cpu_share = statistics.median(r["extract_cpu_s"] / r["extract_s"] for r in runs)
    sample = (
        f"{first['docs']:,} generated articles ({first['chars'] / 1e6:.1f} M chars, {first['bytes'] / 1e6:.1f} MB), "
        f"process pinned to CPU {first['cpus'][0]}; median of {len(runs)} fresh processes"
    )
    results.add(
        "extraction, one core",
        spread(extract_rates, " chars/s"),
        f"`graphaid.extract.extract_many` in build-sized chunks over {sample}; documents read beforehand; "
        f"CPU/wall {cpu_share:.2f}",
    )
    results.add("jieba.lcut, one core", spread(jieba_rates, " chars/s"), "same texts, same processes")
    results.add("extraction / jieba", spread(ratios, fmt=".3f"), "throughput ratio, per run")
    results.add(
        "reading, one core",
        spread(read_rates, " chars/s"),
        "`graphaid.documents.read_document` (decode, HTML to text, chrome cut, sentences) on the same files",
    )

    say(f"generating {args.one_worker_articles} other articles for a whole build on one core ...")
    corpus(base / "one-worker", args.one_worker_articles, args.seed + 1)
    say(f"building them with one worker ({args.repeats} fresh builds), and jieba on the same texts ...")
    builds = [whole_build_on_one_core(base / "one-worker", base / f"one-worker-{i}.json") for i in range(args.repeats)]
    whole = builds[0]
    build_rates = [b["chars"] / b["build_s"] for b in builds]
    results.add(
        "whole build, one worker / jieba",
        spread([b["jieba_s"] / b["build_s"] for b in builds], fmt=".3f"),
        f"`graphaid build --workers 1` of {whole['docs']:,} distinct generated articles ({whole['chars'] / 1e6:.1f} M "
        f"chars) from start-up to saved graph, {spread(build_rates, ' chars/s')}; `jieba.lcut` on the same texts "
        f"{spread([b['chars'] / b['jieba_s'] for b in builds], ' chars/s')}; same CPU, per run",
    )
    results.add(
        "whole build, one worker / jieba, in CPU time",
        spread([b["jieba_cpu_s"] / b["build_cpu_s"] for b in builds], fmt=".3f"),
        "the same runs in CPU seconds (the build's process from start-up to saved graph; jieba's loop), which the "
        "host's other work does not stretch",
    )

    if args.skip_build:
        for measure in ("corpus", "graphaid build", "build peak memory", "graph size", "donors vs truth"):
            results.add(measure, "not measured", "--skip-build")
        results.add("donors of a county, embedded", "not measured", "--skip-build")
        graph_path = None
    else:
        graph_path = _build(args, base, results, say)

    say("loading the graph into Neo4j ...")
    graph_args = ["--graph", str(graph_path)] if graph_path else []
    load = external("bench_load.py", [*graph_args, "--runs", "1", "--memory", "4g"], args.timeout)
    if isinstance(load, dict):
        results.add(
            "load into Neo4j, after warm-up",
            f"{load['rows_per_s']:,.0f} rows/s",
            f"{load['rows']:,} rows of {load['graph']} in {load['seconds']:.0f} s into an empty database, "
            f"{load['server']}, {load.get('writers', 1)} sessions writing; cold server "
            f"{load['cold_rows_per_s']:,.0f} rows/s; the same graph again "
            f"(nothing new) {load['again_rows_per_s']:,.0f} rows/s (bench/bench_load.py)",
        )
        if "query_p50_ms" in load:
            results.add(
                "donors of a county, Neo4j over Bolt",
                f"p50 {load['query_p50_ms']:.1f} ms, p95 {load['query_p95_ms']:.1f} ms",
                "named query donors_of_county (cypher/donors_of_county.cypher) for random counties; on the "
                f"embedded store in the same run p50 {load['embedded_p50_ms']:.2f} ms",
            )
    else:
        results.add("load into Neo4j, after warm-up", load)
        results.add("donors of a county, Neo4j over Bolt", load)
    say("writing and drawing the map ...")
    rendered = external("bench_map.py", ["--nodes", "5000", *graph_args], args.timeout)
    if isinstance(rendered, dict):
        results.add(
            "map render, 5,000 nodes",
            f"{rendered['seconds']:.2f} s to write, drawn in headless Chromium in {rendered['drawn_seconds']:.1f} s",
            f"{rendered['nodes']:,} nodes, {rendered['edges']:,} edges, network map of the nodes nearest the "
            f"busiest county{' (still after drawing)' if rendered['still'] else ' (STILL MOVING after drawing)'} "
            "(bench/bench_map.py)",
        )
    else:
        results.add("map render, 5,000 nodes", rendered)


def _build(args: argparse.Namespace, base: Path, results: Results, say) -> Path | None:
    from graphaid.graph import load_graph

    say(f"generating {args.articles:,} articles ...")
    stats, reused = corpus(base / "corpus", args.articles, args.seed)
    size = disk_usage(base / "corpus")
    made = "reused from --out" if reused else f"generated in {stats.seconds:.0f} s"
    results.add(
        "corpus",
        f"{stats.articles:,} articles, {stats.chars / 1e6:.0f} M chars, {size / 1e6:.0f} MB on disk",
        f"bench/make_corpus.py seed {args.seed}, {made}",
    )
    graph_path = base / "aidgraph.json"
    cmd = [*graphaid_command(), "build", str(base / "corpus"), "--graph", str(graph_path), "--fresh"]
    workers = "plain build (this graphaid has no --workers)"
    if supports_workers():
        cmd += ["--workers", str(args.workers)]
        workers = f"--workers {args.workers}"
    say(f"building: {' '.join(cmd)}")
    build = run_monitored(cmd, base / "build.log")
    if build.returncode != 0:
        results.add("graphaid build", f"failed (exit {build.returncode})", build.stderr_tail[:200])
        return None
    results.add(
        "graphaid build",
        f"{build.seconds:,.0f} s wall ({stats.articles / build.seconds:,.1f} articles/s)",
        f"`graphaid build {workers}` of {stats.articles:,} articles, {stats.chars / build.seconds:,.0f} chars/s",
    )
    results.add(
        "build peak memory",
        f"{build.peak_rss / 2**30:.2f} GiB RSS, {build.peak_pss / 2**30:.2f} GiB PSS",
        "whole process tree summed, psutil every 0.5 s (RSS counts pages shared by forked workers twice)",
    )
    results.add(
        "build CPU time",
        f"{build.total_cpu:,.0f} s ({build.total_cpu / build.seconds:.2f} cores busy on average)",
        f"user + system of the whole tree; main process ≈ {build.parent_cpu:,.0f} s, the rest in "
        f"{build.children} child processes; meanwhile other processes on the machine used "
        f"{build.other_cpu / build.seconds:.2f} cores on average",
    )
    say("loading the graph ...")
    t0 = time.perf_counter()
    graph = load_graph(graph_path)
    load_s = time.perf_counter() - t0
    results.add(
        "graph size",
        f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges",
        f"{graph_path.stat().st_size / 1e6:.0f} MB node-link JSON, loads in {load_s:.1f} s",
    )
    say("scoring the donor table against the truth ...")
    t0 = time.perf_counter()
    quality = score(graph, make_corpus.read_truth(base / "corpus"))
    table_s = time.perf_counter() - t0
    results.add(
        "donors vs truth",
        f"P {quality['precision']:.2f}, R {quality['recall']:.2f}",
        f"{quality['stated']:,} stated pairs, {quality['found']:,} found, per (article, donor, recipient) code; "
        f"donor's province only: P {quality['loose_precision']:.2f}, R {quality['loose_recall']:.2f}; "
        f"whole donor table in {table_s:.1f} s",
    )
    say("timing the county queries ...")
    from graphaid.questions import donors

    def by_county(name: str) -> object:
        return donors(graph, county=name)

    timed: list[tuple[str, str, Callable[[str], object]]] = [
        ("donors of a county, embedded", "graphaid.questions.donors(graph, county=NAME)", by_county)
    ]
    try:  # the named query of cypher/donors_of_county.cypher on the embedded store, where this graphaid has it
        from graphaid.queries import donors_of_county

        def named(name: str) -> object:
            return donors_of_county(graph, name)

        timed.append(
            ("named query donors_of_county, embedded", "graphaid.queries.donors_of_county(graph, NAME)", named)
        )
    except ImportError:
        results.add("named query donors_of_county, embedded", "not available", "graphaid has no graphaid.queries")
    for measure, call, query in timed:
        times, counties = county_query_latency(graph, query, args.seed, args.query_budget, args.queries)
        if not times:
            results.add(measure, "not measured", "the graph has no counties")
            continue
        results.add(
            measure,
            f"p50 {percentile(times, 50):,.2f} ms, p95 {percentile(times, 95):,.2f} ms",
            f"`{call}`, {len(times)} random of {counties:,} counties, mean {statistics.fmean(times):,.1f} ms",
        )
    return graph_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="Articles to build (default 100,000).")
    parser.add_argument("--workers", type=int, default=2, help="graphaid build --workers (default 2).")
    parser.add_argument("--sample", type=int, default=2000, help="Articles for the one-core extraction rate.")
    parser.add_argument("--seed", type=int, default=0, help="Corpus seed (default 0).")
    parser.add_argument("--repeats", type=int, default=3, help="Fresh processes for the one-core rates.")
    parser.add_argument("--skip-build", action="store_true", help="Measure extraction only; no corpus, no build.")
    parser.add_argument("--out", type=Path, help="Where to generate (kept); default a temporary folder.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    parser.add_argument("--queries", type=int, default=200, help="At most this many county queries.")
    parser.add_argument("--query-budget", type=float, default=120, help="Seconds to spend on county queries.")
    parser.add_argument("--timeout", type=float, default=3600, help="Seconds allowed to each other benchmark.")
    parser.add_argument("--quiet", action="store_true", help="No progress messages on standard error.")
    parser.add_argument(
        "--one-worker-articles",
        type=int,
        default=3200,
        help="Articles for the whole one-worker build (default 3,200, about 5 M characters).",
    )
    parser.add_argument("--measure-extraction", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-jieba", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_extraction:  # the pinned child process of extraction_on_one_core
        print(json.dumps(measure_extraction(args.measure_extraction)))
        return 0
    if args.measure_jieba:  # the pinned child process of whole_build_on_one_core
        print(json.dumps(measure_jieba(args.measure_jieba)))
        return 0
    if min(args.articles, args.sample, args.workers, args.repeats) < 1:
        parser.error("--articles, --sample, --workers and --repeats must be at least 1")
    print(run(args).markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

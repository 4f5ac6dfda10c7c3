#!/usr/bin/env python3
"""A real Neo4j Community 5.26 on 127.0.0.1, for graphaid's tests, its benchmarks and anyone trying graphaid.

    python tools/neo4j_server.py [--port N] [--data DIR] [--heap 512m] [--password P]
    python tools/neo4j_server.py --build      # only build the launcher (CI does this before the tests)

Starts ``tools/neo4j-launcher`` (a small Java program embedding Neo4j, built with Maven from Maven Central the
first time: about two minutes and 120 MB of jars), prints ``bolt://127.0.0.1:PORT`` as the first line of its
output once the server answers a query, and runs until SIGTERM or SIGINT (Ctrl-C), which stop Neo4j cleanly.
Authentication is off unless ``--password`` is given (then user ``neo4j`` has that password). Without ``--data``
the database lives in a temporary folder that is removed at the end.

Neo4j Community is GPLv3: it runs as a separate process and graphaid (MIT) talks to it only over Bolt; nothing of
it goes into graphaid's wheel. The tests import this file (:class:`Neo4jServer`, :func:`unavailable`).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parent / "neo4j-launcher"
TARGET = LAUNCHER / "target"
JAR = TARGET / "neo4j-launcher-1.jar"
MAIN_CLASS = "graphaid.launcher.Neo4jLauncher"

# What Neo4j's own start script gives the JVM (conf/neo4j.conf of 5.26): it reaches into these JDK packages.
NEO4J_JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:+UseSerialGC",  # a small heap on a small machine: no parallel collector threads
)
QUICK_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)
"""For short-lived servers (tests): the JVM's quick compiler only, so the server is ready sooner but slower at its
peak; benchmarks leave it out."""

USER = "neo4j"


class Neo4jUnavailable(RuntimeError):
    """Java or Maven is missing, or the launcher cannot be built; the message says what to install or run."""


class ServerStartError(RuntimeError):
    """The Neo4j process exited or did not answer in time; the message ends with its log's last lines."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def java() -> str | None:
    """The java command: $JAVA_HOME's, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def is_built() -> bool:
    """Whether the launcher's jar and its dependencies are built and newer than its sources."""
    if not JAR.is_file() or not (TARGET / "lib").is_dir():
        return False
    sources = [LAUNCHER / "pom.xml", *LAUNCHER.glob("src/**/*.java")]
    return JAR.stat().st_mtime >= max(p.stat().st_mtime for p in sources)


def unavailable() -> str | None:
    """Why the launcher cannot run here (no Java; not built and no Maven to build it), or None when it can."""
    if java() is None:
        return "no java on PATH (Neo4j 5.26 needs Java 17 or 21: apt-get install openjdk-17-jre-headless)"
    if not is_built() and shutil.which("mvn") is None:
        return (
            "the Neo4j launcher is not built and there is no mvn to build it "
            "(apt-get install maven, then: python tools/neo4j_server.py --build)"
        )
    return None


def build(quiet: bool = True) -> None:
    """Build the launcher with Maven (the jars come from Maven Central into ~/.m2 the first time); ``quiet`` keeps
    Maven's output unless the build fails."""
    reason = unavailable()
    if reason:
        raise Neo4jUnavailable(reason)
    if shutil.which("mvn") is None:
        return  # built, and nothing to rebuild it with
    command = ["mvn", "-B", "-q", "-f", str(LAUNCHER / "pom.xml"), "package"]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=quiet, text=True)
    if done.returncode != 0:
        tail = "\n".join(((done.stdout or "") + (done.stderr or "")).strip().splitlines()[-20:])
        raise Neo4jUnavailable(f"building the Neo4j launcher failed ({' '.join(command)}){':' * bool(tail)}\n{tail}")


def ensure_built() -> None:
    """Build the launcher unless it is built and up to date."""
    if not is_built():
        build()


def admin(home: str | Path, *args: str, heap: str = "256m") -> subprocess.CompletedProcess:
    """Run ``neo4j-admin ARGS`` (Neo4j's AdminTool, from the launcher's jars) on the Neo4j home ``home``: the
    ``data`` folder of a :class:`Neo4jServer` is ``root/neo4j``; the server must be stopped."""
    home = Path(home)
    (home / "conf").mkdir(parents=True, exist_ok=True)
    ensure_built()
    command = [java() or "java", f"-Xmx{heap}", *NEO4J_JVM_FLAGS, "-cp", f"{JAR}{os.pathsep}{TARGET / 'lib' / '*'}"]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    # (in the home: an import writes its report, import.report, where it runs)
    return subprocess.run(
        [*command, "org.neo4j.cli.AdminTool", *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


class Neo4jServer:
    """One Neo4j server with its data under ``root``; started again after :meth:`stop` or :meth:`kill`, it reuses
    the same port and data.

        with Neo4jServer(tmp_path) as server:
            store = graphaid.neo4j.connect(server.uri, server.user, server.password)
    """

    user = USER
    database = None  # the server's default database, "neo4j"

    def __init__(
        self,
        root: str | Path,
        port: int | None = None,
        password: str | None = None,
        heap: str = "512m",
        pagecache_mb: int = 64,
        jvm_options: tuple[str, ...] = (),
        settings: dict[str, str] | None = None,
    ) -> None:
        if password is not None and len(password) < 8:
            raise ValueError("Neo4j wants a password of at least 8 characters")
        self.root = Path(root)
        self.port = port or free_port()
        self.password = password
        self.heap = heap
        self.pagecache_mb = pagecache_mb
        self.jvm_options = tuple(jvm_options)
        self.settings = dict(settings or {})
        self.process: subprocess.Popen | None = None
        atexit.register(self.stop)

    @property
    def uri(self) -> str:
        """The Bolt URI to give the driver."""
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """Where the launcher's own output goes (Neo4j's logs are under ``root/neo4j/logs``)."""
        return self.root / "server.out"

    def command(self) -> list[str]:
        """The java command line that starts this server."""
        command = [java() or "java", f"-Xms{self.heap}", f"-Xmx{self.heap}", *NEO4J_JVM_FLAGS, *self.jvm_options]
        command += ["-cp", f"{JAR}{os.pathsep}{TARGET / 'lib' / '*'}", MAIN_CLASS]
        command += ["--port", str(self.port), "--data", str(self.root / "neo4j")]
        command += ["--pagecache-mb", str(self.pagecache_mb)]
        if self.settings:
            command += ["--config", str(self.root / "neo4j.conf")]
        return command + (["--password", self.password] if self.password else [])

    def start(self, timeout: float = 120.0) -> Neo4jServer:
        """Start the server and wait until it answers a query over Bolt."""
        if self.process and self.process.poll() is None:
            return self
        reason = unavailable()
        if reason:
            raise Neo4jUnavailable(reason)
        ensure_built()
        self.root.mkdir(parents=True, exist_ok=True)
        if self.settings:
            lines = [f"{name}={value}" for name, value in self.settings.items()]
            (self.root / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.root,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout: float) -> None:
        from neo4j import GraphDatabase

        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        auth = (self.user, self.password) if self.password else None
        with GraphDatabase.driver(self.uri, auth=auth, connection_timeout=2) as driver:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise ServerStartError(f"Neo4j exited with {self.process.returncode}:\n{self.log_tail()}")
                # the launcher prints the URI once the database is available and the password set
                if self.uri in self.log_tail(5):
                    try:
                        with driver.session() as session:
                            session.run("RETURN 1").consume()
                        return
                    except Exception as exc:  # not up yet
                        last_error = exc
                time.sleep(0.2)
        raise ServerStartError(f"Neo4j not ready after {timeout:.0f} s ({last_error}):\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the launcher's output, for error messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the server cleanly (SIGTERM: Neo4j flushes and closes its files), killing it after ``timeout`` s."""
        if not self.process or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGCONT)  # a paused JVM would not run its shutdown hook
        self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> Neo4jServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _die_with_parent() -> None:
    """In the child: ask Linux to SIGTERM it if the Python process that started it dies; own process group, so a
    Ctrl-C in the terminal reaches only the Python side, which stops Neo4j itself."""
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    os.setpgrp()


def main(argv: list[str] | None = None) -> int:
    """The command line: start Neo4j, print its URI, run until SIGTERM/SIGINT."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=None, help="Bolt port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--data", type=Path, default=None, help="folder for the database (default: a temporary one)")
    parser.add_argument("--heap", default="512m", help="Java heap, e.g. 512m or 4g (default 512m)")
    parser.add_argument("--pagecache-mb", type=int, default=256, help="Neo4j's page cache in MiB (default 256)")
    parser.add_argument("--password", default=None, help="turn authentication on with this password for 'neo4j'")
    parser.add_argument("--quick", action="store_true", help="quicker start, slower peak (the JVM's C1 compiler only)")
    parser.add_argument("--build", action="store_true", help="only build the launcher with Maven, then exit")
    args = parser.parse_args(argv)
    try:
        if args.build:
            build(quiet=False)
            return 0
        if not is_built() and unavailable() is None:
            print("building the Neo4j launcher with Maven (the first time takes a few minutes) ...", file=sys.stderr)
        with contextlib.ExitStack() as stack:
            root = args.data or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="graphaid-neo4j-")))
            server = Neo4jServer(
                root,
                port=args.port,
                password=args.password,
                heap=args.heap,
                pagecache_mb=args.pagecache_mb,
                jvm_options=QUICK_JVM_OPTIONS if args.quick else (),
            )
            stop = _stop_on_signals()
            server.start()
            stack.callback(server.stop)
            print(server.uri, flush=True)
            print(f"Neo4j is up (data in {root / 'neo4j'}); stop it with Ctrl-C or SIGTERM", file=sys.stderr)
            while not stop.is_set() and server.process.poll() is None:
                stop.wait(1.0)
            if server.process.poll() is not None:
                print(f"Neo4j exited with {server.process.returncode}:\n{server.log_tail()}", file=sys.stderr)
                return 1
            print("stopping Neo4j ...", file=sys.stderr)
        return 0
    except (Neo4jUnavailable, ServerStartError, ValueError) as exc:
        print(f"neo4j_server: {exc}", file=sys.stderr)
        return 1


def _stop_on_signals():
    """An event set by SIGTERM or SIGINT (the server is then stopped by the caller, cleanly)."""
    import threading

    stop = threading.Event()

    def handler(signum, frame) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return stop


if __name__ == "__main__":
    sys.exit(main())

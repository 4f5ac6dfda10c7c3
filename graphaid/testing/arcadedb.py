"""A real Bolt server for tests and benchmarks: ArcadeDB (from the ``arcadedb-embedded`` package) as a child process.

ArcadeDB speaks Bolt and answers as "Neo4j/5.26.0 compatible", so the official ``neo4j`` driver and
graphaid's Cypher run against it unchanged. The server listens on free loopback ports only; stop it with
:meth:`ArcadeDBServer.stop` (or use it as a context manager), or :meth:`ArcadeDBServer.kill` it to play a crash.

    with ArcadeDBServer(tmp_path) as server:
        store = graphaid.neo4j.connect(server.uri, server.user, server.password, server.database)
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

QUICK_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)
"""For short-lived servers (tests): the JVM's quick compiler only, so the server is fast sooner but slower at its
peak; benchmarks leave it out."""


class ServerStartError(RuntimeError):
    """The ArcadeDB server did not start or did not open its database in time."""


def arcadedb_home() -> Path:
    """The folder of the installed ``arcadedb_embedded`` package (it holds ``jre/`` and ``jars/``)."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise ServerStartError("arcadedb-embedded is not installed: pip install -e '.[test]'")
    return Path(next(iter(spec.submodule_search_locations)))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ArcadeDBServer:
    """One ArcadeDB server with the Bolt plugin, its data under ``root``, the database ``database`` (and any
    ``extra_databases``, all empty at first).

    Starting it again after :meth:`stop` or :meth:`kill` reuses the same ports and data.
    """

    user = "root"

    def __init__(
        self,
        root: str | Path,
        password: str = "graphaid-test",
        database: str = "aid",
        memory: str = "512m",
        extra_databases: tuple[str, ...] = (),
        jvm_options: tuple[str, ...] = (),
    ) -> None:
        if len(password) < 8:
            raise ValueError("ArcadeDB wants a root password of at least 8 characters")
        self.root = Path(root)
        self.password = password
        self.database = database
        self.memory = memory
        self.extra_databases = tuple(extra_databases)
        self.jvm_options = tuple(jvm_options)
        self.bolt_port = free_port()
        self.http_port = free_port()
        self.process: subprocess.Popen | None = None
        atexit.register(self.stop)

    @property
    def uri(self) -> str:
        """The Bolt URI to give the driver."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def log_path(self) -> Path:
        """Where the server's output goes."""
        return self.root / "server.out"

    def command(self) -> list[str]:
        """The java command line that starts this server."""
        home = arcadedb_home()
        return [
            str(home / "jre" / "bin" / "java"),
            f"-Xmx{self.memory}",
            *self.jvm_options,
            "-cp",
            str(home / "jars" / "*"),
            f"-Darcadedb.server.rootPath={self.root}",
            f"-Darcadedb.server.databaseDirectory={self.root / 'databases'}",
            f"-Darcadedb.server.rootPassword={self.password}",
            "-Darcadedb.server.defaultDatabases="
            + ";".join(f"{name}[{self.user}]" for name in (self.database, *self.extra_databases)),
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={self.http_port}",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "-Darcadedb.bolt.host=127.0.0.1",
            f"-Darcadedb.bolt.port={self.bolt_port}",
            "com.arcadedb.server.ArcadeDBServer",
        ]

    def start(self, timeout: float = 90.0) -> ArcadeDBServer:
        """Start the server and wait until its database answers a query (the Bolt port opens earlier)."""
        if self.process and self.process.poll() is None:
            return self
        self.root.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        try:
            self.process = subprocess.Popen(
                self.command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.root,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        finally:
            log.close()
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
        with GraphDatabase.driver(self.uri, auth=(self.user, self.password), connection_timeout=2) as driver:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise ServerStartError(f"ArcadeDB exited with {self.process.returncode}:\n{self.log_tail()}")
                try:
                    with driver.session(database=self.database) as session:
                        session.run("RETURN 1").consume()
                    return
                except Exception as exc:  # not up yet: port closed or database not created yet
                    last_error = exc
                    time.sleep(0.2)
        raise ServerStartError(f"ArcadeDB not ready after {timeout:.0f} s ({last_error}):\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server's output, for error messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 20.0) -> None:
        """Stop the server cleanly (SIGTERM), killing it if it does not stop within ``timeout`` seconds."""
        if not self.process or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> ArcadeDBServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _die_with_parent() -> None:
    """In the child: ask Linux to SIGTERM it if the Python process that started it dies."""
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    os.setpgrp()

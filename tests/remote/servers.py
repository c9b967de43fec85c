"""Real SPARQL servers on loopback for the remote-store tests, each in its own data
folder: Debian's Virtuoso 7 (``virtuoso-t``, with a user granted SPARQL_UPDATE; the
store URL is ``http://USER:PASSWORD@127.0.0.1:PORT/sparql-auth``) and PyPI's
``oxigraph serve --union-default-graph`` (no users: it has no authentication, so it
listens on 127.0.0.1 only).

Installed by tests/remote/install-servers.sh (which .ci/run calls). A server that is
not installed skips its tests with one line, except under ``CI=true``, where it fails.
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

#: Debian's virtuoso.ini defaults (ResultSetMaxRows 10,000, 60 s per query …), so the
#: tests meet the limits a user of the packaged server meets.
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
MaxClientConnections = 10
CheckpointInterval = 60
DirsAllowed = .
DefaultIsolation = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 10
ServerThreads = 10
KeepAliveTimeout = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
DeferInferenceRulesInit = 0
"""


@dataclass
class Server:
    """A running server: its kind, the store URL ``kg`` is given, its process."""
    name: str
    url: str
    process: subprocess.Popen
    folder: Path
    restart: object = None      # () -> None: stop and start again on the same data

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing(what: str, hint: str):
    """Skip (one line) or, under CI=true, fail: a required server is not installed."""
    message = f"{what} not installed ({hint})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + ": required under CI=true", pytrace=False)
    pytest.skip(message)


def _wait(url: str, process: subprocess.Popen, log: Path, *, auth=None, tries: int = 600) -> None:
    """Until ``url`` answers (bounded: ``tries`` × 0.1 s), or the process ends."""
    for _ in range(tries):
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(url, auth=auth, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url}: the server did not start")


def oxigraph(folder: Path) -> Server:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        missing("oxigraph server", "pip install oxigraph; tests/remote/install-servers.sh")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = folder / "oxigraph.log"

    def start() -> subprocess.Popen:
        process = subprocess.Popen([binary, "serve", "--location", str(folder / "data"),
                                    "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                   stdout=subprocess.DEVNULL, stderr=log.open("ab"))
        _wait(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, log)
        return process

    server = Server("oxigraph", f"http://127.0.0.1:{port}/query", start(), folder)

    def restart() -> None:
        server.stop()
        server.process = start()
    server.restart = restart
    return server


def virtuoso(folder: Path) -> Server:
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None:
        missing("Virtuoso", "apt-get install virtuoso-opensource-7-bin; tests/remote/install-servers.sh")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "virtuoso.log"

    def start() -> subprocess.Popen:
        process = subprocess.Popen([binary, "-c", str(ini), "+foreground"], cwd=folder,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", process, log)
        return process

    process = start()
    user, password, dba = "kg", secrets.token_hex(8), secrets.token_hex(8)
    # a user with update rights (never anonymous updates); dba's stock password replaced
    sql = (f"DB.DBA.USER_CREATE('{user}', '{password}'); GRANT SPARQL_UPDATE TO \"{user}\"; "
           f"DB.DBA.USER_PASSWORD_SET('dba', '{dba}');")
    done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={sql}"],
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or "Error" in done.stdout + done.stderr:
        process.terminate()
        raise RuntimeError(f"isql-vt: {done.stdout} {done.stderr}")
    server = Server("virtuoso", f"http://{user}:{password}@127.0.0.1:{http_port}/sparql-auth",
                    process, folder)

    def restart() -> None:
        server.stop()
        server.process = start()
    server.restart = restart
    return server


START = {"oxigraph": oxigraph, "virtuoso": virtuoso}


def clear(url: str) -> None:
    """Drop every article graph and the union graph (the server's own graphs stay)."""
    from cnkg.graph.remote import ARTICLES, UNION, RemoteStore
    with RemoteStore(url) as remote:
        rows = remote._run(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                           f'FILTER(STRSTARTS(STR(?g), "{ARTICLES}")) }}')
        for row in rows:
            remote.update(f"DROP SILENT GRAPH {row['g']}")
        remote.update(f"DROP SILENT GRAPH {UNION}")         # the union of the article graphs

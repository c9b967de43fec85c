"""What users install: the wheel and sdist built from this checkout, the wheel installed
into a clean virtual environment (not editable), run from outside the checkout."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
import venv
import zipfile
from pathlib import Path

import httpx
import pytest

from server_fixture import free_port

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "data" / "articles" / "smart-city-expo-2020.txt"
DATA_FILES = ["cnkg/extract/lexicons/posts.txt", "cnkg/extract/lexicons/surnames.txt",
              "cnkg/extract/lexicons/agencies.tsv", "cnkg/extract/models/ner/config.cfg",
              "cnkg/extract/models/ner/ner/model", "cnkg/api/static/index.html",
              "cnkg/queries/officials.rq", "cnkg/ontology/shapes.ttl", "cnkg/ontology/kg.ttl"]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # no --sdist/--wheel: the wheel is built from the sdist, so a file the sdist lacks fails here too
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=900)
    return out


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """bin/ of a fresh venv holding only the wheel and its dependencies."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    wheel = next(dist.glob("*.whl"))
    subprocess.run([str(home / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=1200)
    return home / "bin"


def run(bin: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(bin / "kg"), *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=600)


def test_packaging_wheel_has_one_top_level_package_and_every_data_file(dist):
    names = zipfile.ZipFile(next(dist.glob("*.whl"))).namelist()
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {"cnkg"}
    assert not [f for f in DATA_FILES if f not in names]


def test_packaging_sdist_has_every_data_file(dist):
    with tarfile.open(next(dist.glob("*.tar.gz"))) as sdist:
        names = {"/".join(n.split("/")[1:]) for n in sdist.getnames()}
    wanted = [f.removeprefix("cnkg/") for f in DATA_FILES if not f.startswith("cnkg/__")]
    assert not [f for f in wanted if f not in names]


def test_packaging_installed_kg_extracts_like_the_checkout(installed, tmp_path):
    version = run(installed, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("kg ")
    got = run(installed, "extract", str(ARTICLE), "--format", "json", cwd=tmp_path)
    assert got.returncode == 0, got.stderr
    here = subprocess.run([sys.executable, "-m", "cnkg.api.cli", "extract", str(ARTICLE), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert json.loads(got.stdout) == json.loads(here.stdout)


def test_packaging_installed_kg_builds_queries_and_serves(installed, tmp_path):
    store = tmp_path / "kg"
    built = run(installed, "build", str(ARTICLE), "--store", str(store), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    officials = run(installed, "query", "officials", "--store", str(store), "--format", "csv", cwd=tmp_path)
    assert officials.returncode == 0 and "陈洪宛" in officials.stdout
    leaked = subprocess.run([str(installed / "python"), "-c", "import api"], capture_output=True, cwd=tmp_path)
    assert leaked.returncode != 0                      # no global top-level 'api', 'extract', 'graph' …
    port = free_port()
    server = subprocess.Popen([str(installed / "kg"), "serve", "--store", str(store), "--port", str(port),
                               "--workers", "1"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):                           # start-up guard, not a speed limit
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.2)
        assert health.status_code == 200
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "<html" in page.text.lower()
    finally:
        server.terminate()
        server.wait(60)

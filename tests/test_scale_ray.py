"""kg build --engine ray: a local Ray cluster (2 CPUs, 127.0.0.1) gives the same dataset
as a local build (graph/ray_engine.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cnkg.api.cli import main
from cnkg.graph.store import KnowledgeStore

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_corpus import write_corpus  # noqa: E402


def test_scale_ray_build_is_isomorphic_to_local_build(tmp_path, monkeypatch, capsys):
    pytest.importorskip("ray.data")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    corpus = tmp_path / "corpus"
    write_corpus(20, corpus)
    local, distributed = str(tmp_path / "local"), str(tmp_path / "ray")
    assert main(["build", str(corpus), "--store", local]) == 0
    assert main(["build", str(corpus), "--store", distributed, "--engine", "ray", "--workers", "2"]) == 0
    assert "built 20" in capsys.readouterr().out
    # no blank nodes (MODEL.md): isomorphic datasets are equal canonical exports
    assert KnowledgeStore(distributed).export("nquads") == KnowledgeStore(local).export("nquads")


def test_scale_ray_missing_ray_is_one_line(tmp_path, monkeypatch, capsys):
    import builtins
    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_ray)
    corpus = tmp_path / "corpus"
    write_corpus(2, corpus)
    assert main(["build", str(corpus), "--store", ":memory:", "--engine", "ray"]) == 2
    err = capsys.readouterr().err
    assert "pip install" in err and len(err.strip().splitlines()) == 1

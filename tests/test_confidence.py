"""The confidence table (extract/confidence.py): every confidence the fact rules and the
learned models give is one of its names, not a number written where it is used."""
import ast
from pathlib import Path

import pytest

from cnkg.extract import attribution, confidence, figure_model, goal_model

EXTRACT = Path(confidence.__file__).resolve().parent
RULE_SOURCES = sorted(EXTRACT.glob("rules/*.py")) + [EXTRACT / "builder.py", EXTRACT / "goal_model.py",
                                                   EXTRACT / "attribution.py", EXTRACT / "figure_model.py"]


def confidence_literals(path: Path) -> list[str]:
    """``confidence=0.8`` keywords, and numbers passed where add_body_chain takes its confidence."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.keyword) and node.arg == "confidence" and isinstance(node.value, ast.Constant):
            found.append(f"{path.name}:{node.value.lineno}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "add_body_chain" \
                and len(node.args) >= 4 and isinstance(node.args[3], ast.Constant):
            found.append(f"{path.name}:{node.lineno}")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):   # def f(…, confidence: float = 0.8)
        if isinstance(node, ast.FunctionDef):
            args = node.args
            for arg, default in zip(args.kwonlyargs, args.kw_defaults):
                if arg.arg == "confidence" and isinstance(default, ast.Constant):
                    found.append(f"{path.name}:{default.lineno}")
    return sorted(found, key=lambda at: int(at.rsplit(":", 1)[1]))


@pytest.mark.parametrize("path", RULE_SOURCES, ids=lambda p: p.name)
def test_no_rule_writes_a_confidence_as_a_number(path):
    assert confidence_literals(path) == []


def test_the_check_finds_a_number_written_as_a_confidence(tmp_path):
    source = tmp_path / "rule.py"
    source.write_text("def r(ctx):\n    ctx.relate(a, 'p', b, 0, confidence=0.8)\n"
                      "    add_body_chain(ctx, links, 0, 0.75)\n"
                      "def relate(s, *, confidence: float = 0.8):\n    pass\n", encoding="utf-8")
    assert confidence_literals(source) == ["rule.py:2", "rule.py:3", "rule.py:4"]


def test_the_table_names_every_confidence_once_and_each_is_a_probability():
    assert confidence.TABLE["CLAUSE_GOAL"] == confidence.CLAUSE_GOAL
    assert all(0 < value <= 1 for value in confidence.TABLE.values())
    assert set(confidence.TABLE) == {name for name in vars(confidence) if name.isupper() and name != "TABLE"}
    with pytest.raises(TypeError):
        confidence.TABLE["CLAUSE_GOAL"] = 1.0


def test_the_learned_models_take_theirs_from_the_table():
    assert goal_model.MODEL_GOAL_CONFIDENCE == confidence.MODEL_GOAL
    assert attribution.CONFIDENCE == confidence.LEARNED_ATTRIBUTION
    assert figure_model.CONFIDENCE == confidence.LEARNED_STATISTIC

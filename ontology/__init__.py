"""The project ontology (kg.ttl) and SHACL shapes (shapes.ttl)."""
from pathlib import Path

HERE = Path(__file__).parent
ONTOLOGY = HERE / "kg.ttl"
SHAPES = HERE / "shapes.ttl"

"""Named SPARQL queries: one .rq file each, with a header; see registry.py."""
from pathlib import Path

HERE = Path(__file__).parent

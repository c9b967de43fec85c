"""The web page's server side, without a browser: `/`, `/docs` and `/redoc` load only
from the server itself (their scripts and styles are the vendored copies, served), and
/ontology/labels names every relation in Chinese (tests/e2e drives the page itself)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from cnkg.api.app import create_app
from cnkg.graph.namespaces import PREDICATES
from server_fixture import sample_knowledge, settings_for

LOADS = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']*)["']""", re.I)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(settings_for(), knowledge=sample_knowledge())) as c:
        yield c


@pytest.mark.parametrize("path", ["/", "/docs", "/redoc"])
def test_page_loads_nothing_from_another_host(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assets = [url for url in LOADS.findall(html) if not url.startswith("data:")]
    assert assets, "the page loads its scripts and styles"
    for url in assets:
        assert not url.startswith("//")
        served = client.get(url if url.startswith("/") else "/" + url)
        assert served.status_code == 200, url
        assert len(served.content) > 100, url


def test_docs_pages_are_not_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/docs" not in paths and "/redoc" not in paths
    assert "/ontology/labels" in paths


def test_ontology_labels_name_every_relation_and_type_in_chinese(client):
    labels = client.get("/ontology/labels").json()
    assert labels["holdsPost"] == {"zh": "任职于", "en": "holds post in"}
    for term in list(PREDICATES) + ["Agency", "Organization", "Person", "Technology", "Goal", "Event",
                                    "Document", "Place", "Statistic"]:
        assert labels[term]["zh"] and re.search(r"[\u4e00-\u9fff]", labels[term]["zh"]), term

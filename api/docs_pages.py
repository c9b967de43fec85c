"""``/docs`` (Swagger UI) and ``/redoc`` served from the app's own vendored assets
(``static/vendor/swagger-ui``, ``static/vendor/redoc``): no CDN, no Google Fonts, so
the API documentation works offline and references no host but the server itself."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

NO_FAVICON = "data:,"


def install_docs(app: FastAPI) -> None:
    """Add ``/docs`` and ``/redoc``; create the app with ``docs_url=None, redoc_url=None``."""

    def base(request: Request) -> str:
        return request.scope.get("root_path", "").rstrip("/")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = base(request)
        return get_swagger_ui_html(openapi_url=root + app.openapi_url, title=app.title + " — API",
                                   swagger_js_url=root + "/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url=root + "/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url=NO_FAVICON,
                                   swagger_ui_parameters={"validatorUrl": None})

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = base(request)
        return get_redoc_html(openapi_url=root + app.openapi_url, title=app.title + " — API",
                              redoc_js_url=root + "/vendor/redoc/redoc.standalone.js",
                              redoc_favicon_url=NO_FAVICON, with_google_fonts=False)

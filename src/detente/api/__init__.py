"""REST API and web dashboard over a detente store.

>>> from detente.api import create_app, serve
>>> app = create_app("detente.duckdb", token="s3cret")   # an ASGI app (FastAPI)
>>> serve("detente.duckdb", host="127.0.0.1", port=8000)  # blocks until Ctrl-C
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app", "serve"]


def create_app(db_path: str, *, token: str | None = None, max_body: int = 1_000_000
               ) -> FastAPI:
    from detente.api.app import create_app as _create

    return _create(db_path, token=token, max_body=max_body)


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          **kwargs: Any) -> None:
    from detente.api.server import serve as _serve

    _serve(db_path, host=host, port=port, token=token, **kwargs)

"""`detente serve`: the API and dashboard under uvicorn on one host and port."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, *, log_level: str = "info") -> None:
    """Run the API and dashboard until interrupted (Ctrl-C / SIGTERM shut it down cleanly:
    requests in flight finish, then the database is closed).

    Requests are logged by uvicorn's access log. Raises StoreError / StoreLockedError before
    listening when the database cannot be opened.
    """
    import uvicorn

    from detente.api.app import create_app

    app = create_app(db_path, token=token)
    svc = app.state.service
    log.info("serving %s on http://%s:%d (writes %s)", db_path, host, port,
             "enabled" if svc.token else "disabled: no API token")
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level,
                            access_log=True, lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after its graceful shutdown
        log.info("stopped")
    finally:
        svc.close()

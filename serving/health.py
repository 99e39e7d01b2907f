"""GET /healthz: 200 {"status": "ok", ...} when every aggregate loads and validates, else 503."""

from __future__ import annotations

from flask import Flask, jsonify

from data import load

META_KEYS = ("edition", "synthetic", "built_at", "pipeline_version")


def install(server: Flask) -> None:
    @server.get("/healthz")
    def healthz():
        try:
            load.check_all()
            meta = load.meta()
        except Exception as exc:  # noqa: BLE001  (any failure means: not ready)
            server.logger.error("health check failed: %s", exc)
            response = jsonify(status="unavailable")
            response.status_code = 503
        else:
            response = jsonify(status="ok", **{k: meta[k] for k in META_KEYS if k in meta})
        response.headers["Cache-Control"] = "no-store"
        return response

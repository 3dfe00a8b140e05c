"""The server-rendered web face; :mod:`armstrace.asgi` mounts it beside the API."""

from armstrace.web.app import LOGIN_PATH, STATIC_DIR, build_web

__all__ = ["LOGIN_PATH", "STATIC_DIR", "build_web"]

"""The JSON API face, mounted under ``/api/v1`` by :mod:`armstrace.asgi`."""

from armstrace.api.app import API_VERSION, build_api

__all__ = ["API_VERSION", "build_api"]

"""The friendly 404 page (not in the navigation; the router shows it for an unknown path)."""

from __future__ import annotations

from pages.not_found.layout import layout

__all__ = ["layout"]

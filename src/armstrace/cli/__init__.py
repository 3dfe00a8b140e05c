"""The command-line face: Typer + Rich, calling services only."""

from armstrace.cli import watching
from armstrace.cli.app import app, main

__all__ = ["app", "main", "watching"]

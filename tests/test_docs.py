"""Documentation is tested: every CLI command must be in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from armstrace.console import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: Any, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        out.append(full)
        if hasattr(cmd, "commands"):
            out.extend(commands(cmd, full + " "))
    return out


def test_every_command_is_documented_in_the_readme() -> None:
    root = typer.main.get_command(app)
    assert hasattr(root, "commands")
    missing = [c for c in commands(root) if f"armstrace {c}" not in README]
    assert not missing, f"undocumented commands: {missing}"

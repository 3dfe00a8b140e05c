"""Bringing a database to the newest schema with Alembic, run from code on every open.

Why programmatic: users point armstrace at a path and expect it to work; there is no
``alembic.ini`` to ship or find. The migration scripts live inside the package
(``migrations/``) so an installed armstrace can always migrate the databases it makes.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, MetaData, inspect

from armstrace.model import ArmstraceError

__all__ = [
    "MIGRATIONS",
    "alembic_config",
    "current_revision",
    "full_metadata",
    "head_revisions",
    "upgrade",
]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def full_metadata() -> MetaData:
    """The shared MetaData with every table of the store package registered on it.

    Tables live in several modules (schema.py, and one module per later feature that
    adds its own tables to ``schema.metadata``); importing every module of the package
    is what makes the metadata whole, for autogenerate and for the schema test.
    """
    import armstrace.store as package
    from armstrace.store.schema import metadata

    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if not info.ispkg:
            importlib.import_module(info.name)
    return metadata


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config with no ini file; ``connection`` is what env.py migrates."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("version_table", VERSION_TABLE)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    """The revisions a fully migrated database is at (one unless branches diverge)."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revision(connection: Connection) -> set[str]:
    """The revisions recorded in ``alembic_version`` (empty for a new database)."""
    return set(MigrationContext.configure(connection).get_current_heads())


def upgrade(connection: Connection, where: str) -> bool:
    """Migrate to head inside the caller's transaction; False when already there.

    Refuses a database that has tables but no ``alembic_version`` (not one armstrace
    made) and one at a revision this armstrace does not know (made by a newer one),
    rather than writing armstrace tables into it.
    """
    tables = set(inspect(connection).get_table_names())
    heads = head_revisions()
    if VERSION_TABLE not in tables:
        if tables:
            raise ArmstraceError(
                "E402",
                f"{where} already holds tables ({', '.join(sorted(tables)[:5])}...) but is "
                "not an armstrace database; use an empty database or a new file",
            )
        current: set[str] = set()
    else:
        current = current_revision(connection)
    if current == heads:
        return False
    script = ScriptDirectory.from_config(alembic_config())
    unknown = {rev for rev in current if not _known(script, rev)}
    if unknown:
        raise ArmstraceError(
            "E403",
            f"{where} is at schema revision {', '.join(sorted(unknown))}, which this version "
            "of armstrace does not know (made by a newer armstrace?); upgrade armstrace",
        )
    try:
        command.upgrade(alembic_config(connection), "heads")
    except CommandError as exc:
        raise ArmstraceError("E403", f"cannot migrate {where}: {exc}") from exc
    return True


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False

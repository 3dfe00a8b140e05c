"""The resolve stage: mentions to entities, within and across documents.

:class:`Resolver` clusters one document's mentions, gives each cluster a global id
through an :class:`armstrace.model.EntityDirectory` (the store's, or the in-memory
:class:`MemoryDirectory`), and rewrites the claims onto entity ids. The rules are in
docs/RESOLUTION.md.
"""

from armstrace.resolve.claims import merge_claims
from armstrace.resolve.directory import MemoryDirectory
from armstrace.resolve.keys import entity_id_for, name_keys
from armstrace.resolve.resolver import Resolver

__all__ = ["MemoryDirectory", "Resolver", "entity_id_for", "merge_claims", "name_keys"]

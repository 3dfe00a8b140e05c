"""The assess stage: weigh the same claim across independent sources.

Pure functions over ``armstrace.model`` data: the services feed it stored claims with
their documents' syndication origins, and it returns ``Relation`` objects. Nothing
here touches the database, so every rule is testable on hand-made claims.
"""

from armstrace.assess.credits import credited_outlet
from armstrace.assess.keys import item_key, relation_key
from armstrace.assess.relations import assess_claims
from armstrace.assess.sources import source_kind
from armstrace.assess.syndication import SyndicationIndex, signature

__all__ = [
    "SyndicationIndex",
    "assess_claims",
    "credited_outlet",
    "item_key",
    "relation_key",
    "signature",
    "source_kind",
]

"""Sanctions screening and ownership exposure over lists read by ``armstrace.ingest.lists``.

``ScreeningIndex.build(list_name, entries)`` once per list, then ``index.screen(name)``;
``exposure`` applies the OFAC 50 percent rule over ownership edges.
"""

from armstrace.resolve.screening.exposure import (
    EXPOSED,
    MINORITY,
    UNKNOWN_SHARE,
    Exposure,
    ExposurePath,
    Listing,
    OwnershipEdge,
    describe_path,
    exposures,
)
from armstrace.resolve.screening.index import (
    DEFAULT_MARGIN,
    DEFAULT_THRESHOLD,
    ScreeningIndex,
    identifier_key,
)
from armstrace.resolve.screening.normalize import NameForm, name_form
from armstrace.resolve.screening.othernames import OtherName, load_other_names

__all__ = [
    "DEFAULT_MARGIN",
    "DEFAULT_THRESHOLD",
    "EXPOSED",
    "MINORITY",
    "UNKNOWN_SHARE",
    "Exposure",
    "ExposurePath",
    "Listing",
    "NameForm",
    "OtherName",
    "OwnershipEdge",
    "ScreeningIndex",
    "describe_path",
    "exposures",
    "identifier_key",
    "load_other_names",
    "name_form",
]

"""The administrative-unit registry as plain Python: units with validity, lineage, resolver, scanner.

Knows nothing of Django; the `units` app stores the same data in the database.

    >>> reg = load_registry()
    >>> reg.resolve("xã Nhất Tiến", parent="Bắc Sơn", on=datetime.date(2019, 6, 1)).unit.key
    '06382@-'
    >>> [u.name for u in reg.today("06382@-")]
    ['Nhất Hòa']
"""

from nongthon.registry.model import Candidate, LineageEvent, LineageLink, Mention, RegistryUnit, Resolution
from nongthon.registry.regions import REGIONS, region_of
from nongthon.registry.store import LEVELS, Registry, kind_name, load_registry, provenance

__all__ = [
    "LEVELS", "REGIONS", "Candidate", "LineageEvent", "LineageLink", "Mention", "Registry", "RegistryUnit",
    "Resolution", "kind_name", "load_registry", "provenance", "region_of",
]

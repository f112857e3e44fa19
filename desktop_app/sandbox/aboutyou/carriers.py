"""The carrier catalogue: one entry per carrier and country, from the reference's last-mile list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Carrier:
    key: str
    carrier_name: str
    country_code: str

    @property
    def display_label(self) -> str:
        return f"{self.carrier_name} ({self.country_code})"


# DE keys are the ones public clients use; the others follow CARRIER_COUNTRY (a guess).
CARRIERS: tuple[Carrier, ...] = (
    Carrier("DHL_STD_NATIONAL", "DHL", "DE"),
    Carrier("HERMES_KLV", "Hermes", "DE"),
    Carrier("DHL_AT", "DHL", "AT"),
    Carrier("POST_AT", "Post AT", "AT"),
    Carrier("HERMES_AT", "Hermes", "AT"),
    Carrier("BPOST_BE", "Bpost", "BE"),
    Carrier("DHL_BE", "DHL", "BE"),
    Carrier("GLS_DK", "GLS", "DK"),
    Carrier("SEUR_ES", "SEUR", "ES"),
    Carrier("CORREOS_ES", "Correos", "ES"),
    Carrier("DHL_ES", "DHL", "ES"),
    Carrier("POSTI_FI", "Posti", "FI"),
    Carrier("COLISSIMO_FR", "Colissimo", "FR"),
    Carrier("POSTE_ITALIANE_IT", "Poste Italiane", "IT"),
    Carrier("DHL_IT", "DHL", "IT"),
    Carrier("POSTNL_NL", "PostNL", "NL"),
    Carrier("DHL_NL", "DHL", "NL"),
    Carrier("DHL_SE", "DHL", "SE"),
    Carrier("ZASILKOVNA_CZ", "Zásilkovna", "CZ"),
    Carrier("PPL_CZ", "PPL", "CZ"),
    Carrier("CTT_PT", "CTT", "PT"),
    Carrier("INPOST_PL", "InPost", "PL"),
)

CARRIER_KEYS: frozenset[str] = frozenset(carrier.key for carrier in CARRIERS)


def default_carrier(country_code: str) -> str:
    """The first carrier listed for a country: what an order shows until it ships."""
    return next(c.key for c in CARRIERS if c.country_code == country_code)

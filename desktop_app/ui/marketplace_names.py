"""How the window names each marketplace kind (profile list, toolbar, Profiles dialog)."""

from __future__ import annotations

# Brand names: not translated.
MARKETPLACE_NAMES = {
    "aboutyou": "ABOUT YOU",
    "sellercenter": "Falabella / SellerCenter",
    "unicommerce": "Unicommerce",
}


def marketplace_name(kind: str) -> str:
    return MARKETPLACE_NAMES.get(kind, kind)

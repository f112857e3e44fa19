"""ABOUT YOU Sellers API: X-API-Key auth, asynchronous batches polled for results."""

from desktop_app.core.marketplaces.aboutyou.client import AboutYouClient
from desktop_app.core.marketplaces.aboutyou.marketplace import AboutYouMarketplace

__all__ = ["AboutYouClient", "AboutYouMarketplace"]

"""Deterministic demo orders: N open items with ids 100001.., in orders of 1 to 4 items."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from desktop_app.sandbox.aboutyou.carriers import default_carrier
from desktop_app.sandbox.aboutyou.rng import seeded_random

ItemStatus = Literal["open", "shipped", "cancelled", "returned"]
FIRST_ITEM_ID = 100001
WEEK_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Country:
    code: str
    currency: str
    vat: int
    shop: int
    price_factor: int
    places: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]


# Weights make DE the bulk of the orders, as for a German marketplace.
COUNTRIES: tuple[tuple[Country, int], ...] = (
    (
        Country(
            "DE",
            "EUR",
            19,
            139,
            1,
            (("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln")),
            ("Hauptstraße", "Bahnhofstraße", "Gartenweg"),
        ),
        50,
    ),
    (
        Country(
            "AT",
            "EUR",
            20,
            140,
            1,
            (("1010", "Wien"), ("8010", "Graz")),
            ("Mariahilfer Straße", "Hauptplatz"),
        ),
        10,
    ),
    (
        Country(
            "NL",
            "EUR",
            21,
            141,
            1,
            (("1012 AB", "Amsterdam"), ("3011 AA", "Rotterdam")),
            ("Kerkstraat", "Damstraat"),
        ),
        8,
    ),
    (
        Country(
            "BE",
            "EUR",
            21,
            142,
            1,
            (("1000", "Bruxelles"), ("2000", "Antwerpen")),
            ("Rue Neuve", "Meir"),
        ),
        5,
    ),
    (
        Country(
            "FR",
            "EUR",
            20,
            143,
            1,
            (("75001", "Paris"), ("69001", "Lyon")),
            ("Rue de Rivoli", "Rue de la République"),
        ),
        5,
    ),
    (
        Country(
            "IT",
            "EUR",
            22,
            144,
            1,
            (("00184", "Roma"), ("20121", "Milano")),
            ("Via Nazionale", "Via Manzoni"),
        ),
        5,
    ),
    (
        Country(
            "ES",
            "EUR",
            21,
            145,
            1,
            (("28013", "Madrid"), ("08002", "Barcelona")),
            ("Calle Mayor", "Carrer de Ferran"),
        ),
        5,
    ),
    (
        Country(
            "PL",
            "PLN",
            23,
            146,
            4,
            (("00-001", "Warszawa"), ("30-001", "Kraków")),
            ("ul. Marszałkowska", "ul. Floriańska"),
        ),
        4,
    ),
    (
        Country(
            "CZ",
            "CZK",
            21,
            147,
            25,
            (("110 00", "Praha"), ("602 00", "Brno")),
            ("Václavské náměstí", "Masarykova"),
        ),
        3,
    ),
    (
        Country(
            "SE",
            "SEK",
            25,
            148,
            11,
            (("111 20", "Stockholm"), ("411 01", "Göteborg")),
            ("Drottninggatan", "Kungsgatan"),
        ),
        3,
    ),
    (
        Country(
            "DK",
            "DKK",
            25,
            149,
            7,
            (("1050", "København"), ("8000", "Aarhus")),
            ("Strøget", "Vestergade"),
        ),
        1,
    ),
    (
        Country(
            "PT",
            "EUR",
            23,
            150,
            1,
            (("1100-148", "Lisboa"), ("4000-322", "Porto")),
            ("Rua Augusta", "Rua de Santa Catarina"),
        ),
        1,
    ),
)
FIRST_NAMES = ("Anna", "Lena", "Marie", "Sophie", "Lukas", "Jonas", "Felix", "Mia", "Paul", "Emma")
LAST_NAMES = ("Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker")
BRANDS = ("NRD", "LUMA", "KAVA", "ORBE", "TESS")
COLORS = ("BLK", "WHT", "NVY", "RED", "GRN", "BEI")
SIZES = ("XS", "S", "M", "L", "XL", "36", "38", "40", "42")
PRICE_POINTS = (1995, 2495, 2995, 3495, 3995, 4995, 5995, 6995, 7995, 8995, 9995, 12995)


@dataclass
class OrderItem:
    id: int
    order_number: str
    sku: str
    vat: int
    price_with_tax: int
    price_without_tax: int
    status: ItemStatus = "open"
    shipment_tracking_key: str | None = None
    return_tracking_key: str | None = None


@dataclass(frozen=True)
class Address:
    first_name: str
    last_name: str
    street: str
    zip_code: str
    city: str
    country_code: str


@dataclass
class Order:
    order_number: str
    created_at: datetime
    customer_key: str
    email: str
    phone: str
    address: Address
    currency_code: str
    shop: int
    carrier_key: str
    item_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class DemoData:
    orders: list[Order]
    items: dict[int, OrderItem]


def generate_demo_data(item_count: int, seed: int, base_time: datetime) -> DemoData:
    """Build the same orders for the same (count, seed, base_time), oldest order first."""
    rng = seeded_random("demo", seed)
    sizes: list[int] = []
    remaining = item_count
    while remaining > 0:
        sizes.append(min(rng.randint(1, 4), remaining))
        remaining -= sizes[-1]
    ages = sorted((rng.uniform(0, WEEK_SECONDS) for _ in sizes), reverse=True)
    skus = [_sku(rng) for _ in range(max(1, item_count // 5))]
    number = 310_000_000 + rng.randrange(100_000)
    orders: list[Order] = []
    items: dict[int, OrderItem] = {}
    next_id = FIRST_ITEM_ID
    for size, age in zip(sizes, ages, strict=True):
        number += rng.randint(1, 37)  # other sellers' orders fall in between
        country = rng.choices([c for c, _ in COUNTRIES], weights=[w for _, w in COUNTRIES])[0]
        order = _order(rng, str(number), base_time - timedelta(seconds=age), country)
        for _ in range(size):
            price = rng.choice(PRICE_POINTS) * country.price_factor
            items[next_id] = OrderItem(
                id=next_id,
                order_number=order.order_number,
                sku=rng.choice(skus),
                vat=country.vat,
                price_with_tax=price,
                price_without_tax=round(price * 100 / (100 + country.vat)),
            )
            order.item_ids.append(next_id)
            next_id += 1
        orders.append(order)
    return DemoData(orders=orders, items=items)


def _sku(rng: random.Random) -> str:
    style = rng.randrange(10_000, 99_999)
    return f"{rng.choice(BRANDS)}-{style}-{rng.choice(COLORS)}-{rng.choice(SIZES)}"


def _order(rng: random.Random, number: str, created_at: datetime, country: Country) -> Order:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    zip_code, city = rng.choice(country.places)
    street = f"{rng.choice(country.streets)} {rng.randint(1, 180)}"
    return Order(
        order_number=number,
        created_at=created_at.replace(microsecond=0),
        customer_key=f"C{rng.randrange(10_000_000, 99_999_999)}",
        email=f"{first}.{last}.{number[-4:]}@example.com".lower(),
        phone=f"+49 151 {rng.randrange(1_000_000, 9_999_999)}",
        address=Address(first, last, street, zip_code, city, country.code),
        currency_code=country.currency,
        shop=country.shop,
        carrier_key=default_carrier(country.code),
    )

"""pipeline.seasons: the season south of the equator, said first in a reply about its weather."""

from __future__ import annotations

from datetime import date

from pipeline.life_steers import CLIMATE
from pipeline.steers import steer_for


def test_a_southern_place_gets_its_season_in_the_month_asked_about() -> None:
    # "Perth usually has a mild, rainy climate in December" (Harold, his son there)
    perth = "What's the weather usually like in Perth in December?"
    assert steer_for(perth, "neutral") is CLIMATE
    assert CLIMATE.openers_for(perth) == ("From what I know, December is summer in Perth,",)
    assert CLIMATE.openers_for("How cold does it get in Sydney in July?") == \
        ("From what I know, July is winter in Sydney,",)


def test_without_a_month_the_season_is_now() -> None:
    from pipeline.seasons import season_there

    assert season_there("What is the climate in Cape Town like?", date(2026, 3, 4)) == \
        "March is autumn in Cape Town,"
    assert season_there("I may go to Auckland, what is the weather usually like?",
                        date(2026, 5, 1)) == "May is autumn in Auckland,"


def test_elsewhere_nothing_is_added() -> None:
    toronto = "What's the weather usually like in Toronto in March?"
    assert CLIMATE.openers_for(toronto) == ("From what I know,",)
    # Santiago de Compostela is in Spain: an August there is no winter
    assert CLIMATE.openers_for("What's the weather usually like in Santiago in August?") == \
        ("From what I know,",)

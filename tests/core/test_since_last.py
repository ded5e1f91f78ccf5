"""A follow-up and the file it follows: the change since last time, found beside it; overdue actions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from samverkan_gui.core.assessment import Assessment, save_assessment
from samverkan_gui.core.compare import find_followed, since_last
from samverkan_gui.core.followup import follow_up
from samverkan_gui.core.plan import Action, BlockPlan, Status, overdue_actions
from samverkan_gui.core.registry import shipped_registry
from samverkan_gui.present.learning import overdue_summary, present_since_last, status_text

Q = shipped_registry().default()
DUE = dt.date(2026, 1, 31)
PLAN = (
    BlockPlan(
        "organisatorisk-design",
        actions=(
            Action("Skriv spelregler", "Anna", DUE, Status.STARTED),
            Action("Bjud in", "Per", DUE, Status.DONE),
            Action("Utvärdera", "Kim", dt.date(2027, 1, 31), Status.PLANNED),
            Action("Utan datum", "Kim", None, Status.PLANNED),
        ),
    ),
)


@pytest.fixture
def earlier(tmp_path: Path) -> Path:
    answers = dict.fromkeys(Q.question_ids, 3)
    path = tmp_path / "unga-2025.samverkan"
    save_assessment(
        path,
        Assessment(
            Q.id,
            Q.version,
            answers=answers,
            date=dt.date(2025, 3, 6),
            collaboration="Unga",
            plan=PLAN,
            created=dt.datetime(2025, 3, 6, 9, 0, tzinfo=dt.UTC),
        ),
        Q,
    )
    return path


def _followed_up(earlier: Path, base: int = 4, **answers: int) -> Assessment:
    from samverkan_gui.core.assessment import load_assessment

    now = follow_up(load_assessment(earlier), earlier, today=dt.date(2026, 3, 6))
    values = dict.fromkeys(Q.question_ids, base) | {key.replace("_", "-"): v for key, v in answers.items()}
    return dataclasses.replace(now, answers=values)


def test_the_change_since_the_file_it_follows_beside_it(earlier: Path) -> None:
    now = _followed_up(earlier, start_1=5)
    since = since_last(now, earlier.parent, path=earlier.with_name("unga-2026.samverkan"))
    assert since is not None and since.found == earlier
    assert since.date == dt.date(2025, 3, 6)
    assert since.comparison is not None
    assert since.comparison.total_change == 21 + 1  # every answer one up, start-1 two
    shown = present_since_last(since, "sv")
    assert shown.headline == "Sedan förra gången (2025-03-06): +22 ↑"
    assert shown.blocks == (
        "STARTFÖRHÅLLANDEN: +6 ↑",
        "ORGANISATORISK DESIGN OCH LEDARSKAP: +5 ↑",
        "SAMVERKANSPROCESSEN: +10 ↑",
        "UTFALL: +1 ↑",
    )
    assert shown.spoken[0] == "STARTFÖRHÅLLANDEN: +6 ↑ (upp)"
    assert shown.notices == ()


def test_a_draft_says_the_total_can_be_compared_later(earlier: Path) -> None:
    now = _followed_up(earlier)
    now = now.with_answer("utfall-1", None)
    shown = present_since_last(since_last(now, earlier.parent), "sv")  # type: ignore[arg-type]
    assert shown.headline == ("Sedan förra gången (2025-03-06): summan kan jämföras när alla frågor är besvarade")
    assert shown.blocks[-1] == "UTFALL: –"


def test_a_renamed_file_is_found_by_its_bytes_or_its_making(earlier: Path) -> None:
    now = _followed_up(earlier)
    renamed = earlier.rename(earlier.with_name("förra året.samverkan"))
    assert find_followed(earlier.parent, now.follows) == renamed  # type: ignore[arg-type]
    # Saved again after the follow-up was made (other bytes): still the same file by its "created".
    from samverkan_gui.core.assessment import load_assessment

    save_assessment(renamed, load_assessment(renamed).with_answer("start-1", 1), Q)
    assert find_followed(earlier.parent, now.follows) == renamed  # type: ignore[arg-type]


def test_a_missing_file_is_said_not_guessed(earlier: Path, tmp_path: Path) -> None:
    now = _followed_up(earlier)
    elsewhere = tmp_path / "annan"
    elsewhere.mkdir()
    since = since_last(now, elsewhere)
    assert since is not None and since.found is None and since.comparison is None
    assert present_since_last(since, "sv").headline.startswith(
        "Den här bedömningen följer upp unga-2025.samverkan, men den filen finns inte i samma mapp"
    )
    assert since_last(dataclasses.replace(now, follows=None), earlier.parent) is None  # follows nothing


def test_overdue_means_past_its_due_date_and_not_done() -> None:
    today = dt.date(2026, 3, 6)
    late = overdue_actions(PLAN, today)
    assert [action.text for _block, action in late] == ["Skriv spelregler"]
    assert not PLAN[0].actions[0].is_overdue(DUE)  # due today is not late yet
    assert status_text(PLAN[0].actions[0], today, "sv") == "pågår – försenad"
    assert status_text(PLAN[0].actions[1], today, "sv") == "klar"
    assert overdue_summary(PLAN, today, "sv") == (
        "Försenade åtgärder (1), inte klara fast klart senast-datumet har passerat: "
        "”Skriv spelregler” (klart senast 2026-01-31)."
    )
    assert overdue_summary(PLAN, dt.date(2025, 1, 1), "en") == ""

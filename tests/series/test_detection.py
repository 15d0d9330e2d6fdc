"""Detection as a pure function: rules, explicit names, automatic detection."""

import re

import pytest

from series.detection import SeriesCandidate, SeriesRule, detect_series
from series.naming import fold_name

FIVE_WS = SeriesRule(
    name="5 W's",
    title=re.compile(r"^The 5 W's of Great!* Service\s*-\s*(?P<part>\w+)$", re.I),
    part="label",
    planned=("Who", "What", "When", "Where", "Why", "How"),
)
MASH = SeriesRule(name="Monthly Mash", title=re.compile(r"^Monthly Mash\b", re.I),
                  subtitle=re.compile(r"\bVolume\s+(?P<part>\d+)", re.I), part="number")


def candidate(key, title, source="Blog A", subtitle=None, **kwargs):
    return SeriesCandidate(key=key, title=title, subtitle=subtitle, source=source, **kwargs)


def test_names_fold_quotes_case_and_spacing():
    assert fold_name("5 W's") == fold_name("5 W’s") == fold_name("  5  w’S ")
    assert fold_name("5 W's") != fold_name("5 Ws")


def test_rule_reads_the_named_part_from_a_curly_title():
    found = detect_series([candidate(1, "The 5 W’s of Great!! Service – Where")], [FIVE_WS])
    assert found[1].name == "5 W's" and found[1].method == "rule"
    assert (found[1].part, found[1].part_order) == ("Where", 4)


def test_rule_reads_the_volume_from_the_subtitle():
    found = detect_series([candidate(1, "Monthly Mash: Tools", subtitle="Volume 3: March Mashup")], [MASH])
    assert (found[1].name, found[1].part_order) == ("Monthly Mash", 3)


def test_explicit_name_wins_over_rules_and_takes_the_rule_spelling():
    found = detect_series([
        candidate(1, "The 5 W’s of Great!! Service – Who", explicit_name="Service basics"),
        candidate(2, "Anything", explicit_name="5 w’s", explicit_index=2),
    ], [FIVE_WS])
    assert found[1].name == "Service basics" and found[1].method == "explicit"
    assert found[2].name == "5 W's" and found[2].index == 2


def test_part_markers_shared_by_two_posts_of_one_source_make_a_series():
    found = detect_series([
        candidate(1, "Onboarding new agents, Part 2"),
        candidate(2, "Onboarding new agents (Part 10)"),
        candidate(3, "Escalations, Part 1"),  # alone in its source: no series
        candidate(4, "Onboarding new agents, Part 3", source="Blog B"),  # other source
    ])
    assert set(found) == {1, 2}
    assert found[1].name == "Onboarding new agents"
    assert (found[1].part_order, found[2].part_order) == (2, 10)


def test_week_of_dates_volumes_numbers_and_dash_parts_are_markers():
    found = detect_series([
        candidate(1, "5 Top Articles for the Week of February 23, 2015"),
        candidate(2, "5 Top Articles For the Week of February 9, 2015"),
        candidate(3, "Mailbag #4"),
        candidate(4, "Mailbag #12"),
        candidate(5, "Ask Us Volume II"),
        candidate(6, "Ask Us, Vol. 3"),
        candidate(7, "The 5 W’s of Great!! Service – When"),
        candidate(8, "The 5 W's of Great!! Service - Who"),
    ])
    assert found[1].name == "5 Top Articles" and found[1].part_order > found[2].part_order
    assert found[3].name == "Mailbag" and (found[3].part_order, found[4].part_order) == (4, 12)
    assert found[5].name == "Ask Us" and (found[5].part_order, found[6].part_order) == (2, 3)
    assert found[7].series_key == found[8].series_key
    assert (found[8].part_order, found[7].part_order) == (1, 3)  # Who before When


def test_a_recurring_title_prefix_makes_a_series_but_a_long_headline_does_not():
    found = detect_series([
        candidate(1, "Guest Blog: Your opinion counts – or does it?"),
        candidate(2, "Guest Blog: Are You A Customer Service Ace?"),
        candidate(3, "Why most onboarding checklists never get read: a study"),
        candidate(4, "Why most onboarding checklists never get read: part two of it"),
    ])
    assert {key: a.name for key, a in found.items()} == {1: "Guest Blog", 2: "Guest Blog"}


def test_detection_can_be_switched_off_and_unmatched_posts_are_left_out():
    posts = [candidate(1, "Tips, Part 1"), candidate(2, "Tips, Part 2"), candidate(3, "Hello")]
    assert set(detect_series(posts)) == {1, 2}
    assert detect_series(posts, detect=False) == {}


def test_members_share_the_most_used_spelling():
    found = detect_series([
        candidate(1, "x", explicit_name="Customer Voice"),
        candidate(2, "y", explicit_name="customer  voice"),
        candidate(3, "z", explicit_name="Customer Voice"),
    ])
    assert {a.name for a in found.values()} == {"Customer Voice"}


# Series beyond numbered titles (issue: importer round 2, item 7): each case as a reader would name it.
BEYOND_NUMBERS = [
    ("unnumbered first part", ["Building a Team", "Building a Team, Part 2", "Building a Team, Part 3"],
     {"Building a Team": 1, "Building a Team, Part 2": 2, "Building a Team, Part 3": 3}),
    ("marker in mid-title", ["The Handbook — Part 1: First Contact", "The Handbook — Part 2: The Sequel"],
     {"The Handbook — Part 1: First Contact": 1, "The Handbook — Part 2: The Sequel": 2}),
    ("n of m", ["Calmer Calls (2 of 3)", "Calmer Calls (1 of 3)"], {"Calmer Calls (1 of 3)": 1, "Calmer Calls (2 of 3)": 2}),
    ("roman numerals", ["Lessons from the Desk III", "Lessons from the Desk II"],
     {"Lessons from the Desk II": 2, "Lessons from the Desk III": 3}),
    ("part words", ["Starting Out, Part Two", "Starting Out, Part One"], {"Starting Out, Part One": 1, "Starting Out, Part Two": 2}),
]


@pytest.mark.parametrize("case, titles, parts", BEYOND_NUMBERS, ids=[case[0] for case in BEYOND_NUMBERS])
def test_series_beyond_numbered_titles(case, titles, parts):
    found = detect_series([SeriesCandidate(key=title, title=title, source="blog") for title in titles])
    assert set(found) == set(titles), f"{case}: every title is a part"
    assert len({assignment.series_key for assignment in found.values()}) == 1
    assert {title: found[title].part_order for title in titles} == parts


@pytest.mark.parametrize("titles, name", [
    (["Friday links, March 8, 2019", "Friday Links – March 15, 2019", "Friday links for March 22, 2019"], "Friday links"),
    (["March roundup", "April roundup"], "roundup"),
    (["Support Stories – A Late Parcel", "Support Stories – The Wrong Size"], "Support Stories"),
])
def test_round_ups_and_shared_prefixes_are_one_series(titles, name):
    found = detect_series([SeriesCandidate(key=title, title=title, source="blog") for title in titles])
    assert set(found) == set(titles)
    assert {assignment.name.casefold() for assignment in found.values()} == {name.casefold()}


def test_one_off_titles_with_dates_or_colons_are_no_series():
    titles = ["Refunds: Why Speed Beats Generosity", "Support Tip: Name the Next Step", "Closed on May 1, 2019"]
    assert detect_series([SeriesCandidate(key=title, title=title, source="blog") for title in titles]) == {}

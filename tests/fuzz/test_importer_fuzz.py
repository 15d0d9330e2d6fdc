"""Fuzzing the importer: no input makes ``parse_archive`` crash or hang,
and every line of any input is accounted for exactly once."""

import pytest
from hypothesis import given, settings

from tests.fuzz import strategies
from tests.fuzz.properties import assert_sound

# No skip guard: a missing or broken importer fails here, loudly.
from archive_import import parse_archive  # noqa: E402,F401

FUZZ = settings.get_profile("fuzz")


@pytest.mark.parametrize("name", sorted(strategies.real_archives()))
def test_real_archives_are_sound(name):
    parsed = assert_sound(strategies.real_archives()[name], name)
    assert parsed.posts, f"{name}: no posts found in a real archive"


@settings(FUZZ)
@given(strategies.random_bytes)
def test_random_bytes(data):
    assert_sound(data)


@settings(FUZZ)
@given(strategies.random_text)
def test_random_text_in_any_encoding(data):
    assert_sound(data)


@settings(FUZZ)
@given(strategies.archive_like)
def test_archive_shaped_text(data):
    assert_sound(data)


@settings(FUZZ)
@given(strategies.mutated_archive())
def test_mutated_real_archives(named):
    name, data = named
    assert_sound(data, name)

"""common.settings: one way to merge, check and report a plugin's settings."""

import logging

import pytest

from common.settings import Option, either, is_positive_whole, is_text, merged, one_of

OPTIONS = {
    "size": Option(3, is_positive_whole, "a positive whole number"),
    "name": Option("x", is_text, "text"),
    "limit": Option("site", either(one_of("site", None), is_positive_whole), "'site', None or a number"),
    "tags": Option(["a"], lambda value: isinstance(value, list), "a list"),
}


def test_defaults_when_the_user_sets_nothing():
    assert merged({}, "DEMO", "demo", OPTIONS) == {"size": 3, "name": "x", "limit": "site", "tags": ["a"]}


def test_good_values_win_over_defaults():
    user = {"DEMO": {"size": 7, "limit": None, "name": "y"}}
    assert merged(user, "DEMO", "demo", OPTIONS) == {"size": 7, "name": "y", "limit": None, "tags": ["a"]}


def test_each_problem_is_one_warning_with_the_prefix_and_never_an_error(caplog):
    user = {"DEMO": {"size": 0, "name": 5, "limit": True, "colour": "red"}}
    with caplog.at_level(logging.DEBUG):
        result = merged(user, "DEMO", "demo", OPTIONS)
    assert result == {"size": 3, "name": "x", "limit": "site", "tags": ["a"]}
    assert [record.levelno for record in caplog.records] == [logging.WARNING] * 4
    messages = [record.getMessage() for record in caplog.records]
    assert all(message.startswith("demo: ") for message in messages), messages
    assert messages[0] == "demo: unknown DEMO key 'colour' ignored"
    assert "demo: DEMO['size'] should be a positive whole number, got 0; using 3" in messages


@pytest.mark.parametrize("value", [[1, 2], "size=3", 42])
def test_a_setting_that_is_not_a_dict_gives_the_defaults(caplog, value):
    with caplog.at_level(logging.WARNING):
        assert merged({"DEMO": value}, "DEMO", "demo", OPTIONS)["size"] == 3
    assert len(caplog.records) == 1 and "must be a dict" in caplog.records[0].getMessage()


def test_true_is_not_a_count():
    assert is_positive_whole(2) and not is_positive_whole(True) and not is_positive_whole(0)


def test_changing_the_result_leaves_the_defaults_alone():
    first = merged({}, "DEMO", "demo", OPTIONS)
    first["tags"].append("b")
    assert merged({}, "DEMO", "demo", OPTIONS)["tags"] == ["a"]


@pytest.mark.parametrize("plugin_settings, name", [
    ("series.settings", "SERIES"), ("site_extras.settings", "SITE_EXTRAS"),
    ("render_cache.settings", "RENDER_CACHE"), ("search_index.indexer", "SEARCH_INDEX"),
])
def test_every_plugin_reads_its_settings_through_the_helper(caplog, plugin_settings, name):
    module = __import__(plugin_settings, fromlist=["OPTIONS"])
    assert all(isinstance(option, Option) for option in module.OPTIONS.values())
    read = getattr(module, "settings_for", None) or module.load_settings
    with caplog.at_level(logging.WARNING):
        read({name: {"no_such_key": 1}})
    assert [record.levelno for record in caplog.records] == [logging.WARNING]
    assert caplog.records[0].getMessage().startswith(f"{module.PREFIX}: ")

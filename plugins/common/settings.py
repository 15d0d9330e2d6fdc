"""A plugin's settings dict: defaults merged with pelicanconf.py, checked, problems logged.

Every plugin declares its keys once, as ``Option`` records, and calls
``merged``. Each problem (not a dict, an unknown key, a value of the wrong
type or out of range) is logged once as a WARNING that starts with the
plugin's prefix, and the default is used instead. Never an ERROR: a
``--fatal errors`` build must not stop over a setting the plugin can do
without.
"""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass
from typing import Callable

MUTABLE = (list, dict, set)


@dataclass(frozen=True)
class Option:
    """One key of a plugin's settings dict."""

    default: object
    accepts: Callable[[object], bool]  # True when the user's value can be used
    expected: str  # what a good value is, for the warning: "a positive whole number"


def warn(prefix: str, message: str, *args) -> None:
    """Log one settings problem for the plugin named ``prefix``."""
    logging.getLogger(f"{prefix}.settings").warning(f"{prefix}: {message}", *args)


def merged(pelican_settings: dict, name: str, prefix: str, options: dict[str, Option]) -> dict:
    """Each option's default, overlaid with the usable values of the user's ``name`` dict."""
    user = pelican_settings.get(name)
    if user is None:
        user = {}
    if not isinstance(user, dict):
        warn(prefix, "%s must be a dict, got %r; using defaults", name, user)
        user = {}
    for key in sorted(set(user) - set(options), key=str):
        warn(prefix, "unknown %s key %r ignored", name, key)
    result = {}
    for key, option in options.items():
        if key in user and option.accepts(user[key]):
            result[key] = user[key]
            continue
        if key in user:
            warn(prefix, "%s[%r] should be %s, got %r; using %r", name, key, option.expected,
                 user[key], option.default)
        # A copy of a list or dict: a plugin that changes its settings must not change the defaults.
        result[key] = copy.copy(option.default) if isinstance(option.default, MUTABLE) else option.default
    return result


# Checks for Option.accepts. bool is a subclass of int in Python; a True
# where a count is expected is a mistake, so whole numbers exclude it.

def is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_positive_whole(value) -> bool:
    return is_whole(value) and value > 0


def is_positive_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def is_bool(value) -> bool:
    return isinstance(value, bool)


def is_bool_or_none(value) -> bool:
    return value is None or isinstance(value, bool)


def is_text(value) -> bool:
    return isinstance(value, str)


def is_text_or_none(value) -> bool:
    return value is None or isinstance(value, str)


def is_relative_file_name(value) -> bool:
    return isinstance(value, str) and bool(value) and not os.path.isabs(value)


def is_text_list(value) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(item, str) for item in value)


def is_dict_of_numbers(value) -> bool:
    return isinstance(value, dict) and all(
        isinstance(weight, (int, float)) and not isinstance(weight, bool) for weight in value.values())


def is_list(value) -> bool:
    return isinstance(value, (list, tuple))


def one_of(*choices) -> Callable[[object], bool]:
    """A check that accepts exactly these values (compared with ==, and None by identity)."""
    return lambda value: any(value is choice if choice is None else value == choice for choice in choices)


def either(*checks: Callable[[object], bool]) -> Callable[[object], bool]:
    return lambda value: any(check(value) for check in checks)

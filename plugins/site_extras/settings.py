"""The SITE_EXTRAS settings: defaults merged with pelicanconf.py through ``common.settings``.

A bad setting is logged once as a ``site_extras:`` WARNING and replaced by
its default.
"""

from common.settings import Option, is_dict_of_numbers, is_positive_whole, is_text, merged

PREFIX = "site_extras"

OPTIONS = {
    # Adult silent reading of web prose is about 230 words a minute.
    "words_per_minute": Option(230, is_positive_whole, "a positive whole number"),
    # Enough to suggest a next read without turning into a second index.
    "related_max": Option(4, is_positive_whole, "a positive whole number"),
    # Weights of what two articles share; a series is the strongest bond.
    "related_weights": Option({"series": 4, "tag": 2, "source": 1, "category": 1}, is_dict_of_numbers,
                              "a dict of numbers"),
    "sources_save_as": Option("sources/index.html", is_text, "a path"),
    "sources_url": Option("sources/", is_text, "a URL"),
    "source_save_as": Option("sources/{slug}/index.html", is_text, "a path pattern with {slug}"),
    "source_url": Option("sources/{slug}/", is_text, "a URL pattern with {slug}"),
}
DEFAULTS = {key: option.default for key, option in OPTIONS.items()}


def settings_for(pelican_settings):
    """DEFAULTS overlaid with the user's SITE_EXTRAS dict; bad input is logged, not fatal."""
    return merged(pelican_settings, "SITE_EXTRAS", PREFIX, OPTIONS)

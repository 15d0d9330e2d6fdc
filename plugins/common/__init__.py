"""Helpers the project's plugins share; a library, not a plugin (it registers nothing).

- ``settings``: a plugin's settings dict merged with its defaults, checked,
  every problem logged once as a WARNING with the plugin's prefix.
- ``files``: ``write_atomic``, a file written whole or not at all.
- ``parallel``: ``serial(settings)``, the one knob (``SERIAL_BUILD``) that keeps a
  build in one thread of one process.
- ``dates``: dates at the precision they are known: ISO 8601 with the
  time-zone offset, text for readers, "is the date known", feed entries.

Parsing dates out of archive text stays in the importer.
"""

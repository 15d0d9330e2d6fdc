"""Command-line helpers behind the Makefile targets (build, import, newpost, check)."""

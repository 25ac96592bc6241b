"""Retention rules per category, the purge queue they fill, and the runs that empty it."""

"""Importing customer lists and web event files."""

"""Builders shared by the tests, one module for each thing they build or drive."""

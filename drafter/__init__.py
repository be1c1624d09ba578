"""drafter: draft, render and compare ceasefire and peace proposals kept as YAML clauses."""

__version__ = "0.1.0"

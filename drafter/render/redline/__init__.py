"""Outputs of a comparison (a Redline): terminal, Markdown, HTML, JSON, Word."""

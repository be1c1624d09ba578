"""The JSON Schema of the proposal format, shipped as package data."""

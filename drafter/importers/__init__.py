"""drafter.importers"""

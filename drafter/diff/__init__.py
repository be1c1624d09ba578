"""drafter.diff"""

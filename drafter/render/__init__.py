"""drafter.render"""

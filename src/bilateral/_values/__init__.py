"""The values layer: errors, dates, money, countries, sources and their checks.

The lowest layer: it imports nothing else of bilateral.
"""

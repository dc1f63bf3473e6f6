"""The text layer: locale data, formatting, sentences and the summary.

It imports the values and model layers, never wire or tables.
"""

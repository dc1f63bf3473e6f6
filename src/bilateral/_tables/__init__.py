"""Tables and pictures: table columns, pandas, Arrow, plots and HTML.

It imports the values, model and text layers, never wire.
"""

"""The wire layer: JSON text, the cattrs converter, migrations, the JSON Schema, files.

It imports the values and model layers, never text or tables.
"""

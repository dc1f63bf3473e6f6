"""The bundled data: the article as received and its facts as JSON."""

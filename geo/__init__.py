"""geo: a geospatial incident mapper for military activity around Japan.

Articles go in; a gazetteer resolves the places they name to real geometry; incidents are
extracted, merged across articles and rendered as an offline Leaflet map, GIS exports,
spatial summaries and a briefing deck.
"""

__version__ = "0.1.0"

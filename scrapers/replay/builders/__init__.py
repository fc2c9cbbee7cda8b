"""Replay-site builders beyond the four seed pages (see generate.py: builders()).

Each module exports BUILDERS, a list of functions seeds_dir -> (entries, files[, quirks]).
"""

BUILDERS: list = []

from . import vccorp_sites  # noqa: E402  (baochinhphu, nld, tuoitre, thanhnien, mst)

BUILDERS += vccorp_sites.BUILDERS

from .quirks import BUILDERS as _quirks  # noqa: E402  (failure fixtures: 404, stalls, redirects, ...)

BUILDERS += _quirks

from . import other_sites  # noqa: E402  (vnexpress, vietnamplus, dangcongsan, quochoi, thanhhoa portal)

BUILDERS += other_sites.BUILDERS

"""One spider per site. Each binds a parser module from vngov.sites to the shared crawl logic."""

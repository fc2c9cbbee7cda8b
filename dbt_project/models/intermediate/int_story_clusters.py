"""Which articles are one story: the same meeting, or near-duplicate texts (vngov/dedupe.py)."""


def model(dbt, session):
    dbt.config(materialized="table")
    from vngov.dedupe import cluster_stories

    articles = dbt.ref("int_articles").project("article_id, published_at, fingerprint").df()
    meetings = dbt.ref("int_meeting_clusters").df()
    return cluster_stories(articles, meetings)

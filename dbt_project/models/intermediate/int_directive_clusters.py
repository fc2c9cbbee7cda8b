"""Which directive reports are one directive reported by several sites (vngov/dedupe.py)."""


def model(dbt, session):
    dbt.config(materialized="table")
    from vngov.dedupe import cluster_directives

    mentions = dbt.ref("int_directive_mentions").project(
        "directive_id, article_id, published_at, meeting_id, issuer_name, action_text").df()
    return cluster_directives(mentions)

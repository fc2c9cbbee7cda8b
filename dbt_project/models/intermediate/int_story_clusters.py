"""Which articles are one story: the same meeting, or near-duplicate texts (rules:
vngov/dedupe.py; what each build recomputes: vngov/recluster.py)."""


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="delete+insert", unique_key="article_id")
    from vngov import recluster

    batch = recluster.stories(session, articles=recluster.sql(dbt.ref("int_articles")),
                              meeting_clusters=recluster.sql(dbt.ref("int_meeting_clusters")),
                              this=recluster.stored(dbt, session, recluster.STORY_COLUMNS))
    return recluster.as_table(session, batch, recluster.STORY_COLUMNS)

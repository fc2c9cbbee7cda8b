"""Which meeting mentions are one meeting (rules: vngov/dedupe.py; what each build recomputes:
vngov/recluster.py)."""


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="replace_scopes",
               unique_key="meeting_date", row_key="article_id")
    from vngov import recluster

    batch = recluster.meetings(session, mentions=recluster.sql(dbt.ref("int_meeting_mentions")),
                               articles=recluster.sql(dbt.ref("int_articles")),
                               this=recluster.stored(dbt, session, recluster.MEETING_COLUMNS))
    return recluster.as_table(session, batch, recluster.MEETING_COLUMNS)

"""Which directive reports are one directive reported by several sites (rules: vngov/dedupe.py;
what each build recomputes: vngov/recluster.py)."""


def model(dbt, session):
    dbt.config(materialized="incremental", incremental_strategy="replace_scopes",
               unique_key="report_day", row_key="directive_id")
    from vngov import recluster

    batch = recluster.directives(session, mentions=recluster.sql(dbt.ref("int_directive_mentions")),
                                 articles=recluster.sql(dbt.ref("int_articles")),
                                 meeting_clusters=recluster.sql(dbt.ref("int_meeting_clusters")),
                                 this=recluster.stored(dbt, session, recluster.DIRECTIVE_COLUMNS))
    return recluster.as_table(session, batch, recluster.DIRECTIVE_COLUMNS)

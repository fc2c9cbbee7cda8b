"""Which meeting mentions are one meeting (rules and reasons: vngov/dedupe.py)."""


def model(dbt, session):
    dbt.config(materialized="table")
    from vngov.dedupe import cluster_meetings

    return cluster_meetings(dbt.ref("int_meeting_mentions").df())

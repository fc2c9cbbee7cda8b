"""Clustering on each build at the cost of the new articles, not of the whole history.

The three cluster models (dbt_project/models/intermediate/int_*_clusters.py) call these. A first
build, or `--full-refresh`, clusters everything (this=None). After that each model recomputes only
the part of its table that the articles extracted since its last run can change, and the table
comes out as a full run would make it (tests/test_recluster.py checks that on random histories,
with new, re-extracted and back-dated articles):

- Meetings: cluster_meetings only compares mentions of one date, so the dates that changed
  articles mention, now or before their re-extraction, are clustered again whole.
- Directives: cluster_directives takes reports in publication order, each deciding on the
  directives before it. The pass is replayed from the first day a changed report is or was
  published (a changed report: of a changed article, or of one whose meeting was re-clustered),
  on top of the directives stored for earlier days that a replayed report could still join.
- Stories: every verdict on a pair of articles needs only the articles published within the
  story window of them (vngov.dedupe.cluster_stories). The stories of the articles published
  within two windows of a changed one, or whose meeting was re-clustered, are recomputed whole,
  with every article they held before, so a story split or joined by the change is seen whole.

A model's rows carry what the next run needs: the article's extracted_at (the watermark: what is
newer was extracted since), when the row was clustered, and the row's scope. The incremental
strategy `replace_scopes` (dbt_project/macros/replace_scopes.sql) deletes the stored rows of every
scope a batch holds and inserts the batch; a scope left with no rows comes as one empty row
(no key), which clears it and is not inserted.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pandas as pd

from vngov.dedupe import (DIRECTIVE_WINDOW_DAYS, STORY_WINDOW_DAYS, cluster_directives,
                          cluster_meetings, cluster_stories, report_day)

# Each table's columns and SQL types: a batch has them whatever it holds (empty, or only empty rows).
MEETING_COLUMNS = {"article_id": "varchar", "meeting_index": "integer", "meeting_id": "varchar",
                   "meeting_date": "date", "extracted_at": "timestamptz", "clustered_at": "timestamptz"}
DIRECTIVE_COLUMNS = {"directive_id": "varchar", "directive_event_id": "varchar", "article_id": "varchar",
                     "meeting_id": "varchar", "report_day": "date", "extracted_at": "timestamptz",
                     "clustered_at": "timestamptz"}
STORY_COLUMNS = {"article_id": "varchar", "story_id": "varchar", "published_at": "timestamptz",
                 "extracted_at": "timestamptz", "clustered_at": "timestamptz"}
MEETING_INPUT = ", ".join(f"m.{c}" for c in (
    "article_id", "url", "published_at", "meeting_index", "meeting_date", "part_of_day", "chair_name", "body",
    "session_number"))
DIRECTIVE_INPUT = "directive_id, article_id, published_at, meeting_id, issuer_name, action_text"


class BuiltByOlderVersion(RuntimeError):
    """The stored table lacks the columns incremental clustering needs."""


def drop_outdated(con, schema: str = "intermediate") -> list[str]:
    """Drop the cluster tables a vngov before incremental clustering built (they lack its
    columns), so that the next dbt run builds them whole instead of failing; returns their names.
    Run by every dbt invocation of vngov (vngov.build) before dbt starts."""
    dropped = []
    for table, columns in (("int_meeting_clusters", MEETING_COLUMNS),
                           ("int_directive_clusters", DIRECTIVE_COLUMNS), ("int_story_clusters", STORY_COLUMNS)):
        missing = _missing_columns(con, schema, table, columns)
        if missing and len(missing) < len(columns):  # the table exists, without all of them
            con.execute(f'drop table "{schema}"."{table}"')
            dropped.append(table)
    return dropped


def _missing_columns(con, schema: str, table: str, columns: dict[str, str]) -> list[str]:
    """The columns of `columns` the stored table lacks (all of them when there is no table)."""
    have = {r[0] for r in con.execute(
        "select column_name from duckdb_columns() where schema_name = ? and table_name = ?",
        [schema, table]).fetchall()}
    return [c for c in columns if c not in have]


def sql(relation) -> str:
    """A dbt ref (a DuckDB relation) as a subquery to put in SQL."""
    return f"({relation.sql_query()})"


def stored(dbt, con, columns: dict[str, str]) -> str | None:
    """The model's stored table to update, or None when dbt builds it whole (first build,
    --full-refresh)."""
    if not dbt.is_incremental:
        return None
    this = dbt.this
    missing = _missing_columns(con, this.schema, this.identifier, columns)
    if missing:
        raise BuiltByOlderVersion(
            f"{this.identifier} was built by an older vngov (no {', '.join(missing)}): "
            "run `vngov build --full-refresh` once")
    return repr(this)


def _rows(con, sql: str, params=None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def _changed(con, articles: str, this: str) -> pd.DataFrame:
    """Articles extracted since this table's last run (article_id, published_at)."""
    return _rows(con, f"select article_id, published_at from {articles} where extracted_at > "
                      f"(select coalesce(max(extracted_at), '-infinity'::timestamptz) from {this})")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _typed(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """The batch with exactly the table's columns, missing values as None."""
    frame = frame.reindex(columns=list(columns)).astype(object)
    return frame.where(frame.notna(), None)


def as_table(con, frame: pd.DataFrame, columns: dict[str, str]):
    """What a model returns: the batch as a relation with the table's SQL types (pandas cannot
    type an empty column, and dbt fails an incremental run whose types differ from the table)."""
    return con.from_df(frame).project(", ".join(f'cast("{c}" as {t}) as "{c}"' for c, t in columns.items()))


# ------------------------------------------------------------------------------------ meetings

def meetings(con, mentions: str, articles: str, this: str | None) -> pd.DataFrame:
    """int_meeting_clusters (scope: meeting_date). mentions: int_meeting_mentions; articles:
    int_articles; this: the stored table, None for a full run."""
    stamp = _now()
    if this is None:
        found = _rows(con, f"select {MEETING_INPUT}, a.extracted_at from {mentions} m join {articles} a using (article_id)")
        return _meeting_rows(found, stamp)
    changed = list(_changed(con, articles, this)["article_id"])
    if not changed:
        return _typed(pd.DataFrame(), MEETING_COLUMNS)
    dates = _rows(con, f"select meeting_date from {mentions} where article_id in (select unnest(?)) "
                       f"union select meeting_date from {this} where article_id in (select unnest(?))",
                  [changed, changed])["meeting_date"].dropna()
    dates = sorted({pd.Timestamp(d).date() for d in dates})
    # every mention of those dates: the changed articles' and those stored for unchanged ones
    found = _rows(con, f"""
        select {MEETING_INPUT}, a.extracted_at from {mentions} m join {articles} a using (article_id)
        where m.article_id in (select unnest(?)::varchar union
                               select article_id from {this} where meeting_date in (select unnest(?)))
          and m.meeting_date in (select unnest(?))""", [changed, dates, dates])
    batch = _meeting_rows(found, stamp)
    emptied = sorted(set(dates) - {pd.Timestamp(d).date() for d in batch["meeting_date"]})
    return pd.concat([batch, _typed(pd.DataFrame({"meeting_date": emptied}), MEETING_COLUMNS)],
                     ignore_index=True)


def _meeting_rows(found: pd.DataFrame, stamp: datetime) -> pd.DataFrame:
    clusters = cluster_meetings(found)
    keyed = found[["article_id", "meeting_index", "meeting_date", "extracted_at"]].astype({"meeting_index": "int64"})
    out = clusters.merge(keyed, on=["article_id", "meeting_index"], how="left")
    out["meeting_date"] = [pd.Timestamp(d).date() for d in out["meeting_date"]]
    out["clustered_at"] = stamp
    return _typed(out, MEETING_COLUMNS)


# ---------------------------------------------------------------------------------- directives

def directives(con, mentions: str, articles: str, meeting_clusters: str, this: str | None) -> pd.DataFrame:
    """int_directive_clusters (scope: report_day). mentions: int_directive_mentions (with each
    report's meeting_id); meeting_clusters: int_meeting_clusters, already updated this build."""
    stamp = _now()
    if this is None:
        found = _rows(con, f"select {DIRECTIVE_INPUT} from {mentions}")
        return _directive_rows(found, cluster_directives(found), con, articles, stamp)
    touched = list(set(_changed(con, articles, this)["article_id"]) | set(_rows(
        con, f"select article_id from {meeting_clusters} where clustered_at > "
             f"(select coalesce(max(clustered_at), '-infinity'::timestamptz) from {this})")["article_id"]))
    days = [report_day(p) for p in _rows(
        con, f"select published_at from {mentions} where article_id in (select unnest(?))",
        [touched])["published_at"]]
    days += [d.toordinal() for d in _rows(
        con, f"select report_day from {this} where article_id in (select unnest(?))",
        [touched])["report_day"].map(lambda d: pd.Timestamp(d).date())]
    if not days:
        return _typed(pd.DataFrame(), DIRECTIVE_COLUMNS)
    first = min(days)
    # a day early, so that no time zone of published_at loses a report of day `first`
    since = datetime.combine(date.fromordinal(first) - timedelta(days=1), time(), timezone.utc)
    found = _rows(con, f"select {DIRECTIVE_INPUT} from {mentions} where published_at >= ?", [since])
    found = found[[report_day(p) >= first for p in found["published_at"]]]
    # the stored directives a replayed report could join: with a report inside the window
    # before `first`, or of a meeting a replayed report belongs to; all their earlier reports
    stored = _rows(con, f"""
        select directive_id, directive_event_id, article_id from {this}
        where report_day < ? and directive_event_id in (
            select directive_event_id from {this} where report_day < ?
              and (report_day >= ? or meeting_id in (select unnest(?))))""",
                   [date.fromordinal(first), date.fromordinal(first),
                    date.fromordinal(first - DIRECTIVE_WINDOW_DAYS),
                    sorted(set(found["meeting_id"].dropna()))])
    prior = _rows(con, f"select {DIRECTIVE_INPUT} from {mentions} where article_id in (select unnest(?))",
                  [sorted(set(stored["article_id"]))]).merge(
        stored[["directive_id", "directive_event_id"]], on="directive_id")
    batch = _directive_rows(found, cluster_directives(found, prior), con, articles, stamp)
    stored_days = _rows(con, f"select distinct report_day from {this} where report_day >= ?",
                        [date.fromordinal(first)])["report_day"].map(lambda d: pd.Timestamp(d).date())
    emptied = sorted(set(stored_days) - set(batch["report_day"]))
    return pd.concat([batch, _typed(pd.DataFrame({"report_day": emptied}), DIRECTIVE_COLUMNS)],
                     ignore_index=True)


def _directive_rows(found, clusters, con, articles: str, stamp: datetime) -> pd.DataFrame:
    out = clusters.merge(found[["directive_id", "article_id", "meeting_id", "published_at"]], on="directive_id")
    out["report_day"] = [date.fromordinal(report_day(p)) for p in out["published_at"]]
    extracted = _rows(con, f"select article_id, extracted_at from {articles} where article_id in (select unnest(?))",
                      [sorted(set(out["article_id"]))])
    out = out.merge(extracted, on="article_id", how="left")
    out["clustered_at"] = stamp
    return _typed(out, DIRECTIVE_COLUMNS)


# ------------------------------------------------------------------------------------- stories

def stories(con, articles: str, meeting_clusters: str, this: str | None) -> pd.DataFrame:
    """int_story_clusters (scope: article_id: every article has one row)."""
    stamp = _now()
    if this is None:
        loaded = _rows(con, f"select article_id, published_at, fingerprint, extracted_at from {articles}")
        links = _rows(con, f"select article_id, meeting_id from {meeting_clusters}")
        return _story_rows(cluster_stories(loaded, links), loaded, stamp)
    changed = _changed(con, articles, this)
    moved = _rows(con, f"select published_at from {this} where article_id in (select unnest(?))",
                  [list(changed["article_id"])])
    days = {report_day(p) for p in list(changed["published_at"]) + list(moved["published_at"])}
    if not days:
        return _typed(pd.DataFrame(), STORY_COLUMNS)
    # seeds: every article near a changed one, and those whose meeting was re-clustered
    near = _rows(con, f"select article_id, published_at from {articles} where {_within(days, 2 * STORY_WINDOW_DAYS)}")
    regrouped = _rows(con, f"select article_id from {meeting_clusters} where clustered_at > "
                           f"(select coalesce(max(clustered_at), '-infinity'::timestamptz) from {this})")
    seeds = sorted(set(near["article_id"]) | set(regrouped["article_id"]) | set(changed["article_id"]))
    whole = _rows(con, f"""select article_id, published_at from {this}
                           where story_id in (select story_id from {this} where article_id in (select unnest(?)))""",
                  [seeds])
    scope = set(seeds) | set(whole["article_id"])
    scope_days = {report_day(p) for p in list(near["published_at"]) + list(whole["published_at"])} | days
    regrouped_days = _rows(con, f"select published_at from {articles} where article_id in (select unnest(?))",
                           [sorted(set(regrouped["article_id"]))])["published_at"]
    scope_days |= {report_day(p) for p in regrouped_days}
    loaded = _rows(con, f"select article_id, published_at, fingerprint, extracted_at from {articles} "
                        f"where {_within(scope_days, STORY_WINDOW_DAYS)}")
    links = _rows(con, f"select article_id, meeting_id from {meeting_clusters} where article_id in (select unnest(?))",
                  [sorted(scope)])
    return _story_rows(cluster_stories(loaded, links, scope=scope), loaded, stamp)


def _within(days: set[int], margin: int) -> str:
    """A SQL condition on published_at: within `margin` days (and a day more, for time zones) of
    one of the days; loading more articles than needed changes nothing (cluster_stories)."""
    spans: list[list[int]] = []
    for d in sorted(days):
        if spans and d - margin - 1 <= spans[-1][1]:
            spans[-1][1] = d + margin + 1
        else:
            spans.append([d - margin - 1, d + margin + 1])
    if not spans:
        return "false"
    return " or ".join(f"(published_at >= '{date.fromordinal(lo)}'::timestamptz and "
                       f"published_at < '{date.fromordinal(hi + 1)}'::timestamptz)" for lo, hi in spans)


def _story_rows(clusters: pd.DataFrame, loaded: pd.DataFrame, stamp: datetime) -> pd.DataFrame:
    out = clusters.merge(loaded[["article_id", "published_at", "extracted_at"]], on="article_id", how="left")
    out["clustered_at"] = stamp
    return _typed(out, STORY_COLUMNS)

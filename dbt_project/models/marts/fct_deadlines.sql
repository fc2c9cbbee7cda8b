-- Each deadline of a directive, normalised to the last day of the period it names.
with deadlines as (
    select directive_id, url, unnest(deadlines, recursive := true)
    from {{ ref('int_directive_mentions') }}
)

select
    md5(concat_ws('|', directive_id, expression, due_date)) as deadline_id,
    directive_id,
    url as article_url,
    due_date,
    period_start,
    granularity,
    expression
from deadlines
-- the same deadline can be stated twice in one directive's sentence
qualify row_number() over (partition by directive_id, expression, due_date order by period_start) = 1

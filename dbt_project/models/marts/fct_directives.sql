-- Who instructed whom to do what, with the sentence it was read from: one row per directive as
-- one article reports it (score.py and the contract key it by article_url). A directive that
-- several sites report shares its directive_event_id and lists every report in source_urls
-- (fct_directive_events has one row per directive).
with directives as (
    select * from {{ ref('int_directive_mentions') }}
),

events as (
    select c.directive_event_id, list(distinct d.url order by d.url) as source_urls
    from {{ ref('int_directive_clusters') }} c
    join directives d using (directive_id)
    group by c.directive_event_id
),

-- a body as issuer ("Thường trực Chính phủ", "Ban Chỉ đạo ...") has no title
body_keys as (
    select name_key, agency_id from {{ ref('int_agency_keys') }}
    qualify row_number() over (partition by name_key order by preference, agency_id) = 1
)

select
    d.directive_id,
    d.meeting_id,
    d.url as article_url,
    d.article_id,
    d.issuer_name,
    d.issuer_title,
    p.person_id as issuer_person_id,
    b.agency_id as issuer_agency_id,
    d.verb,
    d.addressees,
    coalesce(d.addressee_groups, []) as addressee_groups,
    d.action_text,
    d.evidence_text,
    c.directive_event_id,
    e.source_urls
from directives d
join {{ ref('int_directive_clusters') }} c using (directive_id)
join events e using (directive_event_id)
left join {{ ref('int_person_keys') }} p
    on d.issuer_title is not null and p.name_key = {{ match_key('d.issuer_name') }}
left join body_keys b
    on d.issuer_title is null and b.name_key = {{ match_key('d.issuer_name') }}

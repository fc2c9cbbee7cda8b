{% set marks = ['int_article_facts'] %}
{% set references = ['int_agency_keys', 'dim_agencies'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='article_url',
          row_key='directive_addressee_id', marks=marks, references=references) }}
{{ declare_inputs(marks + references) }}

-- One row per directive and addressee as written. An agency (addressee_kind 'agency') comes with
-- the agency it names, the agency that carries its responsibilities today ("directives to Bộ Khoa
-- học và Công nghệ" is `where current_agency_id = 'bkhcn'`, and includes a 2024 directive to Bộ
-- Thông tin và Truyền thông) and, for a department (Cục, Vụ, Sở), its parent: `where 'btc' in
-- (agency_id, current_agency_id, parent_agency_id)` finds the Ministry of Finance's tasks and its
-- departments', and `list_contains(responsible_agency_ids, 'btc')` also those of the departments
-- of a ministry merged into it. A generic group ("các bộ, ngành", "UBND các tỉnh, thành phố") is a row of kind
-- 'group' with its group_type and no agency. A place written after a local agency ("Ủy ban nhân
-- dân tỉnh Thanh Hóa") is kept on both names.
-- Updated by article (macros/marks.sql): the addressees of an article extracted again.
with reports as (
    select * from {{ ref('fct_directives') }}
    {% if is_incremental() %}
    where article_id in ({{ changed_articles(marks) }}) or {{ references_changed(references) }}
    {% endif %}
),

{% if is_incremental() %}
scopes as (
    select url as article_url from ({{ changed_articles_and_urls(marks) }})
    union
    select article_url from reports
),
{% endif %}

addressees as (
    select directive_id,
           article_url,
           unnest(addressees) as addressee,
           generate_subscripts(addressees, 1) as addressee_position
    from reports
),

keyed as (
    select *, {{ match_key('addressee') }} as addressee_key
    from addressees
    where addressee is not null
    qualify row_number() over (partition by directive_id, addressee order by addressee_position) = 1
),

agency_names as (
    select * from {{ ref('int_agency_keys') }}
),

-- The whole addressee, or for a local agency its name followed by the place.
matched as (
    select k.*,
           n.agency_id,
           case when n.agency_id is not null and k.addressee_key <> n.name_key
                then array_to_string(list_slice(string_split(k.addressee, ' '),
                                                len(string_split(n.name_key, ' ')) + 1,
                                                len(string_split(k.addressee, ' '))), ' ')
           end as place
    from keyed k
    left join agency_names n
        on k.addressee_key = n.name_key
        or (n.level in ('province', 'district', 'commune') and starts_with(k.addressee_key, n.name_key || ' '))
    qualify row_number() over (
        partition by k.directive_id, k.addressee
        order by length(n.name_key) desc nulls last, n.preference) = 1
),

agency_rows as (
    select
        md5(concat_ws('|', m.directive_id, m.addressee)) as directive_addressee_id,
        m.directive_id,
        m.article_url,
        m.addressee_position,
        m.addressee,
        'agency' as addressee_kind,
        null::varchar as group_type,
        m.agency_id,
        a.canonical_name as agency_name,
        nullif(m.place, '') as place,
        a.current_agency_id,
        case when nullif(m.place, '') is not null and c.level in ('province', 'district', 'commune')
             then c.canonical_name || ' ' || m.place
             else c.canonical_name end as current_agency_name,
        a.is_current as agency_is_current,
        coalesce(a.parent_agency_id, c.parent_agency_id) as parent_agency_id,
        coalesce(a.parent_name, c.parent_name) as parent_agency_name,
        -- the agency, today's agency, the parent and the parent's agency today
        [m.agency_id, a.current_agency_id, a.parent_agency_id, c.parent_agency_id,
         pa.current_agency_id, pc.current_agency_id] as candidate_ids
    from matched m
    left join {{ ref('dim_agencies') }} a on a.agency_id = m.agency_id
    left join {{ ref('dim_agencies') }} c on c.agency_id = a.current_agency_id
    left join {{ ref('dim_agencies') }} pa on pa.agency_id = a.parent_agency_id
    left join {{ ref('dim_agencies') }} pc on pc.agency_id = c.parent_agency_id
),

rows as (
    -- responsible_agency_ids: the candidates without nulls or repeats, in order. `list_contains(
    -- responsible_agency_ids, 'btc')` finds the tasks of Bộ Tài chính, of its departments and of the
    -- departments of the ministries merged into it (Tổng cục Thống kê, under Bộ Kế hoạch và Đầu tư).
    select * exclude (candidate_ids),
           list_filter(candidate_ids, lambda x, i: x is not null and list_position(candidate_ids, x) = i)
               as responsible_agency_ids
    from agency_rows

    union all

    select
        md5(concat_ws('|', g.directive_id, 'group', g.group_text)) as directive_addressee_id,
        g.directive_id,
        g.article_url,
        g.position,
        g.group_text,
        'group',
        g.group_type,
        null, null, null, null, null, null, null, null, []::varchar[]
    from (
        select directive_id, article_url,
               struct_extract(ag, 'text') as group_text,
               struct_extract(ag, 'group') as group_type,
               1000 + generate_subscripts(addressee_groups, 1) as position
        from reports, unnest(addressee_groups) as t(ag)
    ) g
    qualify row_number() over (partition by g.directive_id, g.group_text order by g.position) = 1
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('article_url') }}
{% endif %}

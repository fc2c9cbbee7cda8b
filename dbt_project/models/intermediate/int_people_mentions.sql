{{ config(materialized='view') }}

-- Every person the articles name as an issuer or a chair, with the title given and when. A body as
-- issuer has no title: only titled issuers are people.
select issuer_name as name, issuer_title as title, published_at
from {{ ref('int_directive_mentions') }}
where issuer_name is not null and issuer_title is not null
union all
select chair_name, chair_title, published_at
from {{ ref('int_meeting_mentions') }}
where chair_name is not null

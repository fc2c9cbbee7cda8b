-- Who instructed whom to do what, with the sentence it was read from.
select
    directive_id,
    meeting_id,
    url as article_url,
    article_id,
    issuer_name,
    issuer_title,
    verb,
    addressees,
    action_text,
    evidence_text
from {{ ref('int_directive_mentions') }}

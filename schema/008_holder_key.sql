-- SPDX-License-Identifier: GPL-2.0-or-later
-- Who holds a position, for the reports that tell positions apart (holdings, insiders).
-- Fund and family-office filers write "See Footnote" (or "(1)") as the nature of ownership
-- of every entity they report and name the entity in the footnote: keyed by the nature
-- alone, Peter Thiel's four Palantir LLCs were one position. Where the nature only points
-- to its footnotes, their text names the holder; otherwise the nature does.

CREATE FUNCTION holder_key(filing_id bigint, nature text, nature_fn text[]) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(
        CASE WHEN regexp_replace(lower(nature), 'see|footnotes?|notes?|[^a-z]', '', 'g') = ''
             THEN (SELECT spelling_key(string_agg(n.text, ' ' ORDER BY n.footnote_id))
                   FROM footnote n
                   WHERE n.filing_id = holder_key.filing_id AND n.footnote_id = ANY (nature_fn))
        END,
        spelling_key(nature))
$$;
COMMENT ON FUNCTION holder_key(bigint, text, text[]) IS 'Who holds a row''s shares, compared as spelling_key does: the nature of ownership, or the text of its footnotes when the nature only points to them ("See Footnote").';

-- $1 text[] paths, $2 int[] positions in their files: filings just stored. Their files'
-- earlier rejects (of the whole file, or of that filing) are resolved.
UPDATE import_reject r SET resolved_at = now()
FROM unnest($1::text[], $2::int[]) AS s(path, document)
WHERE r.source_path = s.path AND r.source_document IN (0, s.document) AND r.resolved_at IS NULL;

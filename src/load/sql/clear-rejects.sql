-- $1 text[] paths, $2 int[] positions in their files: filings just stored. Their files'
-- earlier rejects (of the whole file, or of that filing) are no longer true.
DELETE FROM import_reject r
USING unnest($1::text[], $2::int[]) AS s(path, document)
WHERE r.source_path = s.path AND r.source_document IN (0, s.document);

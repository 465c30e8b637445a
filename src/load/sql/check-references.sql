-- Every reference of the archive (declared foreign keys and implicit_foreign_key), with
-- the number of rows that refer to a parent that does not exist and one of their values.
-- check_archive_references() is defined by schema/006_rows_at_the_floor.sql.
SELECT child_table, child_columns, parent_table, kept_by, orphans, example
FROM check_archive_references();

-- What each paragraph of a source's text was in the web page or Word file it was read from (heading, list
-- item, quotation, table row with its cells' lengths), one line per paragraph, written with the file
-- (org.crdash.document.Block#encode). The text stays what offsets refer to; this only says how to show it.
-- NULL for files read without structure (text, Markdown, PDF) and for files stored before it was kept.
ALTER TABLE source_file ADD COLUMN layout text CHECK (layout IS NULL OR char_length(layout) > 0);

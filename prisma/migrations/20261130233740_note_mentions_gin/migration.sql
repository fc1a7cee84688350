-- My work lists the notes that mention the user (`mentions @> ARRAY[id]`): a GIN index reads only those.
CREATE INDEX "Note_mentions_idx" ON "Note" USING GIN ("mentions");

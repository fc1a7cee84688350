-- The claim statement: what is being checked, as one sentence. Existing rows get one built from
-- speaker, cue and text (the cue's tense as written; new claims get lib/extraction/statement.ts's).
CREATE FUNCTION "pg_temp"."claim_statement"(content TEXT, speaker TEXT, cue TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN nullif(btrim(speaker), '') IS NULL THEN upper(left(c, 1)) || substr(c, 2)
    WHEN lower(coalesce(cue, '')) LIKE 'according to%' THEN 'According to ' || btrim(speaker) || ', ' || c
    WHEN nullif(btrim(cue), '') IS NOT NULL THEN upper(left(btrim(speaker), 1)) || substr(btrim(speaker), 2) || ' ' || lower(btrim(cue)) || ' ' || c
    ELSE upper(left(btrim(speaker), 1)) || substr(btrim(speaker), 2) || ': ' || c
  END
  FROM (SELECT coalesce(nullif(regexp_replace(btrim(content), '[[:space:],;:.]+$', ''), ''), content) AS c) AS parts
$$;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "statement" TEXT;
UPDATE "Claim" SET "statement" = "pg_temp"."claim_statement"("text", "speaker", "cue");
ALTER TABLE "Claim" ALTER COLUMN "statement" SET NOT NULL;

-- AlterTable: each snapshot gets the sentence for what it froze (its own speaker and text).
ALTER TABLE "Publication" ADD COLUMN     "statement" TEXT;
UPDATE "Publication" p SET "statement" = "pg_temp"."claim_statement"(p."claimText", p."speaker", c."cue")
  FROM "Claim" c WHERE c."id" = p."claimId";
ALTER TABLE "Publication" ALTER COLUMN "statement" SET NOT NULL;

-- Readers search the statement too (weight B, like the claim text).
CREATE OR REPLACE FUNCTION "publication_search_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."speaker", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."speakerRole", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."statement", '') || ' ' || coalesce(NEW."claimText", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."summary", '')), 'C');
  RETURN NEW;
END;
$$;

DROP TRIGGER "Publication_search_vector" ON "Publication";
CREATE TRIGGER "Publication_search_vector"
  BEFORE INSERT OR UPDATE OF "speaker", "speakerRole", "claimText", "statement", "summary" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_search_vector"();

UPDATE "Publication" SET "statement" = "statement";

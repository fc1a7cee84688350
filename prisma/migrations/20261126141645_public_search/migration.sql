-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

-- Hand-written (Prisma does not model triggers): keep "searchVector" in step with the snapshot text.
-- Publication rows are insert-only, but an UPDATE of the text columns is covered too.
CREATE FUNCTION "publication_search_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."speaker", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."speakerRole", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."claimText", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."summary", '')), 'C');
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Publication_search_vector"
  BEFORE INSERT OR UPDATE OF "speaker", "speakerRole", "claimText", "summary" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_search_vector"();

-- Existing rows: fire the trigger once.
UPDATE "Publication" SET "claimText" = "claimText";

-- CreateEnum
CREATE TYPE "CaseSetting" AS ENUM ('NEIGHBOURHOOD', 'SCHOOL', 'ONLINE', 'PUBLIC_SPACE', 'WORK', 'SPORT_CULTURE', 'OTHER');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "networkSummary" TEXT,
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "setting" "CaseSetting";

-- CreateIndex
CREATE INDEX "Case_searchVector_idx" ON "Case" USING GIN ("searchVector");

-- Full-text search over title and analysis (Dutch stemming), kept by the database with a
-- trigger. (A GENERATED column would read to Prisma as a default it then tries to drop in
-- every later migration; a trigger is invisible to its diff.) Weights: title A, poles and
-- fuel B, the rest C. The application never writes "searchVector".
CREATE FUNCTION "Case_searchVector_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('dutch'::regconfig, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('dutch'::regconfig, coalesce(NEW."poleA", '') || ' ' || coalesce(NEW."poleB", '') || ' ' || coalesce(NEW."fuel", '')), 'B') ||
    setweight(to_tsvector('dutch'::regconfig, coalesce(NEW."situation", '') || ' ' || coalesce(NEW."location", '') || ' ' || coalesce(NEW."tried", '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Case_searchVector_trigger" BEFORE INSERT OR UPDATE OF "title", "poleA", "poleB", "fuel", "situation", "location", "tried"
  ON "Case" FOR EACH ROW EXECUTE FUNCTION "Case_searchVector_update"();

-- Fill it for cases written before this migration.
UPDATE "Case" SET "title" = "title";

-- A role is described in a few words (empty only after the author's erasure).
ALTER TABLE "CaseRole" ADD CONSTRAINT "CaseRole_description_length_check" CHECK (char_length("description") <= 300);

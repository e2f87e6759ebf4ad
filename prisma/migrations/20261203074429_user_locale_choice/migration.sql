-- AlterTable
ALTER TABLE "User" ADD COLUMN     "localeChosen" BOOLEAN NOT NULL DEFAULT false;


-- ADR 0033: until a person chooses a language, it is their municipality's: Flemish for a
-- Belgian municipality, Dutch otherwise. The database keeps it so on every path that creates
-- or moves a person (invitation, import, sign-up, a move) and when a municipality's country
-- changes; mail builders and the interface read "locale" as it is.
CREATE FUNCTION "User_locale_default"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW."localeChosen" THEN
    NEW."locale" := CASE
      WHEN (SELECT "country" FROM "Municipality" WHERE "id" = NEW."municipalityId") = 'BE' THEN 'nl-BE'
      ELSE 'nl'
    END;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "User_locale_default_trigger" BEFORE INSERT OR UPDATE OF "municipalityId", "localeChosen", "locale"
  ON "User" FOR EACH ROW EXECUTE FUNCTION "User_locale_default"();

CREATE FUNCTION "Municipality_country_locale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "municipalityId" = "municipalityId" WHERE "municipalityId" = NEW."id" AND NOT "localeChosen";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Municipality_country_locale_trigger" AFTER UPDATE OF "country"
  ON "Municipality" FOR EACH ROW EXECUTE FUNCTION "Municipality_country_locale"();

-- Nobody could choose a language before: every existing "nl" is the default, not a choice.
UPDATE "User" SET "localeChosen" = false;

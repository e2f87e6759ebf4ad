"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";

export type Suggestion = { date: string; time: string; label: string };

/** What a session is planned with; `date` and `time` are the current start when it is moved. */
export type SessionFieldValues = {
  date?: string;
  time?: string;
  durationMinutes: number;
  durationHelp: string;
  suggestions: Suggestion[];
  /** Why there are no suggestions, when it is not "nothing free within a year" (e.g. an earlier step is not planned yet). */
  noSuggestions?: string;
  trainers: { id: string; name: string }[];
  chosenTrainerIds: string[];
  location?: string | null;
  onlineUrl?: string | null;
  registration: { capacity: number | null; open: boolean } | null;
};

type Props = SessionFieldValues & { errors?: Record<string, string[]> };

/** The fields of scheduling or moving a session: when, where, who trains, and (trajectory-wide) registration. */
export function SessionFields(props: Props) {
  return (
    <>
      <TimingFields {...props} />
      <PlaceFields {...props} />
    </>
  );
}

/**
 * Date, start time and duration of a session, with the earliest valid moments (R6–R8)
 * offered as buttons that fill in the date and time.
 */
function TimingFields(props: Props) {
  const t = useTranslations("sessions.form");
  const [date, setDate] = useState(props.date ?? "");
  const [time, setTime] = useState(props.time ?? "");
  return (
    <>
      <fieldset
        className="flex flex-col gap-2 rounded border border-brand-100 bg-brand-50 p-3"
        data-testid="suggestions"
      >
        <legend className="px-1 font-medium">{t("suggestions")}</legend>
        <p className="text-sm">{t("suggestionsHelp")}</p>
        {props.suggestions.length === 0 ? (
          <p className="text-sm text-muted">{props.noSuggestions ?? t("noSuggestions")}</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {props.suggestions.map((suggestion) => (
              <button
                key={`${suggestion.date}T${suggestion.time}`}
                type="button"
                onClick={() => {
                  setDate(suggestion.date);
                  setTime(suggestion.time);
                }}
                aria-pressed={date === suggestion.date && time === suggestion.time}
                className="min-h-11 rounded border border-brand-600 bg-white px-3 py-2 text-left text-brand-800 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {t("useSuggestion", { when: suggestion.label })}
              </button>
            ))}
          </div>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="date"
          type="date"
          label={t("date")}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          errors={props.errors?.date}
          required
        />
        <Field
          name="time"
          type="time"
          label={t("time")}
          value={time}
          onChange={(e) => setTime(e.target.value)}
          errors={props.errors?.time}
          step={300}
          required
        />
        <Field
          name="durationMinutes"
          type="number"
          label={t("duration")}
          help={props.durationHelp}
          defaultValue={props.durationMinutes}
          errors={props.errors?.durationMinutes}
          min={15}
          max={720}
          required
        />
      </div>
    </>
  );
}

/** Location, online link, trainers and (for trajectory-wide sessions) capacity and registration. */
function PlaceFields(props: Props) {
  const t = useTranslations("sessions.form");
  const errors = props.errors;
  return (
    <>
      <Field
        name="location"
        label={t("location")}
        defaultValue={props.location ?? ""}
        errors={errors?.location}
        maxLength={200}
      />
      <Field
        name="onlineUrl"
        type="url"
        label={t("onlineUrl")}
        defaultValue={props.onlineUrl ?? ""}
        errors={errors?.onlineUrl}
        maxLength={500}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors?.trainerIds ? "trainerIds-error" : undefined}>
        <legend className="font-medium">{t("trainers")}</legend>
        {props.trainers.map((trainer) => (
          <label key={trainer.id} className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="trainerIds"
              value={trainer.id}
              defaultChecked={props.chosenTrainerIds.includes(trainer.id)}
              className="h-5 w-5"
            />
            {trainer.name}
          </label>
        ))}
        <FieldErrors id="trainerIds-error" errors={errors?.trainerIds} />
      </fieldset>
      {props.registration && (
        <>
          <Field
            name="capacity"
            type="number"
            label={t("capacity")}
            defaultValue={props.registration.capacity ?? ""}
            errors={errors?.capacity}
            min={1}
            max={1000}
          />
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="registrationOpen"
              defaultChecked={props.registration.open}
              className="h-5 w-5"
            />
            {t("registrationOpen")}
          </label>
        </>
      )}
    </>
  );
}

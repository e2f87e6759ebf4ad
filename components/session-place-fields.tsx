"use client";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/ui/field";

/** Location, online link, trainers and (for trajectory-wide sessions) capacity and registration. */
export function SessionPlaceFields(props: {
  trainers: { id: string; name: string }[];
  chosenTrainerIds: string[];
  location?: string | null;
  onlineUrl?: string | null;
  registration: { capacity: number | null; open: boolean } | null;
  errors?: Record<string, string[]>;
}) {
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

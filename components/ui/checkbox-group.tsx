import { FieldErrors } from "./field";

type Option = { value: string; label: string };

/** A labelled group of checkboxes (a fieldset with a legend) that submits repeated values. */
export function CheckboxGroup({
  name,
  legend,
  options,
  errors,
  help,
  defaultValues = [],
}: {
  name: string;
  legend: string;
  options: Option[];
  errors?: string[];
  help?: string;
  defaultValues?: string[];
}) {
  const describedBy = [help && `${name}-help`, errors?.length && `${name}-error`].filter(Boolean).join(" ");
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy || undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {help && (
        <p id={`${name}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="mt-1"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

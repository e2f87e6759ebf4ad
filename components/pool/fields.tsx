import { FieldErrors } from "@/components/ui/field";

const describedBy = (id: string, help?: string, errors?: string[]) =>
  [help && `${id}-help`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** A group of checkboxes in a fieldset with a legend. */
export function CheckboxGroup({
  name,
  legend,
  help,
  options,
  defaultChecked = [],
  errors,
}: {
  name: string;
  legend: string;
  help?: string;
  options: { value: string; label: string; detail?: string }[];
  defaultChecked?: string[];
  errors?: string[];
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy(name, help, errors)}>
      <legend className="font-medium">{legend}</legend>
      {help && (
        <p id={`${name}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="flex items-start gap-2">
          <input type="checkbox" name={name} value={option.value} defaultChecked={defaultChecked.includes(option.value)} className="mt-1 h-4 w-4" />
          <span>
            {option.label}
            {option.detail && <span className="block text-sm text-muted">{option.detail}</span>}
          </span>
        </label>
      ))}
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

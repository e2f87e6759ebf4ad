import { FieldErrors } from "@/components/ui/field";

const describedBy = (id: string, help?: string, errors?: string[]) =>
  [help && `${id}-help`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;

/** A labelled multi-line text field with help and errors tied to it. */
export function TextArea({
  name,
  label,
  help,
  errors,
  id = name,
  ...rest
}: { name: string; label: string; help?: string; errors?: string[] } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} className="text-sm text-muted">
          {help}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, help, errors)}
        className="rounded border border-gray-400 px-3 py-2 aria-invalid:border-red-700"
        {...rest}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A labelled select with errors tied to it. */
export function Select({
  name,
  label,
  options,
  errors,
  id = name,
  ...rest
}: { name: string; label: string; options: { value: string; label: string }[]; errors?: string[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, undefined, errors)}
        className="rounded border border-gray-400 bg-white px-3 py-2"
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

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

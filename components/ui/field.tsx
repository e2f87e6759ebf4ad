type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  help?: string;
} & React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with help text and field errors tied to it for screen readers. */
export function Field({ name, label, errors, help, id = name, ...input }: FieldProps) {
  const describedBy = [help && `${id}-help`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
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
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="rounded border border-gray-400 px-3 py-2 aria-invalid:border-red-700"
        {...input}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {errors.join(" ")}
    </p>
  );
}

import { FieldErrors } from "./field";

type TextAreaFieldProps = {
  name: string;
  label: string;
  errors?: string[];
  help?: string;
} & React.TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text field with help text and errors tied to it for screen readers. */
export function TextAreaField({ name, label, errors, help, id = name, rows = 4, ...textarea }: TextAreaFieldProps) {
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
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-gray-400 px-3 py-2 aria-invalid:border-red-700"
        {...textarea}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

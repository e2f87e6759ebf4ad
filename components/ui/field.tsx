type FrameProps = { id: string; label: string; help?: string; errors?: string[] };

/** The ids a control's aria-describedby points at: its help text and its errors. */
export function describedBy({ id, help, errors }: Omit<FrameProps, "label">) {
  return [help && `${id}-help`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

/** Label, help text and field errors around one form control (input, select, textarea). */
export function FieldFrame({ id, label, help, errors, children }: FrameProps & { children: React.ReactNode }) {
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
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export const controlClass = "rounded border border-gray-400 px-3 py-2 aria-invalid:border-red-700";

type FieldProps = {
  name: string;
  label: string;
  errors?: string[];
  help?: string;
} & React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with help text and field errors tied to it for screen readers. */
export function Field({ name, label, errors, help, id = name, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} help={help} errors={errors}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, help, errors })}
        className={controlClass}
        {...input}
      />
    </FieldFrame>
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

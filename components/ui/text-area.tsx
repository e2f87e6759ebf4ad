import { controlClass, describedBy, FieldFrame } from "./field";

type TextAreaProps = {
  name: string;
  label: string;
  errors?: string[];
  help?: string;
} & React.TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line input with help text and field errors tied to it. */
export function TextArea({ name, label, errors, help, id = name, rows = 4, ...input }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} help={help} errors={errors}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, help, errors })}
        className={controlClass}
        {...input}
      />
    </FieldFrame>
  );
}

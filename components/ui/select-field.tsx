import { controlClass, describedBy, FieldFrame } from "./field";

type SelectFieldProps = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  errors?: string[];
  help?: string;
} & React.SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled select with help text and field errors tied to it. */
export function SelectField({
  name,
  label,
  options,
  placeholder,
  errors,
  help,
  id = name,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} help={help} errors={errors}>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy({ id, help, errors })}
        className={`${controlClass} bg-white`}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

"use client";
import {
  createContext,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useRef,
  type ComponentProps,
  type FormEvent,
} from "react";
import { idle, type ActionState } from "@/lib/actions/state";

const KeptFormPending = createContext(false);

/** True while a KeepValuesForm's action runs (useFormStatus does not see it). */
export const useKeptFormPending = () => useContext(KeptFormPending);

/**
 * A form that keeps what the user typed when the server refuses it. React 19 resets a
 * `<form action>` after every action, so a trainer would retype a whole session after an
 * R7 message. Dispatching from onSubmit inside a transition skips that reset; the form is
 * cleared only after a success. Without JavaScript it still posts natively.
 */
export function KeepValuesForm({
  action,
  state,
  pending,
  ...props
}: Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  action: (data: FormData) => void;
  state: ActionState<unknown>;
  pending: boolean;
}) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    startTransition(() => action(data));
  };
  return (
    <KeptFormPending value={pending}>
      <form ref={form} action={action} onSubmit={onSubmit} {...props} />
    </KeptFormPending>
  );
}

/**
 * useActionState for a KeepValuesForm: the action's state (for messages and field errors),
 * whether it runs, and the props that tie the form to it (`<KeepValuesForm {...form}>`).
 */
export function useKeptForm<S extends ActionState<unknown>>(serverAction: (previous: S, data: FormData) => Promise<S>) {
  const [state, action, pending] = useActionState<S, FormData>(serverAction, idle as Awaited<S>);
  return { state, pending, form: { action, state, pending } };
}

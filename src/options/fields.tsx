/**
 * Presentational form fields for the options page. Each takes its stored
 * value and an onSave that validates and saves; an invalid entry shows its
 * message beside the field and is not saved (the stored value stays).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

interface Described {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} class="field-hint">
      {text}
    </p>
  ) : null;
}

/** The message beside a field; always in the DOM so screen readers hear it appear. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} class="field-error" aria-live="polite">
      {message}
    </p>
  );
}

export function Toggle({
  id,
  label,
  hint,
  checked,
  disabled,
  onSave,
}: Described & { checked: boolean; disabled?: boolean; onSave: (value: boolean) => void }) {
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`)}
        onChange={(event) => onSave(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        <Hint id={`${id}-hint`} text={hint} />
      </div>
    </div>
  );
}

/**
 * A text entry that is checked when the person leaves it (or presses Enter):
 * a valid entry is saved, an invalid one is explained and kept on screen for
 * fixing while storage keeps the last valid value.
 */
function useDraft(stored: string, onSave: (text: string) => string | null) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new stored value (saved here, imported, reset, changed elsewhere) replaces the draft.
  // In a layout effect, before the next key: a deferred one could land between
  // a fast key's input and change events and throw that key away.
  useLayoutEffect(() => {
    setDraft(null);
    setError(null);
  }, [stored]);
  return {
    text: draft ?? stored,
    error,
    onInput: (text: string) => {
      setDraft(text);
      // Clear an old message as soon as the entry is fixed, but only judge on commit.
      if (error !== null) setError(null);
    },
    commit: (text: string) => {
      if (draft === null && text === stored) return;
      setError(onSave(text));
    },
  };
}

export function NumberField({
  id,
  label,
  hint,
  value,
  min,
  max,
  unit,
  disabled,
  onSave,
}: Described & { value: number; min: number; max: number; unit: string; disabled?: boolean; onSave: (text: string) => string | null }) {
  const { text, error, onInput, commit } = useDraft(String(value), onSave);
  return (
    <div class="field field--number">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={describedBy(`${id}-unit`, hint !== undefined && `${id}-hint`, `${id}-error`)}
          onInput={(event) => onInput(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget.value)}
        />
        <span id={`${id}-unit`} class="field-unit">
          {unit}
        </span>
      </div>
      <Hint id={`${id}-hint`} text={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TimeField({
  id,
  label,
  value,
  disabled,
  onSave,
}: Described & { value: string; disabled?: boolean; onSave: (text: string) => string | null }) {
  const { text, error, onInput, commit } = useDraft(value, onSave);
  return (
    <div class="field field--time">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={text}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={`${id}-error`}
        onInput={(event) => onInput(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function RadioGroup<T extends string>({
  id,
  label,
  hint,
  value,
  choices,
  disabled,
  onSave,
}: Described & { value: T; choices: readonly Choice<T>[]; disabled?: boolean; onSave: (value: T) => void }) {
  return (
    <fieldset class="field field--choices" aria-describedby={describedBy(hint !== undefined && `${id}-hint`)} disabled={disabled}>
      <legend>{label}</legend>
      {choices.map((choice) => (
        <div class="choice" key={choice.value}>
          <input
            id={`${id}-${choice.value}`}
            type="radio"
            name={id}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onSave(choice.value)}
          />
          <label for={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <Hint id={`${id}-hint`} text={hint} />
    </fieldset>
  );
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  choices,
  disabled,
  onSave,
}: Described & { value: T; choices: readonly Choice<T>[]; disabled?: boolean; onSave: (value: string) => void }) {
  return (
    <div class="field field--select">
      <label for={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onSave(event.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A set of checkboxes saved as a list (weekdays, categories). */
export function CheckboxSet<T extends string | number>({
  id,
  label,
  hint,
  value,
  choices,
  disabled,
  onSave,
}: Described & {
  value: readonly T[];
  choices: readonly { value: T; label: string }[];
  disabled?: boolean;
  onSave: (value: T[]) => void;
}) {
  const toggle = (item: T, on: boolean): void => {
    const next = on ? [...value, item] : value.filter((v) => v !== item);
    onSave(next);
  };
  return (
    <fieldset class="field field--set" aria-describedby={describedBy(hint !== undefined && `${id}-hint`)} disabled={disabled}>
      <legend>{label}</legend>
      <div class="set-items">
        {choices.map((choice) => (
          <div class="choice" key={String(choice.value)}>
            <input
              id={`${id}-${String(choice.value)}`}
              type="checkbox"
              checked={value.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            />
            <label for={`${id}-${String(choice.value)}`}>{choice.label}</label>
          </div>
        ))}
      </div>
      <Hint id={`${id}-hint`} text={hint} />
    </fieldset>
  );
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

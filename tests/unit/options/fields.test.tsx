// @vitest-environment happy-dom
/**
 * The options page's number field: an entry is judged when the person leaves
 * it, an invalid one is explained beside the field and kept for fixing (and
 * not saved), and a new stored value (import, reset, another page) replaces
 * whatever was being typed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NumberField } from '../../../src/options/fields';

const root = (): HTMLElement => document.body.appendChild(document.createElement('div'));

function field(value: number, onSave: (text: string) => string | null, container = root()) {
  act(() => {
    render(<NumberField id="n" label="Every" unit="minutes" value={value} min={5} max={240} hint="5 to 240" onSave={onSave} />, container);
  });
  const input = container.querySelector('input') as HTMLInputElement;
  const error = container.querySelector('#n-error') as HTMLElement;
  const type = (text: string, commit = true): void => {
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  return { container, input, error, type };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('NumberField', () => {
  it('is labelled, shows the stored value and describes itself by unit, hint and error', () => {
    const { container, input } = field(45, () => null);
    expect(container.querySelector('label')?.getAttribute('for')).toBe('n');
    expect(input.value).toBe('45');
    expect(input.getAttribute('aria-describedby')).toBe('n-unit n-hint n-error');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('saves a valid entry when committed, not while typing', () => {
    const onSave = vi.fn(() => null);
    const { type } = field(45, onSave);
    type('3', false);
    expect(onSave).not.toHaveBeenCalled();
    type('30');
    expect(onSave).toHaveBeenCalledWith('30');
  });

  it('explains an invalid entry beside the field and keeps it there for fixing', () => {
    const onSave = vi.fn((text: string) => (text === '2' ? 'Enter a whole number from 5 to 240.' : null));
    const { input, error, type } = field(45, onSave);
    type('2');
    expect(error.textContent).toBe('Enter a whole number from 5 to 240.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('2');
    // Typing again clears the message at once; committing a valid value saves it.
    type('25', false);
    expect(error.textContent).toBe('');
    type('25');
    expect(onSave).toHaveBeenLastCalledWith('25');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('does not save when left unchanged', () => {
    const onSave = vi.fn(() => null);
    const { input } = field(45, onSave);
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('takes a new stored value over a half-typed or refused entry', () => {
    const container = root();
    const { input, error, type } = field(45, () => 'Enter a whole number from 5 to 240.', container);
    type('999');
    expect(error.textContent).not.toBe('');
    field(60, () => null, container);
    expect(input.value).toBe('60');
    expect(error.textContent).toBe('');
  });
});

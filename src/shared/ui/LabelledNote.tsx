import { t } from '../i18n';

const LABELS = { tip: 'labelTip', caution: 'labelTakeCare' } as const;

/** A tip or a caution with the label every surface puts before it ("Tip:", "Take care:"), as the tooltip does. */
export function LabelledNote({ kind, text, as: Tag = 'p', class: className }: { kind: keyof typeof LABELS; text: string; as?: 'p' | 'dd'; class: string }) {
  return (
    <Tag class={className}>
      <strong>{t(LABELS[kind])}</strong> {text}
    </Tag>
  );
}

'use client';

import { Field, inputClass } from '@/components/ui/field';

export interface Attribution {
  speaker: string;
  speakerRole: string;
}

export const NO_ATTRIBUTION: Attribution = { speaker: '', speakerRole: '' };

/** Who made a claim, and in what role: the two inputs of the claim panels. */
export function SpeakerFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: Attribution;
  onChange: (value: Attribution) => void;
}) {
  const input = (key: keyof Attribution, label: string) => (
    <Field id={`${idPrefix}-${key}`} label={label}>
      <input
        id={`${idPrefix}-${key}`}
        className={inputClass}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <div className="grid grid-cols-2 gap-2">
      {input('speaker', 'Speaker')}
      {input('speakerRole', 'Speaker role')}
    </div>
  );
}

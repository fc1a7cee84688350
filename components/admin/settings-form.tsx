'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { CheckboxField, TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { updateSettingsAction } from '@/lib/actions/settings';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';

export function SettingsForm({ initial, defaultUrl }: { initial: Settings; defaultUrl: string }) {
  const state = useActionForm({
    schema: settingsSchema,
    action: updateSettingsAction,
    defaultValues: { ...initial, url: initial.url ?? '' },
    success: 'Settings saved. The public site shows them now.',
  });
  return (
    <ActionForm
      state={state}
      label="Newsroom settings"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
    >
      <TextField name="name" label="Newsroom name" />
      <TextField name="logoText" label="Logo text" />
      <TextField
        name="url"
        label={`Public site address (URL; blank uses ${defaultUrl})`}
        type="url"
        placeholder={defaultUrl}
      />
      <TextField
        name="reviewQuorum"
        label="Approvals needed to publish (review quorum)"
        type="number"
        min={1}
        max={5}
        options={{ valueAsNumber: true }}
      />
      <div className="sm:col-span-2">
        <CheckboxField
          name="twoPersonRule"
          label="Two-person rule"
          hint="The verdict’s author never counts toward its own approval, whatever the quorum."
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="methodology"
          label="Methodology (plain text; blank lines separate paragraphs)"
          rows={10}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField name="correctionsPolicy" label="Corrections policy (plain text)" rows={8} />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="dataLicence"
          label="Licence of the public data exports (address or name)"
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          name="ownOutlets"
          label="Your own outlets (one name per line)"
          rows={3}
          hint="Readers see the full text of articles from these outlets. Of other outlets’ articles they see only the paragraphs around each published claim."
        />
      </div>
      <SubmitRow className="sm:col-span-2">Save settings</SubmitRow>
    </ActionForm>
  );
}

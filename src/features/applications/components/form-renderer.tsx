import { Input, View } from '@tarojs/components';
import type { FormDefinition, FormField, FormIssue, FormValues, MaterialSlot } from '@contract/form-engine';
import { isMaterialValue, isRequired, visibleFields, visibleMaterials } from '@contract/form-engine';
import { useApplicationsT } from '@/features/applications/hooks/use-applications-t';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Button } from '@/shared/ui/button';
import { DateInput, SelectInput } from '@/shared/ui/choice-inputs';
import { SwitchRow } from '@/shared/ui/switch-row';
import { TextareaField } from '@/shared/ui/textarea-field';
import { UploadedFiles } from '@/features/applications/components/uploaded-files';
import { useMaterialUpload } from '@/features/applications/hooks/use-material-upload';
import { issueMessage } from '@/features/applications/model/issue-message';
import './applications.scss';

interface FormRendererProps {
  form: FormDefinition;
  values: FormValues;
  issues: FormIssue[];
  /** E-certificate classes the user holds: a material they cover is attached, not uploaded. */
  certificates: readonly string[];
  /** Only these ids are editable (补正); all when absent. */
  editable?: readonly string[];
  onChange: (id: string, value: FormValues[string]) => void;
}

function asString(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

function Choice({ options, value, multi, onChange, label }: {
  options: { value: string; label: string }[];
  value: unknown;
  multi: boolean;
  onChange: (v: string | string[]) => void;
  label: string;
}) {
  const chosen = multi ? (Array.isArray(value) ? value : []) : [asString(value)];
  return (
    <View className='ui-chips' role={multi ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((o) => {
        const on = chosen.includes(o.value);
        return (
          <View
            key={o.value}
            role={multi ? 'checkbox' : 'radio'}
            aria-checked={on}
            className={`ui-chip${on ? ' ui-chip--active' : ''}`}
            onClick={() => onChange(multi ? (on ? chosen.filter((c) => c !== o.value) : [...chosen, o.value]) : o.value)}
          >
            {o.label}
          </View>
        );
      })}
    </View>
  );
}

/** The server's limit on free text when the form sets none (a longer text is refused, never cut). */
const TEXTAREA_MAX = 2000;

function FieldInput({ field, value, disabled, onChange }: { field: FormField; value: unknown; disabled: boolean; onChange: (v: FormValues[string]) => void }) {
  const t = useApplicationsT();
  const common = {
    id: `f-${field.id}`,
    'aria-label': field.label,
    nativeProps: { 'aria-label': field.label },
    disabled,
    placeholder: field.placeholder,
  };
  switch (field.type) {
    case 'number':
      return (
        <Input
          className='ui-field__input'
          type='digit'
          value={asString(value)}
          {...common}
          onInput={(e) => onChange(e.detail.value === '' ? null : Number(e.detail.value))}
        />
      );
    case 'date':
      return <DateInput id={`f-${field.id}`} label={field.label} value={asString(value)} placeholder={t('form.choose')} disabled={disabled} onChange={onChange} />;
    case 'select':
      return (
        <SelectInput
          id={`f-${field.id}`}
          label={field.label}
          value={asString(value)}
          options={field.options ?? []}
          placeholder={t('form.choose')}
          disabled={disabled}
          onChange={onChange}
        />
      );
    case 'radio':
    case 'multiselect':
      return <Choice options={field.options ?? []} value={value} multi={field.type === 'multiselect'} label={field.label} onChange={onChange} />;
    case 'photo':
      return <PhotoInput field={field} value={value} disabled={disabled} onChange={onChange} />;
    case 'boolean':
      return <SwitchRow label={field.label} checked={value === true} onChange={(v) => !disabled && onChange(v)} />;
    default:
      return (
        <Input
          className='ui-field__input'
          type={field.type === 'phone' ? 'number' : field.type === 'idNumber' ? 'idcard' : 'text'}
          value={asString(value)}
          maxlength={field.maxLength ?? 200}
          {...common}
          onInput={(e) => onChange(e.detail.value)}
        />
      );
  }
}

function PhotoInput({ field, value, disabled, onChange }: { field: FormField; value: unknown; disabled: boolean; onChange: (v: FormValues[string]) => void }) {
  const t = useApplicationsT();
  const upload = useMaterialUpload();
  const ids = Array.isArray(value) ? value : [];
  const max = field.maxItems ?? 1;
  return (
    <View data-testid={`photo-${field.id}`}>
      <View className='ui-hint'>{ids.length > 0 ? t('form.uploaded', { n: ids.length }) : t('form.notUploaded')}</View>
      <UploadedFiles uploadIds={ids.map(String)} label={field.label} disabled={disabled} onRemove={(id) => onChange(ids.filter((x) => x !== id))} />
      {!disabled && ids.length < max && (
        <Button
          variant='secondary'
          loading={upload.busySlot === field.id}
          onClick={() =>
            void upload.pick(field.id, Math.max(1, max - ids.length)).then((newIds) => {
              // A single photo is replaced; several are added up to the limit.
              if (newIds.length > 0) onChange(max === 1 ? newIds.slice(0, 1) : [...ids, ...newIds].slice(0, max));
            })
          }
        >
          {t('form.upload')}
        </Button>
      )}
    </View>
  );
}

function MaterialInput({ slot, value, held, disabled, onChange }: {
  slot: MaterialSlot;
  value: unknown;
  held: boolean;
  disabled: boolean;
  onChange: (v: FormValues[string]) => void;
}) {
  const t = useApplicationsT();
  const upload = useMaterialUpload();
  const material = isMaterialValue(value) ? value : null;
  const uploaded = material?.source === 'upload' ? material.uploadIds : [];
  return (
    <View className='app-form__material' data-testid={`material-${slot.id}`}>
      <View className='app-form__label'>
        {slot.name}
        {slot.required ? ' *' : ` ${t('guide.optional')}`}
      </View>
      {material?.source === 'certificate' ? (
        <View className='ui-badge ui-badge--success' data-testid='material-from-wallet'>
          {t('form.fromWallet')}
        </View>
      ) : (
        <>
          <View className='ui-hint'>{uploaded.length > 0 ? t('form.uploaded', { n: uploaded.length }) : t('form.notUploaded')}</View>
          <UploadedFiles
            uploadIds={uploaded}
            label={slot.name}
            disabled={disabled}
            onRemove={(id) => onChange({ source: 'upload', uploadIds: uploaded.filter((x) => x !== id) })}
          />
        </>
      )}
      {!disabled && (
        <View className='ui-actions app-form__material-actions'>
          {held && slot.certificateClass && material?.source !== 'certificate' && (
            <Button variant='secondary' onClick={() => onChange({ source: 'certificate', certificateClass: slot.certificateClass as string })}>
              {t('form.useWallet')}
            </Button>
          )}
          {uploaded.length < slot.maxFiles && (
            <Button
              variant='secondary'
              loading={upload.busySlot === slot.id}
              onClick={() =>
                void upload.pick(slot.id, slot.maxFiles - uploaded.length).then((ids) => {
                  if (ids.length > 0) onChange({ source: 'upload', uploadIds: [...uploaded, ...ids] });
                })
              }
            >
              {t('form.upload')}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}

/** One engine, both targets: what is shown, required and valid comes from the shared definition. */
export function FormRenderer({ form, values, issues, certificates, editable, onChange }: FormRendererProps) {
  const lang = usePreferencesStore((s) => s.language);
  const t = useApplicationsT();
  const issueFor = (id: string) => issues.find((i) => i.path === id);
  // A format error names the expected format, which the server (or the same engine here) sends along.
  const issueText = (issue: FormIssue) =>
    issue.expected ? t('form.expected', { message: issueMessage(lang, issue.code), expected: issue.expected }) : issueMessage(lang, issue.code);
  const canEdit = (id: string) => !editable || editable.includes(id);
  const fields = visibleFields(form, values);
  const sections = [...new Set(fields.map((f) => f.section ?? ''))];

  return (
    <View className='app-form'>
      {sections.map((section) => (
        <View key={section || 'main'} className='ui-card app-form__section'>
          {section && <View className='ui-section__title'>{section}</View>}
          {fields
            .filter((f) => (f.section ?? '') === section)
            .map((f) => {
              const issue = issueFor(f.id);
              const label = `${f.label}${isRequired(f, values) ? ' *' : ''}`;
              const disabled = Boolean(f.readOnly) || !canEdit(f.id);
              if (f.type === 'textarea') {
                return (
                  <View key={f.id} data-testid={`field-${f.id}`}>
                    <TextareaField
                      id={`f-${f.id}`}
                      label={label}
                      value={asString(values[f.id])}
                      placeholder={f.placeholder}
                      maxlength={f.maxLength ?? TEXTAREA_MAX}
                      disabled={disabled}
                      error={issue ? issueText(issue) : undefined}
                      onChange={(v) => onChange(f.id, v)}
                    />
                    {f.help && <View className='ui-hint'>{f.help}</View>}
                  </View>
                );
              }
              return (
                <View key={f.id} className='ui-field' data-testid={`field-${f.id}`}>
                  {f.type !== 'boolean' && (
                    <View className='app-form__label'>
                      {f.label}
                      {isRequired(f, values) ? ' *' : ''}
                    </View>
                  )}
                  <FieldInput field={f} value={values[f.id]} disabled={disabled} onChange={(v) => onChange(f.id, v)} />
                  {f.help && <View className='ui-hint'>{f.help}</View>}
                  {/* Said before typing, so the first try can be right (a date picker cannot be wrong). */}
                  {f.format && !disabled && f.type !== 'date' && (
                    <View className='ui-hint' data-testid='format-hint'>
                      {t('form.format', { format: f.format })}
                    </View>
                  )}
                  {issue && (
                    <View className='ui-field__error' role='alert' data-testid='field-error'>
                      {issueText(issue)}
                    </View>
                  )}
                </View>
              );
            })}
        </View>
      ))}
      {form.materials.length > 0 && (
        <View className='ui-card app-form__section'>
          <View className='ui-section__title'>{t('guide.materials')}</View>
          {visibleMaterials(form, values).map((slot) => {
            const issue = issueFor(slot.id);
            return (
              <View key={slot.id}>
                <MaterialInput
                  slot={slot}
                  value={values[slot.id]}
                  held={slot.certificateClass !== null && certificates.includes(slot.certificateClass)}
                  disabled={!canEdit(slot.id)}
                  onChange={(v) => onChange(slot.id, v)}
                />
                {issue && (
                  <View className='ui-field__error' role='alert'>
                    {issueText(issue)}
                  </View>
                )}
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}

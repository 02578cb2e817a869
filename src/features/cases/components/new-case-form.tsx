import { Image, View } from '@tarojs/components';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { Button } from '@/shared/ui/button';
import { FormField } from '@/shared/ui/form-field';
import { Segmented } from '@/shared/ui/segmented';
import { TextareaField } from '@/shared/ui/textarea-field';
import { useNewCaseForm } from '@/features/cases/hooks/use-new-case-form';
import { CASE_CATEGORIES, CASE_TYPES, CONTENT_MAX, PHOTOS_MAX, PLACE_MAX, type CaseDetail } from '@/features/cases/model/case-options';
import './cases.scss';

/** 12345 诉求: type, category, what happened, where, up to nine photos. */
export function NewCaseForm({ applicationId, onCreated }: { applicationId?: string; onCreated: (created: CaseDetail) => void }) {
  const t = useCasesT();
  const f = useNewCaseForm(applicationId, onCreated);
  return (
    <View>
      <View className='ui-field'>
        <View className='ui-field__label' id='case-type-label'>
          {t('cases.new.type')}
        </View>
        <Segmented options={CASE_TYPES.map((v) => ({ value: v, label: t(`cases.type.${v}`) }))} value={f.type} onChange={f.setType} />
      </View>

      <View className='ui-field' role='radiogroup' aria-labelledby='case-category-label'>
        <View className='ui-field__label' id='case-category-label'>
          {t('cases.new.category')}
        </View>
        <View className='case-chips'>
          {CASE_CATEGORIES.map((c) => (
            <View
              key={c}
              role='radio'
              aria-checked={f.category === c}
              className={`case-chip${f.category === c ? ' case-chip--on' : ''}`}
              data-testid={`category-${c}`}
              onClick={() => f.setCategory(c)}
            >
              {t(`cases.category.${c}`)}
            </View>
          ))}
        </View>
        {f.errors.category && (
          <View className='ui-field__error' role='alert' data-testid='category-error'>
            {t('cases.new.categoryRequired')}
          </View>
        )}
      </View>

      <TextareaField
        id='case-content'
        label={t('cases.new.content')}
        value={f.content}
        maxlength={CONTENT_MAX}
        size='tall'
        placeholder={t('cases.new.contentPlaceholder')}
        error={f.errors.content && (f.errors.content === 'TOO_SHORT' ? t('cases.new.contentTooShort') : t('cases.new.contentTooLong'))}
        errorTestId='content-error'
        onChange={f.setContent}
      />

      <FormField
        id='case-place'
        label={t('cases.new.place')}
        placeholder={t('cases.new.placePlaceholder')}
        value={f.place}
        maxlength={PLACE_MAX}
        onChange={f.setPlace}
        error={f.errors.place ? t('cases.new.placeTooLong') : undefined}
      />

      <View className='ui-field'>
        <View className='ui-field__label'>{t('cases.new.photos')}</View>
        <View className='case-photos'>
          {f.photos.map((p, index) => (
            <View key={p.uploadId} className='case-photo'>
              <Image className='case-photo__img' src={p.path} mode='aspectFill' aria-hidden />
              <View
                className='case-photo__remove'
                role='button'
                aria-label={t('cases.new.removePhoto', { index: index + 1 })}
                onClick={() => f.removePhoto(p.uploadId)}
              >
                ×
              </View>
            </View>
          ))}
        </View>
        <View className='ui-hint' data-testid='photo-count'>
          {t('cases.new.photoCount', { count: f.photos.length, max: PHOTOS_MAX })}
        </View>
        {f.photos.length < PHOTOS_MAX && (
          <Button variant='secondary' loading={f.uploading} onClick={() => void f.addPhotos()} testId='case-add-photo'>
            {f.uploading ? t('cases.new.uploading') : t('cases.new.addPhoto')}
          </Button>
        )}
      </View>

      {f.formError && (
        <View className='ui-field__error' role='alert' data-testid='case-form-error'>
          {f.formError}
        </View>
      )}
      <Button loading={f.busy} disabled={f.uploading} onClick={() => void f.submit()} testId='case-submit'>
        {t('cases.new.submit')}
      </Button>
    </View>
  );
}

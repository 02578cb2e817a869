import { View } from '@tarojs/components';
import type { InspectionDetail } from '@contract/supervision';
import { formatDateTime } from '@/shared/date/dayjs';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { Card, Section } from '@/shared/ui/section';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { InspectionPhoto } from '@/features/supervision/components/inspection-photo';
import { InspectionRow } from '@/features/supervision/components/inspection-row';
import '@/features/supervision/components/supervision.scss';

/** Who inspected, when, on what, what was found, what to fix and by when, and the enterprise's 整改 answer. */
export function InspectionDetailCard({ inspection }: { inspection: InspectionDetail }) {
  const t = useSupervisionT();
  const lang = usePreferencesStore((s) => s.language);
  const findings = inspection.photos.filter((p) => p.kind === 'finding');
  const evidence = inspection.photos.filter((p) => p.kind === 'evidence');
  return (
    <>
      <Section>
        <Card>
          <View className='sup-enterprise__name'>{inspection.enterpriseName}</View>
          <InspectionRow item={inspection} standalone />
          <View className='ui-hint'>{formatDateTime(inspection.recordedAt, lang)}</View>
          <View className='ui-hint' data-testid='inspection-inspector'>
            {t('sup.detail.inspector', { name: inspection.inspectorName, office: inspection.office })}
          </View>
          <View className='ui-hint'>{t('sup.detail.taskRef', { ref: inspection.taskRef })}</View>
        </Card>
      </Section>
      <Section title={t('sup.detail.findings')}>
        <Card>
          <View className='sup-findings' data-testid='inspection-findings'>
            {inspection.findings}
          </View>
          {inspection.repeatReason && <View className='ui-hint'>{t('sup.detail.repeatReason', { reason: inspection.repeatReason })}</View>}
          {findings.length > 0 && (
            <View className='sup-photos' aria-label={t('sup.detail.photos')}>
              {findings.map((p) => (
                <InspectionPhoto key={p.id} inspectionId={inspection.id} photoId={p.id} name={p.name} />
              ))}
            </View>
          )}
        </Card>
      </Section>
      {inspection.reopenedRounds.length > 0 && (
        <Section title={t('sup.reopened.title')}>
          {inspection.reopenedRounds.map((round) => (
            <Card key={round.reviewedAt}>
              <View className='sup-findings' data-testid='inspection-reopened'>
                {t('sup.reopened.review', { name: round.reviewer, date: formatDateTime(round.reviewedAt, lang), note: round.reviewNote, next: round.nextRectifyBy })}
              </View>
              <View className='ui-hint'>
                {t('sup.detail.rectified', { name: round.rectifiedBy ?? '—', date: formatDateTime(round.rectifiedAt, lang), note: round.rectificationNote ?? '' })}
              </View>
            </Card>
          ))}
        </Section>
      )}
      {inspection.rectifiedAt && (
        <Section title={t('sup.detail.evidence')}>
          <Card>
            <View className='sup-findings' data-testid='inspection-rectified'>
              {t('sup.detail.rectified', {
                name: inspection.rectifiedBy ?? '—', date: formatDateTime(inspection.rectifiedAt, lang), note: inspection.rectificationNote ?? '',
              })}
            </View>
            <View className='sup-photos'>
              {evidence.map((p) => (
                <InspectionPhoto key={p.id} inspectionId={inspection.id} photoId={p.id} name={p.name} />
              ))}
            </View>
          </Card>
        </Section>
      )}
      {inspection.review && (
        <Section title={t('sup.review.resultTitle')}>
          <Card>
            <View className='sup-findings' data-testid='inspection-review' data-result={inspection.review.result}>
              {t(`sup.review.result.${inspection.review.result}`, {
                name: inspection.review.reviewer, date: formatDateTime(inspection.review.reviewedAt, lang), note: inspection.review.note,
              })}
            </View>
          </Card>
        </Section>
      )}
    </>
  );
}

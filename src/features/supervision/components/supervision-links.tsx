import { useFeatureT } from '@/shared/i18n/use-feature-t';
import { go } from '@/shared/platform/navigation';
import { ListItem } from '@/shared/ui/list-item';
import { useInspectorMembership } from '@/features/supervision/hooks/use-inspector-membership';
import { supervisionEntryMessages } from '@/features/supervision/i18n/entry-messages';

/** For an inspector only: the way to scan an enterprise's 企业码 and record an inspection. */
export function InspectorLink() {
  const t = useFeatureT(supervisionEntryMessages);
  const membership = useInspectorMembership();
  if (!membership.data?.inspector) return null;
  return <ListItem label={t('inspect')} onClick={() => go('/packages/supervision/pages/inspect/index')} testId='sup-entry-inspect' />;
}

/** For a session acting as an enterprise: every inspection on its code, and 整改 to confirm. */
export function EnterpriseInspectionsLink() {
  const t = useFeatureT(supervisionEntryMessages);
  return <ListItem label={t('records')} onClick={() => go('/packages/supervision/pages/enterprise/index')} testId='sup-entry-records' />;
}

/** The public side of a scanned 企业码: its licences and latest inspection results. */
export function PublicRecordLink({ creditCode }: { creditCode: string }) {
  const t = useFeatureT(supervisionEntryMessages);
  return (
    <ListItem
      label={t('public')}
      onClick={() => go(`/packages/supervision/pages/public/index?creditCode=${encodeURIComponent(creditCode)}`)}
      testId='sup-entry-public'
    />
  );
}

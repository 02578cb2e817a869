import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CaseThread } from '../../../../features/cases/components/case-thread';
import { ReplyBox } from '../../../../features/cases/components/reply-box';
import { getStaffCase, replyToCaseAsStaff } from '../../../../features/staff-desk/api/staff-api';
import { invalidateQueries, useApiQuery } from '../../../../shared/api/use-api-query';
import { useT } from '../../../../shared/i18n/use-t';
import { selectIsSignedIn, useSessionStore } from '../../../../shared/state/session-store';
import { ErrorAlert } from '../../../../shared/ui/error-alert';
import { PageShell } from '../../../../shared/ui/page-shell';
import { Section } from '../../../../shared/ui/section';
import { SignInPrompt } from '../../../../shared/ui/sign-in-prompt';

/** 12345 诉求处理: the hotline reads the case and answers (or answers and closes it). */
export default function StaffCasePage() {
  const t = useT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useApiQuery(signedIn && id ? `staff-case:${id}` : null, () => getStaffCase(id), 0);
  const data = detail.data;

  async function send(content: string, close: boolean) {
    await replyToCaseAsStaff(id, content, close);
    invalidateQueries('staff-cases:');
    void Taro.showToast({ title: close ? t('staff.case.closedToast') : t('staff.case.repliedToast'), icon: 'none' });
    await detail.reload();
  }

  return (
    <PageShell title={t('staff.case.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('staff.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} />
      {data && (
        <Section>
          <CaseThread detail={data} viewer='staff' />
        </Section>
      )}
      {data && data.status !== 'closed' && (
        <Section>
          <ReplyBox label={t('staff.case.replyLabel')} onSend={send} allowClose />
        </Section>
      )}
      {data?.status === 'closed' && (
        <Section>
          <View className='ui-card ui-empty'>{t('cases.detail.closed')}</View>
        </Section>
      )}
    </PageShell>
  );
}

import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CaseReplyBox } from '@/features/cases/components/case-reply-box';
import { CaseThread } from '@/features/cases/components/case-thread';
import { useReplyToCaseAsStaff, useStaffCase } from '@/features/cases/hooks/use-staff-cases';
import { useCasesT } from '@/features/cases/hooks/use-cases-t';
import { selectIsSignedIn, useSessionStore } from '@/shared/state/session-store';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';

/** 12345 诉求处理: the hotline reads the case and answers (or answers and closes it). */
export default function StaffCasePage() {
  const t = useCasesT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const signedIn = useSessionStore(selectIsSignedIn);
  const detail = useStaffCase(id);
  const reply = useReplyToCaseAsStaff(id);
  const data = detail.data;

  async function send(content: string, close: boolean) {
    if (!(await reply.run({ content, close }))) return false;
    void Taro.showToast({ title: close ? t('staff.case.closedToast') : t('staff.case.repliedToast'), icon: 'none' });
    return true;
  }

  return (
    <PageShell title={t('staff.case.title')}>
      {!signedIn && (
        <Section>
          <SignInPrompt message={t('staff.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={detail.error} onRetry={() => void detail.reload()} />
      {data && (
        <Section>
          <CaseThread detail={data} viewer='staff' />
        </Section>
      )}
      {data && data.status !== 'closed' && (
        <Section>
          <CaseReplyBox label={t('staff.case.replyLabel')} onSend={send} error={reply.error} busy={reply.busy} allowClose />
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

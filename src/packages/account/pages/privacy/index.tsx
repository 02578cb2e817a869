import { PolicyView, usePolicyTitle } from '@/features/consent/components/policy-view';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';

export default function PrivacyPage() {
  const title = usePolicyTitle('privacy');
  return (
    <PageShell title={title}>
      <Section>
        <Card>
          <PolicyView kind='privacy' />
        </Card>
      </Section>
    </PageShell>
  );
}

import { PolicyView, usePolicyTitle } from '@/features/consent/components/policy-view';
import { PageShell } from '@/shared/ui/page-shell';
import { Card, Section } from '@/shared/ui/section';

export default function AgreementPage() {
  const title = usePolicyTitle('agreement');
  return (
    <PageShell title={title}>
      <Section>
        <Card>
          <PolicyView kind='agreement' />
        </Card>
      </Section>
    </PageShell>
  );
}

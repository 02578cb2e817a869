import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { InspectionDetail, InspectionScan } from '@contract/supervision';
import { EnterpriseCard } from '@/features/supervision/components/enterprise-card';
import { InspectionForm } from '@/features/supervision/components/inspection-form';
import { InspectionRow } from '@/features/supervision/components/inspection-row';
import { useInspectorMembership } from '@/features/supervision/hooks/use-inspector-membership';
import { useOfficeInspections } from '@/features/supervision/hooks/use-office-inspections';
import { useScanEnterprise } from '@/features/supervision/hooks/use-scan-enterprise';
import { useSupervisionT } from '@/features/supervision/hooks/use-supervision-t';
import { departmentKey } from '@/features/supervision/model/labels';
import { go } from '@/shared/platform/navigation';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { QrScannerPanel } from '@/shared/ui/qr-scanner-panel';
import { Card, Section } from '@/shared/ui/section';
import { Segmented } from '@/shared/ui/segmented';
import { SignInPrompt } from '@/shared/ui/sign-in-prompt';
import '@/features/supervision/components/supervision.scss';

type Tab = 'scan' | 'records';

/** 一码监督: an inspector scans an enterprise's 企业码, sees its recent inspections, records this one. */
export default function InspectPage() {
  const t = useSupervisionT();
  const membership = useInspectorMembership();
  const inspector = membership.data?.inspector ?? null;
  const [tab, setTab] = useState<Tab>('scan');
  const [scan, setScan] = useState<InspectionScan | null>(null);
  const [recorded, setRecorded] = useState<InspectionDetail | null>(null);
  const scanner = useScanEnterprise();
  const records = useOfficeInspections(inspector !== null && tab === 'records');

  async function read(payload: string) {
    const answer = await scanner.run(payload);
    if (answer) {
      setScan(answer);
      setRecorded(null);
    }
  }
  function next() {
    setScan(null);
    setRecorded(null);
    scanner.reset();
  }

  return (
    <PageShell title={t('sup.inspect.title')}>
      {!membership.signedIn && (
        <Section>
          <SignInPrompt message={t('sup.needLogin')} />
        </Section>
      )}
      <ErrorAlert error={membership.error} onRetry={() => void membership.reload()} />
      {membership.signedIn && membership.data && !inspector && (
        <Section>
          <View className='ui-card ui-empty' role='status' data-testid='not-inspector'>
            {t('sup.notInspector')}
          </View>
        </Section>
      )}
      {inspector && (
        <>
          <Section>
            <Card>
              <View data-testid='inspector-identity'>{t('sup.signedInAs', { office: inspector.office, department: t(departmentKey(inspector.department)) })}</View>
            </Card>
          </Section>
          <Section>
            <Segmented
              options={[{ value: 'scan', label: t('sup.tab.scan') }, { value: 'records', label: t('sup.tab.records') }]}
              value={tab}
              onChange={(value: Tab) => setTab(value)}
            />
          </Section>
          {tab === 'records' && (
            <Section>
              <ErrorAlert error={records.error} onRetry={() => void records.reload()} />
              <Card>
                {records.data?.items.length === 0 && <View className='ui-hint'>{t('sup.records.empty')}</View>}
                {records.data?.items.map((item) => (
                  <InspectionRow key={item.id} item={item} showEnterprise onOpen={() => go(`/packages/supervision/pages/detail/index?id=${item.id}&as=office`)} />
                ))}
              </Card>
            </Section>
          )}
          {tab === 'scan' && !scan && (
            <>
              <Section>
                <Card>
                  <View className='ui-hint'>{t('sup.scanHint')}</View>
                </Card>
                <QrScannerPanel onResult={(text) => void read(text)} onError={(message) => void Taro.showToast({ title: message, icon: 'none' })} />
              </Section>
              <ErrorAlert error={scanner.error} />
            </>
          )}
          {tab === 'scan' && scan && (
            <>
              <Section>
                <EnterpriseCard enterprise={scan.enterprise} />
              </Section>
              <Section title={t('sup.history', { days: scan.windowDays, count: scan.history.length })}>
                <Card>
                  <View role={scan.history.length > 0 ? 'list' : undefined} data-testid='inspection-history'>
                    {scan.history.length === 0 && <View className='ui-hint'>{t('sup.historyEmpty', { days: scan.windowDays })}</View>}
                    {scan.history.map((item) => (
                      <InspectionRow key={item.id} item={item} />
                    ))}
                  </View>
                </Card>
              </Section>
              {recorded ? (
                <Section>
                  <View className='ui-card' role='status' data-testid='inspection-recorded'>
                    {t('sup.recorded', { name: recorded.enterpriseName })}
                    <InspectionRow item={recorded} onOpen={() => go(`/packages/supervision/pages/detail/index?id=${recorded.id}&as=office`)} />
                  </View>
                  <Button variant='secondary' onClick={next} testId='sup-scan-next'>
                    {t('sup.scanAgain')}
                  </Button>
                </Section>
              ) : (
                <InspectionForm scan={scan} own={inspector.department} onRecorded={setRecorded} />
              )}
            </>
          )}
        </>
      )}
    </PageShell>
  );
}

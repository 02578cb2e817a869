import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { StampedDocument } from '@contract/seal';
import { choosePdf } from '@/shared/platform/choose-pdf';
import { savePdf } from '@/shared/platform/save-pdf';
import { Button } from '@/shared/ui/button';
import { ErrorAlert } from '@/shared/ui/error-alert';
import { PageShell } from '@/shared/ui/page-shell';
import { Section } from '@/shared/ui/section';
import { SealCard } from '@/features/seal/components/seal-card';
import { SealUsageList } from '@/features/seal/components/seal-usage-list';
import { useMySeal } from '@/features/seal/hooks/use-seals';
import { useSealT } from '@/features/seal/hooks/use-seal-t';
import { useStampDocument } from '@/features/seal/hooks/use-stamp-document';

/** One seal (?id=): stamp a PDF with it, save the result, and see every use. */
export default function SealDetailPage() {
  const t = useSealT();
  const { params } = useRouter<Record<string, string>>();
  const id = params.id ?? '';
  const seal = useMySeal(id);
  const stamp = useStampDocument(id);
  const [last, setLast] = useState<StampedDocument | null>(null);

  const chooseAndStamp = async () => {
    let file;
    try {
      file = await choosePdf();
    } catch {
      return; // cancelled
    }
    setLast(null);
    const stamped = await stamp.run(file);
    if (stamped) setLast(stamped);
  };

  return (
    <PageShell title={t('seal.title')}>
      <Section>
        <ErrorAlert error={seal.error} onRetry={() => void seal.reload()} inline />
        {seal.data && <SealCard seal={seal.data} />}
        {seal.data && <View className='ui-hint'>{t('seal.serial', { serial: seal.data.serial })}</View>}
      </Section>
      {seal.data && (
        <Section>
          {seal.data.status === 'active' ? (
            <Button loading={stamp.busy} onClick={() => void chooseAndStamp()} testId='seal-stamp'>
              {t('seal.stamp')}
            </Button>
          ) : (
            <View className='ui-field__error' role='alert'>
              {t('seal.notActive')}
            </View>
          )}
          <ErrorAlert error={stamp.error} inline />
          {last && (
            <View className='ui-card' role='status' data-testid='seal-stamped'>
              <View>{t('seal.stamped', { name: last.fileName })}</View>
              <Button variant='secondary' onClick={() => void savePdf(last.fileName, last.pdfBase64)} testId='seal-download'>
                {t('seal.download')}
              </Button>
            </View>
          )}
        </Section>
      )}
      {seal.data && (
        <Section title={t('seal.usage')}>
          <SealUsageList usage={seal.data.usage} />
        </Section>
      )}
    </PageShell>
  );
}

import Taro from '@tarojs/taro';
import { useT } from '@/shared/i18n/use-t';
import { Button } from './button';

export interface QrScannerPanelProps {
  onResult: (text: string) => void;
  onError: (message: string) => void;
}

/** Mini-program: WeChat's own scanner, which also offers the photo album. */
export function QrScannerPanel({ onResult, onError }: QrScannerPanelProps) {
  const t = useT();
  async function scan() {
    try {
      const res = await Taro.scanCode({ scanType: ['qrCode'] });
      onResult(res.result);
    } catch (e) {
      const msg = (e as { errMsg?: string }).errMsg ?? '';
      if (!/cancel/i.test(msg)) onError(t('scan.failed'));
    }
  }
  return (
    <Button onClick={() => void scan()} testId='scan-camera'>
      {t('scan.camera')}
    </Button>
  );
}

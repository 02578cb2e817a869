import { View } from '@tarojs/components';
import { choosePhotos } from '@/shared/platform/choose-photos';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/shared/i18n/use-t';
import { Button } from './button';
import type { QrScannerPanelProps } from './qr-scanner-panel';

function decode(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): string | null {
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, width, height);
  const found = jsQR(ctx.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
  return found?.data ?? null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new window.Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = url;
  });
}

/**
 * Browser: the camera through getUserMedia, decoded frame by frame with jsQR; a photo or
 * screenshot from the album as the fallback where there is no camera or no permission.
 */
export function QrScannerPanel({ onResult, onError }: QrScannerPanelProps) {
  const t = useT();
  const video = useRef<HTMLVideoElement | null>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);

  useEffect(() => {
    if (!stream || !video.current) return undefined;
    const el = video.current;
    el.srcObject = stream;
    void el.play();
    let frame = 0;
    const tick = () => {
      if (el.readyState >= 2 && canvas.current) {
        const text = decode(el, el.videoWidth, el.videoHeight, canvas.current);
        if (text) {
          stop();
          onResult(text);
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream]);

  useEffect(() => () => stream?.getTracks().forEach((track) => track.stop()), [stream]);

  function stop() {
    stream?.getTracks().forEach((track) => track.stop());
    setStream(null);
  }

  async function openCamera() {
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }));
    } catch {
      onError(t('scan.noCamera'));
    }
  }

  async function fromImage() {
    try {
      const [path] = await choosePhotos(1);
      const img = await loadImage(path);
      const text = canvas.current ? decode(img, img.naturalWidth, img.naturalHeight, canvas.current) : null;
      if (text) onResult(text);
      else onError(t('scan.noCodeInImage'));
    } catch (e) {
      const msg = (e as { errMsg?: string }).errMsg ?? '';
      if (!/cancel/i.test(msg)) onError(t('scan.failed'));
    }
  }

  return (
    <View>
      {stream ? (
        <View className='scanner__viewport'>
          <video ref={video} className='scanner__video' muted playsInline aria-label={t('scan.camera')} />
          <Button variant='secondary' onClick={stop}>
            {t('common.cancel')}
          </Button>
        </View>
      ) : (
        <Button onClick={() => void openCamera()} testId='scan-camera'>
          {t('scan.camera')}
        </Button>
      )}
      <Button variant='secondary' onClick={() => void fromImage()} testId='scan-image'>
        {t('scan.image')}
      </Button>
      <canvas ref={canvas} className='scanner__canvas' aria-hidden />
    </View>
  );
}

import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

/** Whether the device has a network connection, on both targets. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const update = () => setOnline(navigator.onLine);
      update();
      window.addEventListener('online', update);
      window.addEventListener('offline', update);
      return () => {
        window.removeEventListener('online', update);
        window.removeEventListener('offline', update);
      };
    }
    const onChange = (res: { isConnected: boolean }) => setOnline(res.isConnected);
    Taro.getNetworkType({ success: (res) => setOnline(res.networkType !== 'none') });
    Taro.onNetworkStatusChange(onChange);
    return () => Taro.offNetworkStatusChange(onChange);
  }, []);
  return online;
}

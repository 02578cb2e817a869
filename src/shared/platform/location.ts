import Taro from '@tarojs/taro';

export interface Position {
  lat: number;
  lng: number;
}

/** The device position (GCJ-02 on weapp, as WeChat's maps expect); rejects when denied. */
export function getLocation(): Promise<Position> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve, reject) => {
      if (!('geolocation' in navigator)) {
        reject(new Error('no geolocation'));
        return;
      }
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
        reject,
        { timeout: 8000, maximumAge: 300_000 },
      );
    });
  }
  return Taro.getLocation({ type: 'gcj02' }).then((r) => ({ lat: r.latitude, lng: r.longitude }));
}

/** Shows a place on a map: WeChat's map on weapp, a map web page (高德 URI API) on H5. */
export function openInMap(place: { lat: number; lng: number; name: string; address: string }): void {
  if (process.env.TARO_ENV === 'h5') {
    const url = `https://uri.amap.com/marker?position=${place.lng},${place.lat}&name=${encodeURIComponent(place.name)}&src=tianfu&coordinate=gaode&callnative=1`;
    window.open(url, '_blank', 'noopener');
    return;
  }
  void Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 16 });
}

export function callPhone(phone: string): void {
  void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d-]/g, '') });
}

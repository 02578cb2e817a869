import { snapShift } from '@/shared/ui/use-device-pixel-snap';

test.each([1, 2, 2.625, 2.75, 3])('a box lands on a whole device pixel at pixel ratio %s', (ratio) => {
  // Layout positions are whole 1/64 px.
  for (const measured of [0, 10.5, 75.296875, 183.25, 201.703125]) {
    const shift = snapShift(measured, 0, ratio);
    expect(shift).toBeGreaterThanOrEqual(0);
    expect(shift).toBeLessThanOrEqual(1 / ratio + 1 / 128);
    expect(Number.isInteger(shift * 64)).toBe(true);
    // Within half a 1/64 step of a device pixel: the browser's own rounding lands on it.
    const devicePixels = (measured + shift) * ratio;
    expect(Math.abs(devicePixels - Math.round(devicePixels))).toBeLessThanOrEqual((ratio / 128) + 1e-9);
  }
});

test('a box already shifted is measured from where layout put it, not shifted twice', () => {
  const first = snapShift(75.3, 0, 2.625);
  expect(snapShift(75.3 + first, first, 2.625)).toBeCloseTo(first, 4);
});

/** The English words of guide-messages.ts, key for key. */
export const en = {
  'nearby.title': 'Nearby',
  'nearby.offering': 'Halls and terminals offering "{name}"',
  'nearby.locating': 'Finding your location…',
  'nearby.denied': 'Location is off. Choose your city.',
  'nearby.city': 'City',
  'nearby.none': 'No hall nearby offers this',
  'nearby.km': '{km} km',
  'nearby.kind.hall': 'Service hall',
  'nearby.kind.kiosk': '24-hour terminal',
  'nearby.map': 'Directions',
  'nearby.call': 'Call',
  'material.form.original': 'Original',
  'material.form.copy': 'Copy',
  'material.form.electronic': 'Electronic',
  'material.form.form': 'Application form',
};

/** The English words of entry-messages.ts, key for key. */
export const en = { inspect: 'Inspect by enterprise code', records: 'Inspections and rectification', public: 'Inspection results' };

/**
 * The matching engine's reasons in English (政策一屏览 read in English), worded from the same
 * facts and conditions as the Chinese (engine/explain.ts) and the English 图解 cards.
 */
import { regionName } from '../../../../../types/sichuan-regions';
import type { Wording } from '../engine/explain';
import { placeEn } from '../../catalog/reference/english/index';
import { FACT_NAMES_EN, leafEn, valueEn, windowEn } from './english-cards';

const regionEn = (code: string): string => placeEn(regionName(code));

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const ENGLISH_WORDING: Wording = {
  leafLabel: (leaf) => capitalised(leafEn(leaf)),
  leafReason: (leaf, actual, verdict) => {
    const name = FACT_NAMES_EN[leaf.fact];
    if (verdict === 'unknown') return `The enterprise file does not give the ${name} yet; add it to find out`;
    if (leaf.fact === 'tags') {
      const wanted = valueEn('tags', leaf.value);
      const held = actual instanceof Set && actual.size > 0 ? [...actual].map((t) => valueEn('tags', t)).join(', ') : 'none';
      if (leaf.op === 'not') return verdict === 'met' ? `Your enterprise is not certified as ${wanted}` : `Your enterprise is certified as ${wanted}, which this policy excludes`;
      return verdict === 'met' ? `Your enterprise is certified as ${wanted}` : `Your enterprise is not certified as ${wanted} (certifications held: ${held})`;
    }
    if (leaf.fact === 'hasCreditViolations') {
      const record = actual === true ? 'has a record of serious breach of trust' : 'has no record of serious breach of trust';
      return `Your enterprise ${record}: ${verdict === 'met' ? 'requirement met' : 'requirement not met'}`;
    }
    const shown = valueEn(leaf.fact, actual);
    const wanted = Array.isArray(leaf.value) ? '' : valueEn(leaf.fact, leaf.value);
    if (verdict === 'met') {
      if (leaf.op === 'gte') return `Your enterprise's ${name} is ${shown}, reaching the required ${wanted}`;
      if (leaf.op === 'lte') return `Your enterprise's ${name} is ${shown}, within the limit of ${wanted}`;
      return `Your enterprise's ${name} is ${shown}: requirement met`;
    }
    if (leaf.op === 'gte') return `Your enterprise's ${name} is ${shown}, below the required ${wanted}`;
    if (leaf.op === 'lte') return `Your enterprise's ${name} is ${shown}, above the limit of ${wanted}`;
    return `Your enterprise's ${name} is ${shown}, which does not meet “${leafEn(leaf)}”`;
  },
  joinLabels: (kind, labels) => labels.join(kind === 'all' ? '; and ' : '; or '),
  joinReasons: (reasons) => reasons.join('; '),
  windowLabel: (window) => `Application period: ${windowEn(window)}`,
  windowReason: (position) => {
    switch (position.kind) {
      case 'rolling': return 'Applications are taken all year round';
      case 'open': return `Applications are open until ${position.deadline}`;
      case 'closed': return `Applications closed on ${position.closedOn}`;
      default: return `Applications are not open yet; they open on ${position.opensOn}`;
    }
  },
  regionLabel: (policyRegion) => `Registered in ${regionEn(policyRegion)}`,
  regionReason: (policyRegion, enterpriseRegion, met) => {
    if (enterpriseRegion === null) return 'The enterprise file does not give where it is registered yet';
    return met
      ? `Your enterprise is registered in ${regionEn(enterpriseRegion)}, within the policy's area`
      : `Your enterprise is registered in ${regionEn(enterpriseRegion)}, outside ${regionEn(policyRegion)}`;
  },
};

import type { MatchKind } from './ranking';

export interface RankedService {
  service: number;
  score: number;
  matched: MatchKind;
}

/** The best score each service has reached during one query, and how it got there. */
export class ScoreBoard {
  private readonly best: Float64Array;
  private readonly kinds: (MatchKind | undefined)[] = [];
  private readonly touched: number[] = [];

  constructor(serviceCount: number) {
    this.best = new Float64Array(serviceCount);
  }

  offer(service: number, score: number, matched: MatchKind): void {
    const previous = this.best[service];
    if (previous === 0) this.touched.push(service);
    if (score > previous) {
      this.best[service] = score;
      this.kinds[service] = matched;
    }
  }

  /** The highest score any service has reached so far (0 when none matched). */
  highest(): number {
    return this.touched.reduce((max, service) => Math.max(max, this.best[service]), 0);
  }

  /** The best `limit` accepted services, best first; equal scores in code order, for stable pages. */
  ranked(accept: (service: number) => boolean, limit: number, codeOf: (service: number) => string): RankedService[] {
    const accepted: RankedService[] = [];
    for (const service of this.touched) {
      if (accept(service)) accepted.push({ service, score: this.best[service], matched: this.kinds[service]! });
    }
    accepted.sort((a, b) => b.score - a.score || codeOf(a.service).localeCompare(codeOf(b.service)));
    return accepted.slice(0, limit);
  }
}

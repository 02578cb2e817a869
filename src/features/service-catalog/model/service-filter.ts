import type { Audience, CityCode, LifeEvent, Theme } from '@contract/catalog';

/** What a catalogue list is narrowed to: the query of 按主题 / 按部门 / 人生大事 lists. */
export interface ServiceFilter {
  audience?: Audience;
  theme?: Theme;
  lifeEvent?: LifeEvent;
  department?: string;
  city?: CityCode;
  chuanyu?: 'true' | 'false';
}

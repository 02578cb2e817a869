import type { Audience, CityCode, ServiceItem, Theme } from '../../../../../types/catalog';
import { DEPARTMENT_ALIASES, type DepartmentAliases } from './departments';
import { buildEnglishIndex, type EnglishIndex } from './english-search';
import { stripFillerWords } from './filler-words';
import { ngrams, normalizeText, splitName } from './normalize';
import { pinyinKeys, type PinyinKeys } from './pinyin-keys';
import { addPosting, type Postings } from './postings';
import type { TextField } from './ranking';
import { SYNONYMS, synonymKeyLengths, type SynonymDictionary } from './synonyms';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export interface IndexedService {
  code: string;
  name: string;
  popularity: number;
  audience: readonly Audience[];
  /** null: province-wide, offered in every city. */
  cities: ReadonlySet<CityCode> | null;
  themes: readonly Theme[];
}

export interface TextOwner {
  service: number;
  field: TextField;
}

/**
 * One distinct searchable text (a title, full name or alias, normalised). Services share texts —
 * many have the alias `社保卡补办`-like wording in common, and a generated catalogue repeats them
 * — so each is converted to pinyin and scored once per query however many services own it.
 */
export interface IndexedText {
  text: string;
  /** Distinct character bigrams, for the Dice similarity. */
  bigramCount: number;
  pinyin: PinyinKeys;
  owners: TextOwner[];
}

export interface IndexedDepartment {
  text: string;
  services: number[];
}

export interface SearchIndex {
  readonly services: readonly IndexedService[];
  readonly texts: readonly IndexedText[];
  readonly characters: Postings;
  readonly characterBigrams: Postings;
  readonly pinyinTrigrams: Postings;
  readonly initialBigrams: Postings;
  readonly departments: readonly IndexedDepartment[];
  readonly vocabulary: Vocabulary;
  readonly synonyms: SynonymDictionary;
  readonly synonymKeyLengths: readonly number[];
  readonly departmentAliases: DepartmentAliases;
  /** English service names and everyday English terms, for queries typed in English. */
  readonly english: EnglishIndex;
  /** Service ids, most popular first: 热门 suggestions. */
  readonly byPopularity: readonly number[];
  readonly byTheme: ReadonlyMap<Theme, readonly number[]>;
}

export interface SearchIndexOptions {
  /** Replaces the built-in colloquial → official dictionary. */
  synonyms?: SynonymDictionary;
  /** Replaces the built-in department short names. */
  departmentAliases?: DepartmentAliases;
}

/** Interns texts: one IndexedText per distinct string, with every service that owns it. */
class TextTable {
  readonly texts: IndexedText[] = [];
  private readonly ids = new Map<string, number>();

  add(text: string, owner: TextOwner): void {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push({ text, bigramCount: ngrams(text, 2).size, pinyin: pinyinKeys(text), owners: [] });
    }
    const owners = this.texts[id].owners;
    if (!owners.some((o) => o.service === owner.service && o.field === owner.field)) owners.push(owner);
  }
}

function addServiceTexts(table: TextTable, item: ServiceItem, service: number): void {
  const { title, fullName } = splitName(item.name);
  table.add(title, { service, field: 'title' });
  if (fullName !== title) table.add(fullName, { service, field: 'fullName' });
  for (const alias of item.aliases) {
    const text = normalizeText(alias);
    if (text.length === 0) continue;
    table.add(text, { service, field: 'alias' });
    // `办社保卡` is also indexed as `社保卡`, so that query meets it as an exact alias.
    const core = stripFillerWords(text);
    if (core !== text) table.add(core, { service, field: 'alias' });
  }
}

function indexTexts(texts: readonly IndexedText[]) {
  const characters: Postings = new Map();
  const characterBigrams: Postings = new Map();
  const pinyinTrigrams: Postings = new Map();
  const initialBigrams: Postings = new Map();
  texts.forEach(({ text, pinyin }, id) => {
    for (const character of ngrams(text, 1)) addPosting(characters, character, id);
    for (const bigram of ngrams(text, 2)) addPosting(characterBigrams, bigram, id);
    for (const trigram of ngrams(pinyin.full, 3)) addPosting(pinyinTrigrams, trigram, id);
    for (const bigram of ngrams(pinyin.initials, 2)) addPosting(initialBigrams, bigram, id);
  });
  return { characters, characterBigrams, pinyinTrigrams, initialBigrams };
}

function indexDepartments(services: readonly ServiceItem[]): IndexedDepartment[] {
  const byText = new Map<string, number[]>();
  services.forEach((item, service) => {
    const text = normalizeText(item.department);
    const list = byText.get(text);
    if (list) list.push(service);
    else byText.set(text, [service]);
  });
  return [...byText].map(([text, ids]) => ({ text, services: ids }));
}

function mostPopularFirst(ids: number[], services: readonly IndexedService[]): number[] {
  return ids.sort((a, b) => services[b].popularity - services[a].popularity || services[a].code.localeCompare(services[b].code));
}

function dictionaryWords(synonyms: SynonymDictionary, departmentAliases: DepartmentAliases): string[] {
  return [...Object.entries(synonyms), ...Object.entries(departmentAliases)].flatMap(([key, values]) => [key, ...values]);
}

/** Builds the search index once at start-up; searching it does no pinyin work on the services. */
export function buildSearchIndex(items: readonly ServiceItem[], options: SearchIndexOptions = {}): SearchIndex {
  const synonyms = options.synonyms ?? SYNONYMS;
  const departmentAliases = options.departmentAliases ?? DEPARTMENT_ALIASES;
  const services: IndexedService[] = items.map((item) => ({
    code: item.code,
    name: item.name,
    popularity: item.popularity,
    audience: item.audience,
    cities: item.cities.length > 0 ? new Set(item.cities) : null,
    themes: item.themes,
  }));
  const table = new TextTable();
  items.forEach((item, service) => addServiceTexts(table, item, service));

  const byTheme = new Map<Theme, number[]>();
  services.forEach((service, id) => {
    for (const theme of service.themes) {
      const list = byTheme.get(theme);
      if (list) list.push(id);
      else byTheme.set(theme, [id]);
    }
  });
  for (const ids of byTheme.values()) mostPopularFirst(ids, services);

  return {
    services,
    texts: table.texts,
    ...indexTexts(table.texts),
    departments: indexDepartments(items),
    vocabulary: buildVocabulary(dictionaryWords(synonyms, departmentAliases)),
    synonyms,
    synonymKeyLengths: synonymKeyLengths(synonyms),
    departmentAliases,
    english: buildEnglishIndex(items.map((item) => item.code)),
    byPopularity: mostPopularFirst(services.map((_, id) => id), services),
    byTheme,
  };
}

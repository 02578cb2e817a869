/**
 * Short names people use for departments → words of the official name. `人社厅` finds
 * `四川省人力资源和社会保障厅`, `车管所` finds `…交通警察总队`. Keys and values are normalised text.
 */
export type DepartmentAliases = Readonly<Record<string, readonly string[]>>;

export const DEPARTMENT_ALIASES: DepartmentAliases = {
  人社: ['人力资源和社会保障'],
  人社厅: ['人力资源和社会保障厅'],
  人社局: ['人力资源和社会保障'],
  社保局: ['人力资源和社会保障', '社会保险'],
  医保局: ['医疗保障局'],
  医保: ['医疗保障'],
  市场监管: ['市场监督管理'],
  市监局: ['市场监督管理'],
  工商局: ['市场监督管理'],
  工商: ['市场监督管理'],
  公安局: ['公安'],
  派出所: ['公安'],
  交警: ['交通警察'],
  车管所: ['交通警察'],
  税务: ['税务'],
  国税: ['税务'],
  地税: ['税务'],
  住建: ['住房和城乡建设'],
  住建厅: ['住房和城乡建设厅'],
  住建局: ['住房和城乡建设'],
  公积金中心: ['住房公积金管理中心'],
  卫健委: ['卫生健康委员会'],
  卫健: ['卫生健康'],
  卫生局: ['卫生健康'],
  残联: ['残疾人联合会'],
  退役军人: ['退役军人事务'],
  国土局: ['自然资源'],
  国土: ['自然资源'],
  不动产登记中心: ['自然资源'],
  环保局: ['生态环境'],
  环保: ['生态环境'],
  药监局: ['药品监督管理'],
  交通局: ['交通运输'],
  民政局: ['民政'],
  教育局: ['教育'],
};

const PROVINCE_PREFIXES = ['四川省', '四川', '省'];
const RANK_SUFFIXES = ['委员会', '中心', '厅', '局', '委'];
const MIN_FORM_CHARS = 2;

/**
 * The ways a query may name a department: as typed, without 四川省 and 厅/局 (`民政局` → `民政`,
 * as the seed says `四川省民政厅`), and through the aliases above.
 */
export function departmentQueryForms(query: string, aliases: DepartmentAliases): string[] {
  const forms = new Set<string>([query]);
  let core = query;
  const prefix = PROVINCE_PREFIXES.find((p) => core.startsWith(p) && core.length - p.length >= MIN_FORM_CHARS);
  if (prefix) core = core.slice(prefix.length);
  const suffix = RANK_SUFFIXES.find((s) => core.endsWith(s) && core.length - s.length >= MIN_FORM_CHARS);
  if (suffix) core = core.slice(0, -suffix.length);
  forms.add(core);
  for (const form of [query, core]) {
    if (Object.hasOwn(aliases, form)) for (const expansion of aliases[form]) forms.add(expansion);
  }
  return [...forms].filter((f) => f.length >= MIN_FORM_CHARS);
}

import { departmentQueryForms } from './departments';
import { bandScore } from './ranking';
import type { ScoreBoard } from './score-board';
import type { SearchIndex } from './search-index';

/**
 * Services of the department the query names (`公安厅`, `人社局`, `市场监管`). The closer the
 * query is to the whole department name, the better: `公安厅` prefers `四川省公安厅` to
 * `四川省公安厅出入境管理局`.
 */
export function matchDepartment(index: SearchIndex, query: string, board: ScoreBoard): void {
  const forms = departmentQueryForms(query, index.departmentAliases);
  for (const department of index.departments) {
    let quality = 0;
    for (const form of forms) {
      if (department.text.includes(form)) {
        quality = Math.max(quality, form === department.text ? 1 : 0.3 + 0.6 * (form.length / department.text.length));
      }
    }
    if (quality === 0) continue;
    for (const service of department.services) {
      board.offer(service, bandScore('department', quality, index.services[service].popularity), 'department');
    }
  }
}

import type { NoticeDetail, NoticeList } from '../../../../types/notices';
import { AppError } from '../../errors';
import type { Language } from '../../http/language';
import { chinaToday } from '../../shared/china-today';
import { inLanguage } from './notice-board';
import type { NoticeDeps } from './notice-deps';

export function listNotices(deps: NoticeDeps, language: Language): NoticeList {
  return {
    items: deps.board.current(chinaToday(deps)).map((entry) => {
      const { body: _body, serviceCode: _serviceCode, ...summary } = inLanguage(entry, language);
      return summary;
    }),
  };
}

export function getNotice(deps: NoticeDeps, id: string, language: Language): NoticeDetail {
  const entry = deps.board.currentById(id, chinaToday(deps));
  // An expired notice is gone for everyone, a link to it included: it may no longer be true.
  if (!entry) throw new AppError('NOT_FOUND', 'No notice in force with this id');
  return inLanguage(entry, language);
}

import type { NoticeBoard } from './notice-board';

/** 通知公告: the checked notices and the clock that says which are in force. */
export interface NoticeDeps {
  now: () => Date;
  board: NoticeBoard;
}

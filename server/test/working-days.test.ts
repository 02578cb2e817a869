import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, isWorkingDay, workingDaysUntil } from '../../types/working-days';

describe('working days follow the State Council holiday notice', () => {
  it('2025: 春节 weekdays are off and the 调休 Sundays and Saturdays are worked', () => {
    assert.equal(isWorkingDay('2025-01-01'), false); // 元旦, a Wednesday
    assert.equal(isWorkingDay('2025-01-26'), true); // Sunday, 调休上班
    assert.equal(isWorkingDay('2025-01-28'), false); // 除夕, a Tuesday
    assert.equal(isWorkingDay('2025-02-04'), false);
    assert.equal(isWorkingDay('2025-02-05'), true);
    assert.equal(isWorkingDay('2025-02-08'), true); // Saturday, 调休上班
    assert.equal(isWorkingDay('2025-04-27'), true);
    assert.equal(isWorkingDay('2025-06-02'), false); // 端午, a Monday
    assert.equal(isWorkingDay('2025-10-08'), false);
    assert.equal(isWorkingDay('2025-10-11'), true);
    assert.equal(isWorkingDay('2025-03-15'), false); // an ordinary Saturday
  });

  it('2026: the 9-day 春节 and the 国庆 week move deadlines', () => {
    assert.equal(isWorkingDay('2026-01-02'), false);
    assert.equal(isWorkingDay('2026-01-04'), true); // Sunday, 调休上班
    assert.equal(isWorkingDay('2026-02-14'), true);
    assert.equal(isWorkingDay('2026-02-16'), false);
    assert.equal(isWorkingDay('2026-02-23'), false);
    assert.equal(isWorkingDay('2026-02-28'), true);
    assert.equal(isWorkingDay('2026-05-09'), true);
    assert.equal(isWorkingDay('2026-06-19'), false);
    assert.equal(isWorkingDay('2026-09-20'), true);
    assert.equal(isWorkingDay('2026-09-25'), false);
    assert.equal(isWorkingDay('2026-10-10'), true);
    // Fri 13 Feb + 1: the Saturday 14th is worked.
    assert.equal(addWorkingDays('2026-02-13', 1), '2026-02-14');
    // Sat 14 Feb + 1: the holiday runs to Mon 23rd, so Tue 24th.
    assert.equal(addWorkingDays('2026-02-14', 1), '2026-02-24');
    // 5 working days from Wed 30 Sep: Sep 30 → Oct 8, 9, 10 (Sat, worked), 12, 13.
    assert.equal(addWorkingDays('2026-09-30', 5), '2026-10-13');
    assert.equal(workingDaysUntil('2026-09-30', '2026-10-13'), 5);
    assert.equal(workingDaysUntil('2026-10-13', '2026-09-30'), -5);
  });

  it('a year without a notice yet still keeps its fixed-date statutory days', () => {
    assert.equal(isWorkingDay('2027-01-01'), false); // a Friday
    assert.equal(isWorkingDay('2027-01-04'), true);
    assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-04');
  });
});

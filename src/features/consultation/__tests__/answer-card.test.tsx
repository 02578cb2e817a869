import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ConsultationAnswer } from '@contract/consultation';
import { fakeApi } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { AnswerCard } from '@/features/consultation/components/answer-card';

const guide = (section: 'summary' | 'materials' | 'fee') => ({ kind: 'guide' as const, code: 'HJ-0001', title: '居民身份证换领、补领', section });

const answered: ConsultationAnswer = {
  id: 'qa_12345678',
  question: '补办身份证要带什么',
  language: 'zh-CN',
  answered: true,
  aspects: ['materials'],
  subject: { kind: 'service', id: 'HJ-0001', name: '居民身份证换领、补领' },
  sentences: [
    { text: '这是“居民身份证换领、补领”。', source: guide('summary') },
    { text: '需要准备以下2项材料：', source: guide('materials') },
    { text: '1. 居民户口簿（原件）。', source: guide('materials') },
    { text: '2. 近期免冠照片（电子材料）。', source: guide('materials') },
  ],
  alternatives: [{ kind: 'service', id: 'HJ-0002', name: '居民身份证首次申领' }],
  hotline: null,
};

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  (Taro.navigateTo as jest.Mock).mockClear();
});

test('sentences of one section read as one paragraph naming that section once, which opens the guide there', () => {
  render(<AnswerCard answer={answered} />);
  const sources = screen.getAllByTestId('answer-source');
  expect(sources.map((s) => s.textContent)).toEqual(['出处：居民身份证换领、补领 · 概述', '出处：居民身份证换领、补领 · 申请材料']);
  fireEvent.click(sources[1]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/catalog/pages/detail/index?code=HJ-0001&section=materials' });
  expect(screen.getByText('居民身份证首次申领')).toBeTruthy();
});

test('a rating is sent once and thanked for', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { ok: true } }));
  render(<AnswerCard answer={answered} />);
  fireEvent.click(screen.getByText('没用'));
  expect(await screen.findByTestId('rating-thanks')).toBeTruthy();
  expect(calls.map((c) => [c.method, c.url.replace(/^.*\/api/, '/api'), c.data])).toEqual([['POST', '/api/v1/consultations/qa_12345678/rating', { useful: false }]]);
});

test('an unanswered question says so and offers 12345, asking a visitor to sign in first', async () => {
  const unanswered: ConsultationAnswer = {
    ...answered,
    answered: false,
    subject: null,
    sentences: [],
    alternatives: [],
    hotline: { type: 'consultation', category: 'government_service', content: '智能咨询未能解答：小区流浪猫谁管' },
  };
  render(<AnswerCard answer={unanswered} />);
  expect(screen.getByText('抱歉，暂时无法根据办事指南和政策库回答这个问题。')).toBeTruthy();
  expect(screen.queryAllByTestId('answer-source')).toHaveLength(0);
  fireEvent.click(screen.getByText('提交12345咨询'));
  await waitFor(() => expect(screen.getByTestId('hotline-sign-in')).toBeTruthy());
});

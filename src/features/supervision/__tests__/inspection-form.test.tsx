import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { InspectionScan } from '@contract/supervision';
import { fakeApi, sampleProfile } from '@test/jest/fake-api';
import { usePreferencesStore } from '@/shared/state/preferences-store';
import { useSessionStore } from '@/shared/state/session-store';
import { InspectionForm } from '@/features/supervision/components/inspection-form';

// The shared Taro mock has no <Textarea>: a plain textarea with Taro's onInput shape.
function mockTextarea({ id, value, onInput, ...rest }: Record<string, unknown>) {
  const onChange = (e: { target: { value: string } }) => (onInput as (event: unknown) => void)({ detail: { value: e.target.value } });
  return <textarea id={id as string} value={value as string} aria-label={rest['aria-label'] as string} onChange={onChange} />;
}
jest.mock('@tarojs/components', () => ({ ...jest.requireActual('@test/jest/taro-components'), Textarea: mockTextarea }));

const DAY = 86_400_000;

function scanWith(history: InspectionScan['history']): InspectionScan {
  return {
    scanId: 'scn_1', validUntil: new Date(Date.now() + 3_600_000).toISOString(), windowDays: 90, history,
    enterprise: { name: '成都锦城餐饮管理有限公司', creditCode: '91510104201847360X', creditRating: 'B', licences: ['食品经营许可证'] },
  };
}
const pastMarketCheck = {
  id: 'insp_old', recordedAt: new Date(Date.now() - 10 * DAY).toISOString(), enterpriseName: '成都锦城餐饮管理有限公司', creditCode: '91510104201847360X',
  taskKind: 'random_draw' as const, departments: ['market_regulation' as const], matters: ['food_safety' as const], result: 'pass' as const,
  rectifyBy: null, rectification: 'not_required' as const,
};

beforeEach(() => {
  usePreferencesStore.getState().setLanguage('zh-CN');
  useSessionStore.getState().signIn({ token: 't', expiresAt: '2099-01-01T00:00:00Z', profile: { ...sampleProfile } });
});

function fillBasics() {
  fireEvent.input(screen.getByLabelText('任务编号'), { target: { value: 'SJ-2026-01' } });
  fireEvent.change(screen.getByLabelText('检查情况'), { target: { value: '未发现问题' } });
}

test('a check by the same department within the window warns before recording and is not sent without a reason', async () => {
  const calls = fakeApi(() => ({ status: 200, body: {} }));
  render(<InspectionForm scan={scanWith([pastMarketCheck])} own='market_regulation' onRecorded={jest.fn()} />);
  expect(screen.getByTestId('overlap-warning').textContent).toContain('重复检查');
  fillBasics();
  fireEvent.click(screen.getByText('产品质量'));
  fireEvent.click(screen.getByText('提交检查记录'));
  expect(await screen.findByText('请写明理由（至少4个字）')).toBeTruthy();
  expect(calls).toHaveLength(0);
});

test('another department on the same matter is an overlap; a joint inspection with a reason sends every department', async () => {
  const onRecorded = jest.fn();
  const calls = fakeApi(() => ({ status: 200, body: { id: 'insp_new' } }));
  render(<InspectionForm scan={scanWith([pastMarketCheck])} own='health' onRecorded={onRecorded} />);
  expect(screen.queryByTestId('overlap-warning')).toBeNull();
  fireEvent.click(screen.getByText('食品安全'));
  expect(screen.getByTestId('overlap-warning').textContent).toContain('多头检查');
  fireEvent.click(screen.getByText('应急管理'));
  fireEvent.click(screen.getByText('职业健康'));
  fillBasics();
  fireEvent.change(screen.getByLabelText('重复/交叉检查理由'), { target: { value: '投诉举报后厨卫生，需现场核实' } });
  fireEvent.click(screen.getByText('提交检查记录'));
  await waitFor(() => expect(onRecorded).toHaveBeenCalled());
  const body = calls[0].data as Record<string, unknown>;
  expect(calls[0].url).toContain('/api/v1/supervision/inspections');
  expect(body.departments).toEqual(['health', 'emergency_management']);
  expect(body.matters).toEqual(['food_safety', 'occupational_health']);
  expect(body.repeatReason).toBe('投诉举报后厨卫生，需现场核实');
  expect(body.rectifyBy).toBeNull();
});

test('责令整改 carries the chosen deadline; removing a joint department drops the matters only it inspects', async () => {
  const calls = fakeApi(() => ({ status: 200, body: { id: 'insp_new' } }));
  render(<InspectionForm scan={scanWith([])} own='ecology_environment' onRecorded={jest.fn()} />);
  fireEvent.click(screen.getByText('市场监管'));
  fireEvent.click(screen.getByText('产品质量'));
  fireEvent.click(screen.getByText('排污许可与排放'));
  fireEvent.click(screen.getByText('市场监管'));
  expect(screen.queryByText('产品质量')).toBeNull();
  fillBasics();
  fireEvent.click(screen.getByText('责令整改'));
  fireEvent.click(screen.getByText(/^30天/));
  fireEvent.click(screen.getByText('提交检查记录'));
  await waitFor(() => expect(calls).toHaveLength(1));
  const body = calls[0].data as Record<string, unknown>;
  expect(body.departments).toEqual(['ecology_environment']);
  expect(body.matters).toEqual(['pollutant_discharge']);
  const expected = new Date(Date.now() + 8 * 3_600_000 + 30 * DAY).toISOString().slice(0, 10);
  expect(body.rectifyBy).toBe(expected);
});

/**
 * 一码监督 inspectors for development and tests: office test numbers of enforcement departments,
 * signed in by SMS like anyone. 成都's 市场监管, 应急 and 生态环境 offices, 绵阳's 市场监管 (another
 * region), and 重庆's 市场监管 for that node. Each node seeds its own province/municipality's.
 */
import type { SupervisionDepartment } from '../../../types/supervision-rules';

export interface DemoInspector {
  id: string;
  phone: string;
  name: string;
  office: string;
  region: string;
  department: SupervisionDepartment;
}

export const DEMO_INSPECTORS: readonly DemoInspector[] = [
  { id: 'sc-cd-market-inspector', phone: '13900000041', name: '执法人员（成都市市场监管）', office: '成都市市场监督管理局', region: '510100', department: 'market_regulation' },
  { id: 'sc-cd-emergency-inspector', phone: '13900000042', name: '执法人员（成都市应急管理）', office: '成都市应急管理局', region: '510100', department: 'emergency_management' },
  { id: 'sc-cd-ecology-inspector', phone: '13900000043', name: '执法人员（成都市生态环境）', office: '成都市生态环境局', region: '510100', department: 'ecology_environment' },
  { id: 'sc-my-market-inspector', phone: '13900000044', name: '执法人员（绵阳市市场监管）', office: '绵阳市市场监督管理局', region: '510700', department: 'market_regulation' },
  { id: 'cq-market-inspector', phone: '13900000045', name: '执法人员（重庆市市场监管）', office: '重庆市市场监督管理局', region: '500000', department: 'market_regulation' },
];

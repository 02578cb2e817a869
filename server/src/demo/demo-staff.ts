/**
 * Back-office accounts for development and tests. They sign in like anyone else (SMS code to the
 * phone); the phone puts them on staff, with a role and an office (region + department; a null
 * department is a 政务服务中心 综合窗口 that takes every department of its region). Office test
 * numbers, not citizens'. Each node seeds the accounts of its own province/municipality.
 */
import type { StaffRow } from '../modules/staff/staff-repository';

export const STAFF_MEMBERS: readonly StaffRow[] = [
  // 四川
  { id: 'sc-cd-reviewer', phone: '13900000009', name: '审批人员（成都市政务服务中心）', office: '成都市政务服务中心', role: 'reviewer', region: '510100', department: null },
  {
    id: 'sc-cd-gjj-reviewer', phone: '13900000007', name: '审批人员（成都住房公积金管理中心）', office: '成都住房公积金管理中心',
    role: 'reviewer', region: '510100', department: '成都住房公积金管理中心',
  },
  { id: 'sc-my-reviewer', phone: '13900000008', name: '审批人员（绵阳市政务服务中心）', office: '绵阳市政务服务中心', role: 'reviewer', region: '510700', department: null },
  { id: 'sc-hotline', phone: '13900012345', name: '12345热线坐席', office: '四川省12345政务服务便民热线', role: 'hotline', region: '510000', department: null },
  {
    id: 'sc-cd-certificate', phone: '13900000006', name: '证照管理员（成都市）', office: '成都市政务服务管理和网络理政办公室（电子证照）',
    role: 'certificate_officer', region: '510100', department: null,
  },
  { id: 'sc-cd-supervisor', phone: '13900000005', name: '督办负责人（成都市政务服务中心）', office: '成都市政务服务中心', role: 'supervisor', region: '510100', department: null },
  // 重庆
  { id: 'cq-reviewer', phone: '13900000029', name: '审批人员（重庆市政务服务中心）', office: '重庆市政务服务中心', role: 'reviewer', region: '500000', department: null },
  { id: 'cq-hotline', phone: '13900000028', name: '12345热线坐席（重庆）', office: '重庆市12345政务服务便民热线', role: 'hotline', region: '500000', department: null },
  {
    id: 'cq-certificate', phone: '13900000027', name: '证照管理员（重庆市）', office: '重庆市大数据应用发展管理局（电子证照）',
    role: 'certificate_officer', region: '500000', department: null,
  },
  { id: 'cq-supervisor', phone: '13900000026', name: '督办负责人（重庆市政务服务中心）', office: '重庆市政务服务中心', role: 'supervisor', region: '500000', department: null },
];

/**
 * Back-office accounts for development and tests (办件审批). They sign in like anyone else (SMS
 * code to the phone); the phone puts them on staff. Office test numbers, not citizens'.
 */
export const STAFF_MEMBERS = [
  { phone: '13900000009', name: '审批人员（成都市政务服务中心）', office: '成都市政务服务中心', role: 'reviewer' },
  { phone: '13900000008', name: '审批人员（绵阳市政务服务中心）', office: '绵阳市政务服务中心', role: 'reviewer' },
  { phone: '13900012345', name: '12345热线坐席', office: '四川省12345政务服务便民热线', role: 'hotline' },
] as const;

import type { Endpoint } from './api';
import {
  ConfirmRectificationBody, CreditCodeParams, EnterpriseSupervisionRecord, InspectionDetail, InspectionIdParams, InspectionList,
  InspectionPhoto, InspectionPhotoParams, InspectionScan, InspectorMembership, RecordInspectionBody, ReviewRectificationBody, ScanEnterpriseBody,
} from './supervision';
import { supervisionRoutes } from './supervision-routes';

/** 一码监督's part of the contract (spread into api.ts's endpoints). */
export const supervisionEndpoints = {
  getInspectorMembership: {
    ...supervisionRoutes.getInspectorMembership,
    summary: '一码监督: the inspector office of the caller (null for anyone else)',
    response: InspectorMembership,
  },
  scanEnterpriseForInspection: {
    ...supervisionRoutes.scanEnterpriseForInspection,
    summary: "一码监督 (inspector): scan an enterprise's 企业码 of the office's region; its inspections by any department in the window",
    body: ScanEnterpriseBody,
    response: InspectionScan,
  },
  recordInspection: {
    ...supervisionRoutes.recordInspection,
    summary: '一码监督 (inspector): record an inspection from a scan (409 CONFLICT for a repeated or overlapping check given no reason)',
    body: RecordInspectionBody,
    response: InspectionDetail,
  },
  listOfficeInspections: {
    ...supervisionRoutes.listOfficeInspections,
    summary: "一码监督 (inspector): the inspections of the inspector's department in the office's region, newest first",
    response: InspectionList,
  },
  getOfficeInspection: {
    ...supervisionRoutes.getOfficeInspection,
    summary: "一码监督 (inspector): one inspection of the inspector's department and region",
    params: InspectionIdParams,
    response: InspectionDetail,
  },
  listMyEnterpriseInspections: {
    ...supervisionRoutes.listMyEnterpriseInspections,
    summary: 'Every inspection on the 企业码 of the enterprise this session acts for (企业码 scope)',
    response: InspectionList,
  },
  getMyEnterpriseInspection: {
    ...supervisionRoutes.getMyEnterpriseInspection,
    summary: 'One inspection of the enterprise this session acts for: findings, what to fix and by when',
    params: InspectionIdParams,
    response: InspectionDetail,
  },
  confirmRectification: {
    ...supervisionRoutes.confirmRectification,
    summary: 'The enterprise confirms 整改 of an inspection with evidence (its own uploads)',
    params: InspectionIdParams,
    body: ConfirmRectificationBody,
    response: InspectionDetail,
  },
  reviewRectification: {
    ...supervisionRoutes.reviewRectification,
    summary: "复查: an inspector of the inspection's departments accepts or does not accept the enterprise's confirmed 整改",
    params: InspectionIdParams,
    body: ReviewRectificationBody,
    response: InspectionDetail,
  },
  getInspectionPhoto: {
    ...supervisionRoutes.getInspectionPhoto,
    summary: "A photo of an inspection, for its inspectors' department and the inspected enterprise",
    params: InspectionPhotoParams,
    response: InspectionPhoto,
  },
  getEnterpriseSupervisionRecord: {
    ...supervisionRoutes.getEnterpriseSupervisionRecord,
    summary: 'The public side of a 企业码: licences and the latest inspection results (双随机一公开)',
    params: CreditCodeParams,
    response: EnterpriseSupervisionRecord,
  },
} as const satisfies Record<keyof typeof supervisionRoutes, Endpoint>;

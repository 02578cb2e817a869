import type { RouteHandlers } from '../../http/route-types';
import type { ServiceContext } from '../../service-context';
import type { supervisionRoutes as SupervisionRouteTable } from '../../../../types/supervision-routes';
import {
  confirmRectification, getEnterpriseSupervisionRecord, getInspectionPhoto, getInspectorMembership, getMyEnterpriseInspection,
  getOfficeInspection, listMyEnterpriseInspections, listOfficeInspections, recordInspection, reviewRectification, scanEnterpriseForInspection,
} from './supervision-service';

/** 一码监督: inspectors scan and record, the enterprise sees and answers 整改, the public sees results. */
export function supervisionRoutes(ctx: ServiceContext): RouteHandlers<keyof typeof SupervisionRouteTable> {
  return {
    getInspectorMembership: ({ auth }) => getInspectorMembership(ctx, auth),
    scanEnterpriseForInspection: ({ auth, body }) => scanEnterpriseForInspection(ctx, auth, body.payload),
    recordInspection: ({ auth, body }) => recordInspection(ctx, auth, body),
    listOfficeInspections: ({ auth }) => listOfficeInspections(ctx, auth),
    getOfficeInspection: ({ auth, params }) => getOfficeInspection(ctx, auth, params.id),
    listMyEnterpriseInspections: ({ auth }) => listMyEnterpriseInspections(ctx, auth),
    getMyEnterpriseInspection: ({ auth, params }) => getMyEnterpriseInspection(ctx, auth, params.id),
    confirmRectification: ({ auth, params, body }) => confirmRectification(ctx, auth, params.id, body),
    reviewRectification: ({ auth, params, body }) => reviewRectification(ctx, auth, params.id, body),
    getInspectionPhoto: ({ auth, params }) => getInspectionPhoto(ctx, auth, params),
    getEnterpriseSupervisionRecord: ({ params }) => getEnterpriseSupervisionRecord(ctx, params.creditCode),
  };
}

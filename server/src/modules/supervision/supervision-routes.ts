import type { RouteHandlers } from '../../http/route-types';
import type { SupervisionDeps } from './supervision-deps';
import type { supervisionRoutes as SupervisionRouteTable } from '../../../../types/supervision-routes';
import {
  confirmRectification, getEnterpriseSupervisionRecord, getInspectionPhoto, getInspectorMembership, getMyEnterpriseInspection,
  getOfficeInspection, listMyEnterpriseInspections, listOfficeInspections, recordInspection, reviewRectification, scanEnterpriseForInspection,
} from './supervision-service';

/** 一码监督: inspectors scan and record, the enterprise sees and answers 整改, the public sees results. */
export function supervisionRoutes(deps: SupervisionDeps): RouteHandlers<keyof typeof SupervisionRouteTable> {
  return {
    getInspectorMembership: ({ auth }) => getInspectorMembership(deps, auth),
    scanEnterpriseForInspection: ({ auth, body }) => scanEnterpriseForInspection(deps, auth, body.payload),
    recordInspection: ({ auth, body }) => recordInspection(deps, auth, body),
    listOfficeInspections: ({ auth }) => listOfficeInspections(deps, auth),
    getOfficeInspection: ({ auth, params }) => getOfficeInspection(deps, auth, params.id),
    listMyEnterpriseInspections: ({ auth }) => listMyEnterpriseInspections(deps, auth),
    getMyEnterpriseInspection: ({ auth, params }) => getMyEnterpriseInspection(deps, auth, params.id),
    confirmRectification: ({ auth, params, body }) => confirmRectification(deps, auth, params.id, body),
    reviewRectification: ({ auth, params, body }) => reviewRectification(deps, auth, params.id, body),
    getInspectionPhoto: ({ auth, params }) => getInspectionPhoto(deps, auth, params),
    getEnterpriseSupervisionRecord: ({ params }) => getEnterpriseSupervisionRecord(deps, params.creditCode),
  };
}

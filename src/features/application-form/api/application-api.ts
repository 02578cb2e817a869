import type { FormValues } from '../../../../types/form-engine';
import { callApi } from '../../../shared/api/client';

export const getServiceForm = (code: string) => callApi('getServiceForm', { params: { code } });
export const getPrefillSources = () => callApi('getPrefillSources');
export const getDraft = (serviceCode: string) => callApi('getDraft', { params: { serviceCode } });
export const saveDraft = (serviceCode: string, values: Record<string, unknown>, updatedAt: string) =>
  callApi('saveDraft', { params: { serviceCode }, body: { values, updatedAt } });
export const deleteDraft = (serviceCode: string) => callApi('deleteDraft', { params: { serviceCode } });
export const createUpload = (name: string, contentType: string, dataBase64: string) =>
  callApi('createUpload', { body: { name, contentType, dataBase64 } });
export const submitApplication = (serviceCode: string, values: FormValues, idempotencyKey: string) =>
  callApi('submitApplication', {
    body: { serviceCode, values: values as never },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
export const listApplications = () => callApi('listApplications');
export const getApplication = (id: string) => callApi('getApplication', { params: { id } });
export const submitCorrection = (id: string, values: FormValues) =>
  callApi('submitCorrection', { params: { id }, body: { values: values as never } });
export const rateApplication = (id: string, score: number, tags: string[], comment: string) =>
  callApi('rateApplication', { params: { id }, body: { score, tags: tags as never, comment: comment || undefined } });
export const listMessages = () => callApi('listMessages');
export const markAllMessagesRead = () => callApi('markAllMessagesRead');

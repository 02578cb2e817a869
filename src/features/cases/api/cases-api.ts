import type { RequestBody } from '../../../../types/api';
import { callApi } from '../../../shared/api/client';

export const listCases = () => callApi('listCases');
export const getCase = (id: string) => callApi('getCase', { params: { id } });
export const createCase = (body: RequestBody<'createCase'>) => callApi('createCase', { body });
export const replyToCase = (id: string, content: string) => callApi('replyToCase', { params: { id }, body: { content } });
export const createUpload = (body: RequestBody<'createUpload'>) => callApi('createUpload', { body });
/** The application a 办不成事 report is about (the caller's own). */
export const getApplication = (id: string) => callApi('getApplication', { params: { id } });

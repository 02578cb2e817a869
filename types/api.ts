import { type z } from 'zod';
import { HealthResponse, Ok } from './common';
import {
  ActAsBody,
  BindEnterpriseBody,
  Enterprise,
  EnterpriseIdParams,
  Profile,
  RealNameBody,
  SendSmsCodeBody,
  SendSmsCodeResponse,
  Session,
  SmsLoginBody,
  WeappLoginBody,
} from './identity';
import {
  CityList,
  DepartmentList,
  DepartmentsQuery,
  HallList,
  HotServicesQuery,
  ListHallsQuery,
  ListServicesQuery,
  RecordRecentBody,
  SearchResult,
  SearchServicesQuery,
  ServiceCodeParams,
  ServiceDetail,
  ServiceList,
  ServicePage,
} from './catalog';
import { routes, type RouteName } from './routes';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
  method: Method;
  path: string;
  auth: boolean;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response: z.ZodType;
}

/**
 * The whole HTTP contract, declared once (convention 5): the server registers a route per entry
 * and validates with these schemas; the client derives its request and response types from them.
 */
export const endpoints = {
  getHealth: {
    ...routes.getHealth,
    summary: 'Liveness and region of this node',
    response: HealthResponse,
  },
  sendSmsCode: {
    ...routes.sendSmsCode,
    summary: 'Send a 6-digit login code to a mobile number',
    body: SendSmsCodeBody,
    response: SendSmsCodeResponse,
  },
  loginWithSms: {
    ...routes.loginWithSms,
    summary: 'Exchange phone + SMS code for a session (H5)',
    body: SmsLoginBody,
    response: Session,
  },
  loginWithWeapp: {
    ...routes.loginWithWeapp,
    summary: 'Exchange a Taro.login code for a session (mini-program)',
    body: WeappLoginBody,
    response: Session,
  },
  logout: {
    ...routes.logout,
    summary: 'End the current session',
    response: Ok,
  },
  getProfile: {
    ...routes.getProfile,
    summary: 'The signed-in user, masked',
    response: Profile,
  },
  verifyRealName: {
    ...routes.verifyRealName,
    summary: 'Real-name verification with name and citizen ID',
    body: RealNameBody,
    response: Profile,
  },
  bindEnterprise: {
    ...routes.bindEnterprise,
    summary: 'Bind an enterprise by its unified social credit code',
    body: BindEnterpriseBody,
    response: Enterprise,
  },
  unbindEnterprise: {
    ...routes.unbindEnterprise,
    summary: 'Unbind an enterprise',
    params: EnterpriseIdParams,
    response: Profile,
  },
  setActingAs: {
    ...routes.setActingAs,
    summary: 'Act as a bound enterprise (法人) or as oneself (个人, null)',
    body: ActAsBody,
    response: Profile,
  },
  listServices: {
    ...routes.listServices,
    summary: 'Browse the service catalogue by audience, theme, life event, department, city',
    query: ListServicesQuery,
    response: ServicePage,
  },
  searchServices: {
    ...routes.searchServices,
    summary: 'Search services by Chinese text, pinyin, initials, synonyms; ranked',
    query: SearchServicesQuery,
    response: SearchResult,
  },
  listHotServices: {
    ...routes.listHotServices,
    summary: 'Most used services, for a city and audience',
    query: HotServicesQuery,
    response: ServiceList,
  },
  getServiceByCode: {
    ...routes.getServiceByCode,
    summary: 'One service with its full 办事指南',
    params: ServiceCodeParams,
    response: ServiceDetail,
  },
  listDepartments: {
    ...routes.listDepartments,
    summary: 'Responsible departments with their number of services',
    query: DepartmentsQuery,
    response: DepartmentList,
  },
  listCities: {
    ...routes.listCities,
    summary: 'The 21 cities and prefectures of Sichuan',
    response: CityList,
  },
  listHalls: {
    ...routes.listHalls,
    summary: '就近办: service halls and self-service terminals, nearest first when a position is given',
    query: ListHallsQuery,
    response: HallList,
  },
  listFavorites: {
    ...routes.listFavorites,
    summary: 'My favourite services',
    response: ServiceList,
  },
  addFavorite: {
    ...routes.addFavorite,
    summary: 'Add a service to my favourites',
    params: ServiceCodeParams,
    response: Ok,
  },
  removeFavorite: {
    ...routes.removeFavorite,
    summary: 'Remove a service from my favourites',
    params: ServiceCodeParams,
    response: Ok,
  },
  listRecents: {
    ...routes.listRecents,
    summary: 'Services I opened recently, newest first',
    response: ServiceList,
  },
  recordRecent: {
    ...routes.recordRecent,
    summary: 'Remember that I opened a service',
    body: RecordRecentBody,
    response: Ok,
  },
} as const satisfies Record<RouteName, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type InferInput<T> = T extends z.ZodType ? z.input<T> : undefined;

export type RequestBody<N extends EndpointName> = InferInput<Endpoints[N] extends { body: infer B } ? B : undefined>;
export type RequestQuery<N extends EndpointName> = InferInput<Endpoints[N] extends { query: infer Q } ? Q : undefined>;
export type RequestParams<N extends EndpointName> = InferInput<Endpoints[N] extends { params: infer P } ? P : undefined>;
export type ResponseBody<N extends EndpointName> = Infer<Endpoints[N]['response']>;

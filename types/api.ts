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
} as const satisfies Record<RouteName, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
type InferInput<T> = T extends z.ZodType ? z.input<T> : undefined;

export type RequestBody<N extends EndpointName> = InferInput<Endpoints[N] extends { body: infer B } ? B : undefined>;
export type RequestQuery<N extends EndpointName> = InferInput<Endpoints[N] extends { query: infer Q } ? Q : undefined>;
export type RequestParams<N extends EndpointName> = InferInput<Endpoints[N] extends { params: infer P } ? P : undefined>;
export type ResponseBody<N extends EndpointName> = Infer<Endpoints[N]['response']>;

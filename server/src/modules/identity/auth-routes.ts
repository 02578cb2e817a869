import type { ServiceContext } from '../services/service-context';
import { logout } from '../services/session-service';
import { loginWithSms, sendSmsCode } from '../services/sms-login-service';
import { loginWithWeapp } from '../services/weapp-login-service';
import type { RouteHandlers } from './route-types';

export function authRoutes(ctx: ServiceContext): RouteHandlers<'sendSmsCode' | 'loginWithSms' | 'loginWithWeapp' | 'logout'> {
  return {
    sendSmsCode: ({ body, clientIp }) => sendSmsCode(ctx, body.phone, clientIp),
    loginWithSms: ({ body }) => loginWithSms(ctx, body.phone, body.code),
    loginWithWeapp: ({ body }) => loginWithWeapp(ctx, body.code),
    logout: ({ auth }) => logout(ctx, auth),
  };
}

import type { ServiceContext } from '../../service-context';
import { logout } from './session-service';
import { loginWithSms, sendSmsCode } from './sms-login-service';
import { loginWithWeapp } from './weapp-login-service';
import type { RouteHandlers } from '../../http/route-types';

export function authRoutes(ctx: ServiceContext): RouteHandlers<'sendSmsCode' | 'loginWithSms' | 'loginWithWeapp' | 'logout'> {
  return {
    sendSmsCode: ({ body, headers, clientIp }) => sendSmsCode(ctx, body.phone, { clientIp, deviceId: headers['x-device-id'] }),
    loginWithSms: ({ body }) => loginWithSms(ctx, body.phone, body.code, body.consentVersion),
    loginWithWeapp: ({ body }) => loginWithWeapp(ctx, body.code, body.consentVersion),
    logout: ({ auth }) => logout(ctx, auth),
  };
}

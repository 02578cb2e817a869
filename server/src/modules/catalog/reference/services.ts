/**
 * High-frequency 天府通办 services (个人 + 法人) with a full 办事指南 each.
 * The items are written per domain in ./services/*; this module only joins them.
 */
import type { ServiceItem } from '../../../../../types/catalog';
import { enterpriseServices } from './services/enterprise';
import { housingServices } from './services/housing';
import { livelihoodServices } from './services/livelihood';
import { oneThingServices } from './services/one-thing';
import { enterpriseOneThingServices } from './services/one-thing-enterprise';
import { policeServices } from './services/police';
import { policyRedemptionServices } from './services/policy-redemption';
import { socialServices } from './services/social';
import { taxServices } from './services/tax';

export const services: ServiceItem[] = [
  ...socialServices,
  ...housingServices,
  ...policeServices,
  ...livelihoodServices,
  ...taxServices,
  ...enterpriseServices,
  ...oneThingServices,
  ...enterpriseOneThingServices,
  ...policyRedemptionServices,
];

export const serviceByCode: ReadonlyMap<string, ServiceItem> = new Map(services.map((s) => [s.code, s]));

/** Upper-case alias used by the catalogue seeder. */
export const SERVICES: ServiceItem[] = services;

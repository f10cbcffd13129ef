import type { MessageKey } from '../browser';
import type { DataType, Recipient, Right } from '../core/vocabulary';

/** Readable labels for the report's fixed vocabularies: one UI-string key per term. */
export const DATA_TYPE_LABELS: Readonly<Record<DataType, MessageKey>> = {
  name: 'dataType_name',
  email: 'dataType_email',
  phone: 'dataType_phone',
  'postal-address': 'dataType_postal_address',
  credentials: 'dataType_credentials',
  'government-id': 'dataType_government_id',
  'ip-address': 'dataType_ip_address',
  'device-info': 'dataType_device_info',
  cookies: 'dataType_cookies',
  'usage-data': 'dataType_usage_data',
  location: 'dataType_location',
  payment: 'dataType_payment',
  demographics: 'dataType_demographics',
  health: 'dataType_health',
  biometric: 'dataType_biometric',
  'user-content': 'dataType_user_content',
  communications: 'dataType_communications',
  professional: 'dataType_professional',
  'social-profile': 'dataType_social_profile',
};

export const RECIPIENT_LABELS: Readonly<Record<Recipient, MessageKey>> = {
  'service-providers': 'recipient_service_providers',
  affiliates: 'recipient_affiliates',
  advertisers: 'recipient_advertisers',
  analytics: 'recipient_analytics',
  'social-networks': 'recipient_social_networks',
  'business-partners': 'recipient_business_partners',
  authorities: 'recipient_authorities',
  acquirers: 'recipient_acquirers',
  'other-users': 'recipient_other_users',
};

export const RIGHT_LABELS: Readonly<Record<Right, MessageKey>> = {
  access: 'right_access',
  rectification: 'right_rectification',
  erasure: 'right_erasure',
  portability: 'right_portability',
  objection: 'right_objection',
  restriction: 'right_restriction',
  'withdraw-consent': 'right_withdraw_consent',
  complaint: 'right_complaint',
};

import { View } from '@tarojs/components';
import type { ServiceSummary } from '@contract/catalog';
import { useBrowseT } from '@/features/service-catalog/hooks/use-browse-t';
import { go } from '@/shared/platform/navigation';

export function serviceDetailUrl(code: string): string {
  return `/packages/catalog/pages/detail/index?code=${code}`;
}

export function ServiceRow({ service, onOpen }: { service: ServiceSummary; onOpen?: (service: ServiceSummary) => void }) {
  const t = useBrowseT();
  const open = () => {
    onOpen?.(service);
    go(serviceDetailUrl(service.code));
  };
  return (
    <View className='service-row' role='link' onClick={open} data-testid='service-row'>
      <View className='service-row__name'>{service.name}</View>
      <View className='service-row__meta'>
        <View className='ui-hint service-row__dept'>{service.department}</View>
        <View className='service-row__badges'>
          {service.online && <View className='ui-badge'>{t('catalog.online')}</View>}
          {service.chuanyu && <View className='ui-badge ui-badge--accent'>{t('catalog.chuanyu')}</View>}
        </View>
      </View>
    </View>
  );
}

interface ServiceRowsProps {
  services: ServiceSummary[] | undefined;
  emptyText?: string;
  /** Told before the guide opens (the search page keeps the query that led to it). */
  onOpen?: (service: ServiceSummary) => void;
}

export function ServiceRows({ services, emptyText, onOpen }: ServiceRowsProps) {
  if (!services) return null;
  if (services.length === 0) return emptyText ? <View className='ui-empty'>{emptyText}</View> : null;
  return (
    <View className='service-rows'>
      {services.map((s) => (
        <ServiceRow key={s.code} service={s} onOpen={onOpen} />
      ))}
    </View>
  );
}

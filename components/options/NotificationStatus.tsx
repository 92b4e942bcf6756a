import type { NotificationPermission } from '@/lib/browser/options-source';
import type { Translator } from '@/lib/i18n';

export interface NotificationStatusProps {
  permission: NotificationPermission;
  tr: Translator;
}

const TEXTS = {
  granted: { badge: 'optionsNotificationsOn', body: 'optionsNotificationsGranted' },
  denied: { badge: 'optionsNotificationsOff', body: 'optionsNotificationsDenied' },
  unsupported: { badge: 'optionsNotificationsNone', body: 'optionsNotificationsUnsupported' },
} as const;

/** Whether prompts can arrive as notifications, and where they show when they can't. */
export function NotificationStatus({ permission, tr }: NotificationStatusProps) {
  const { t } = tr;
  const texts = TEXTS[permission];
  return (
    <p class={`notify notify--${permission}`} data-permission={permission}>
      <span class="notify__badge">{t(texts.badge)}</span>
      <span class="notify__body">{t(texts.body, { moveNow: t('moveNow') })}</span>
    </p>
  );
}

/**
 * The few texts the background needs, imported by name so the bundler leaves every other
 * message out of the service worker (its budget is 20 KB).
 */
import {
  notifyAskedBody as enAsked,
  notifyBody as enBody,
  notifyReminderTitle as enReminder,
  notifySnooze as enSnooze,
  notifyStandingBody as enStandingBody,
  notifyStandingBodyNoButtons as enStandingBodyNoButtons,
  notifyStandingSitting as enStandingSitting,
  notifyStandingTitle as enStandingTitle,
  notifyStandingYes as enStandingYes,
  notifyStart as enStart,
  notifyTitle as enTitle,
} from '../../public/_locales/en/messages.json';
import {
  notifyAskedBody as nlAsked,
  notifyBody as nlBody,
  notifyReminderTitle as nlReminder,
  notifySnooze as nlSnooze,
  notifyStandingBody as nlStandingBody,
  notifyStandingBodyNoButtons as nlStandingBodyNoButtons,
  notifyStandingSitting as nlStandingSitting,
  notifyStandingTitle as nlStandingTitle,
  notifyStandingYes as nlStandingYes,
  notifyStart as nlStart,
  notifyTitle as nlTitle,
} from '../../public/_locales/nl/messages.json';
import type { Locale } from './index';

const TEXTS = {
  en: {
    title: enTitle,
    reminder: enReminder,
    body: enBody,
    asked: enAsked,
    start: enStart,
    snooze: enSnooze,
    standingTitle: enStandingTitle,
    standingBody: enStandingBody,
    standingBodyNoButtons: enStandingBodyNoButtons,
    standingYes: enStandingYes,
    standingSitting: enStandingSitting,
  },
  nl: {
    title: nlTitle,
    reminder: nlReminder,
    body: nlBody,
    asked: nlAsked,
    start: nlStart,
    snooze: nlSnooze,
    standingTitle: nlStandingTitle,
    standingBody: nlStandingBody,
    standingBodyNoButtons: nlStandingBodyNoButtons,
    standingYes: nlStandingYes,
    standingSitting: nlStandingSitting,
  },
};

export type NotificationText = keyof (typeof TEXTS)['en'];

export function notificationText(locale: Locale, key: NotificationText, minutes = 0): string {
  return TEXTS[locale][key].message.replace('{minutes}', String(minutes));
}

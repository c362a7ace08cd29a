import type { MenuLabels } from './menu-labels';

export interface AboutPanelOptionsLike {
  applicationName: string;
  applicationVersion: string;
  version: string;
  copyright: string;
  credits: string;
  website: string;
  iconPath?: string;
}

/** "About Copydesk": the name, the version people quote when they report a problem, and the runtime. */
export function aboutPanelOptions(labels: MenuLabels, appVersion: string, electronVersion: string, iconPath?: string): AboutPanelOptionsLike {
  return {
    applicationName: 'Copydesk',
    applicationVersion: appVersion,
    version: `Electron ${electronVersion}`,
    copyright: 'Copyright © 2026 Copydesk',
    credits: labels.aboutCredits,
    website: 'https://copydesk.invalid/',
    ...(iconPath ? { iconPath } : {}),
  };
}

export const INSTALL_COMMAND: string;
export function ensureChromium(options?: { withDutch?: boolean }): string;
export function headlessExtensionArgs(extensionDir: string): string[];

/** Made by scripts/page-messages-plugin.ts: a page's part of one language's `messages.json`. */
declare module 'virtual:balans-messages/*' {
  const messages: Record<string, { message: string }>;
  export default messages;
}

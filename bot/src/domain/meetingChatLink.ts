/**
 * The way back from a list of encounters to the meeting where each one happened: a Teams deep link to the
 * meeting's chat. Microsoft's documented format ("Deep link to Teams chat", section "Deep link to navigate to
 * a chat", learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-teams) is
 * https://teams.microsoft.com/l/chat/<chatId>/conversations, for a chat id of the form 19:…
 * A channel meeting's conversation (19:…@thread.tacv2;messageid=…) is a channel thread, not a chat: no link.
 */

const CHAT_ID = /^19:[^;\s]+@thread\.(v2|skype)$/;

/** The meeting chat's deep link, or undefined when the conversation is not a chat. */
export function meetingChatLink(conversationId: string | undefined): string | undefined {
  if (!conversationId || !CHAT_ID.test(conversationId)) return undefined;
  // Encoded: a meeting chat id may hold "/" and "+" (base64), which would otherwise split the path.
  return `https://teams.microsoft.com/l/chat/${encodeURIComponent(conversationId)}/conversations`;
}

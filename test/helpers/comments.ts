// Normalized comments for service tests: unique message ids per factory (prefix), one viewer per comment
// unless the test names one.
import type { Comment } from '../../shared/model';

export function commentFactory(prefix: string) {
  let seq = 0;
  return (text: string, ts: number, extra: Partial<Comment> = {}): Comment => {
    seq++;
    const userId = extra.userId ?? `u${seq}`;
    return {
      platform: 'douyin',
      msgId: `${prefix}${seq}`,
      roomId: 'r1',
      userId,
      nickname: `观众${extra.userId ? userId : seq}`,
      text,
      channel: 'live',
      kind: 'chat',
      platformTs: null,
      ts,
      ...extra,
    };
  };
}

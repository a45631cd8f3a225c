// Hide / mute (10 min or this show) / flag for the supervisor, on a comment row or a question card.
import type { MessageKey } from '../i18n';
import { viewerKey } from '../../shared/viewers/mute';
import { useT } from '../store';
import { useViewers } from '../viewers/state';
import {
  flagComment,
  hideComment,
  muteViewer,
  unhideComment,
  unmuteViewer,
  type CommentRef,
} from '../viewers/actions';

export interface ModerationControlsProps {
  c: CommentRef;
  hidden: boolean;
  /** On a question card: hiding also dismisses the open question. */
  dismissQuestion?: boolean;
  /** Only the one-click hide / mute (a comment the classifier flagged as ads / abuse / spam). */
  quick?: boolean;
}

export function ModerationControls({ c, hidden, dismissQuestion, quick }: ModerationControlsProps) {
  const t = useT();
  const muted = useViewers((s) => viewerKey(c.platform, c.userId) in s.mutes);
  // Muting from a stream row hides the row too; on a question card the question stays as it is.
  const muteHides = hidden || dismissQuestion ? undefined : c.id;
  const btn = (testid: string, label: MessageKey, onClick: () => void, title?: string, cls = '') => (
    <button
      type="button"
      className={`mod-btn${cls}`}
      data-testid={testid}
      title={title}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      {t(label)}
    </button>
  );
  return (
    <span className="mod-controls" data-testid="mod-controls">
      {hidden
        ? btn('mod-unhide', 'mod.unhide', () => void unhideComment(c))
        : btn(
            'mod-hide',
            dismissQuestion ? 'mod.hideDismiss' : 'mod.hide',
            () => void hideComment(c, { dismissQuestion }),
            t(dismissQuestion ? 'mod.hideDismissHint' : 'mod.hideHint'),
          )}
      {muted
        ? btn('mod-unmute', 'mod.unmute', () => void unmuteViewer(c))
        : btn('mod-mute10', 'mod.mute10', () => void muteViewer(c, 10, muteHides), t('mod.muteHint'))}
      {!quick &&
        !muted &&
        btn('mod-mute-show', 'mod.muteShow', () => void muteViewer(c, null, muteHides), t('mod.muteHint'))}
      {!quick && btn('mod-flag', 'mod.flag', () => void flagComment(c), t('mod.flagHint'), ' flag')}
    </span>
  );
}

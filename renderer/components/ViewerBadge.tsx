// A viewer's nickname with their tags (潜在客户 / 投诉用户 / 老客户 / the team's own) and a mute mark,
// wherever the viewer appears. One click on the nickname opens their history across shows.
import { useShallow } from 'zustand/react/shallow';
import { tagTone } from '../../shared/viewers/tags';
import { viewerKey } from '../../shared/viewers/mute';
import { useT, toast } from '../store';
import { openHistory, useViewerSync, useViewers } from '../viewers/state';
import { addTag } from '../viewers/actions';
import { ensureHistoryDrawer } from './ViewerHistory';

const NO_TAGS: string[] = [];

export interface ViewerBadgeProps {
  platform: string;
  userId: string;
  nickname: string;
  /** Preset tags to propose (e.g. 投诉用户 for an angry / complaint question): one click adds, never automatic. */
  suggest?: readonly string[];
  /** In a 40 px stream row: at most two tags, then "+n". */
  compact?: boolean;
}

export function ViewerBadge({ platform, userId, nickname, suggest, compact }: ViewerBadgeProps) {
  const t = useT();
  useViewerSync();
  const key = viewerKey(platform, userId);
  const tags = useViewers(useShallow((s) => s.tags[key] ?? NO_TAGS));
  const muted = useViewers((s) => key in s.mutes);
  const shown = compact && tags.length > 2 ? tags.slice(0, 2) : tags;
  const more = tags.length - shown.length;
  const proposals = (suggest ?? []).filter((s) => !tags.includes(s));
  return (
    <span className="viewer-badge" data-testid="viewer-badge" data-user-id={userId}>
      <button
        type="button"
        className="nick viewer-nick"
        data-testid="viewer-nick"
        title={t('viewer.open', { nick: nickname })}
        onClick={(e) => {
          e.stopPropagation();
          ensureHistoryDrawer(e.currentTarget);
          openHistory({ platform, userId, nickname });
        }}
      >
        {nickname}
      </button>
      {shown.map((tag) => (
        <span key={tag} className={`vtag vtag-${tagTone(tag)}`} data-testid="viewer-tag">
          {tag}
        </span>
      ))}
      {more > 0 && <span className="vtag vtag-custom">+{more}</span>}
      {muted && (
        <span className="vtag vtag-muted" data-testid="viewer-muted">
          {t('mod.muted')}
        </span>
      )}
      {proposals.map((tag) => (
        <button
          key={tag}
          type="button"
          className="vtag vtag-suggest"
          data-testid="viewer-suggest"
          title={t('viewer.suggestAdd', { tag })}
          onClick={async (e) => {
            e.stopPropagation();
            const err = await addTag({ platform, userId }, tag);
            if (err) toast('error', err);
          }}
        >
          +{tag}?
        </button>
      ))}
    </span>
  );
}

// 助播: the whole comment stream on the left (with moderation: hide, mute, flag), the open questions
// with reply / hand off / dismiss / moderate on the right.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Question } from '../../shared/api';
import { openStage } from '../lib/countdown';
import { run } from '../api/desk';
import { AskCount, TypeBadge } from '../components/Badges';
import { CommentStream } from '../components/CommentStream';
import { Countdown } from '../components/Countdown';
import { InlineForm } from '../components/InlineForm';
import { ReplyBox } from '../components/ReplyBox';
import { stageDescription, stageName } from '../components/StageLabel';
import { ModerationControls } from '../components/ModerationControls';
import { ViewerBadge } from '../components/ViewerBadge';
import { COMPLAINT_TAG } from '../../shared/viewers/tags';
import { useViewers } from '../viewers/state';
import { cohostQueue } from '../store/reducers';
import { tr, useDesk, useT } from '../store';

type Mode = 'reply' | 'handoff' | 'dismiss';

export function CohostPane() {
  const t = useT();
  const queue = useDesk(useShallow((s) => cohostQueue(s.questions)));
  const [editing, setEditing] = useState<{ id: number; mode: Mode } | null>(null);
  return (
    <section className="pane cohost-pane" data-testid="pane-cohost">
      <CommentStream />
      <div className="side">
        <div className="stream-head">
          <h2>{t('cohost.open')}</h2>
          <span className="pane-count">{queue.length}</span>
        </div>
        <div className="side-scroll">
          {queue.length === 0 && <div className="empty">{t('cohost.noOpen')}</div>}
          {queue.map((q) => (
            <CohostCard
              key={q.id}
              q={q}
              mode={editing?.id === q.id ? editing.mode : null}
              setMode={(mode) => setEditing(mode ? { id: q.id, mode } : null)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

function CohostCard({
  q,
  mode,
  setMode,
}: {
  q: Question;
  mode: Mode | null;
  setMode: (m: Mode | null) => void;
}) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const stage = openStage(q.stages, q.complexity === 'complex' ? 'D3' : 'D1') ?? openStage(q.stages);
  const hidden = useViewers((s) => s.hidden[q.commentId] != null);
  // An angry or complaining viewer is proposed as 投诉用户; a person decides.
  const suggest = q.angry || q.type === 'complaint' ? [COMPLAINT_TAG] : undefined;
  return (
    <article
      className={`card q-card${q.complexity === 'complex' ? ' complex' : ''}${q.angry ? ' angry' : ''}`}
      data-testid="cohost-question"
      data-question-id={q.id}
    >
      <div className="card-top">
        <ViewerBadge platform={q.platform} userId={q.userId} nickname={q.nickname} suggest={suggest} />
        <TypeBadge type={q.type} />
        <AskCount n={q.askCount} />
        {q.angry && <span className="flag flag-angry">{t('flag.angry')}</span>}
        <span className="grow" />
        {stage && (
          <span className="stage-tag" title={stageDescription(lang, stage.stage)}>
            <span className="muted small">{stageName(lang, stage)}</span>
            <Countdown stage={stage} />
          </span>
        )}
      </div>
      <div className="card-text" title={q.reasons.join('\n') || undefined}>
        {q.text}
      </div>
      {mode == null ? (
        <div className="card-actions">
          <button
            className={`btn${q.complexity === 'complex' ? '' : ' primary'}`}
            data-testid="cohost-reply"
            onClick={() => setMode('reply')}
          >
            {t('cohost.reply')}
          </button>
          <button
            className={`btn${q.complexity === 'complex' ? ' primary' : ''}`}
            data-testid="cohost-handoff"
            onClick={() => setMode('handoff')}
          >
            {t('host.handoff')}
          </button>
          <button className="btn ghost" data-testid="cohost-dismiss" onClick={() => setMode('dismiss')}>
            {t('cohost.dismiss')}
          </button>
          <span className="grow" />
          <ModerationControls
            c={{ id: q.commentId, platform: q.platform, userId: q.userId, nickname: q.nickname }}
            hidden={hidden}
            dismissQuestion
          />
        </div>
      ) : mode === 'reply' ? (
        <ReplyBox
          testid="form-reply"
          questionType={q.type}
          placeholder={t('cohost.replyPlaceholder')}
          submitLabel={t('cohost.send')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) => {
            if (await run('question:answer', { questionId: q.id, how: 'reply', text }, tr('cohost.replied')))
              setMode(null);
          }}
        />
      ) : mode === 'handoff' ? (
        <InlineForm
          testid="form-handoff"
          allowEmpty
          placeholder={t('cohost.handoffNote')}
          submitLabel={t('host.handoff')}
          onCancel={() => setMode(null)}
          onSubmit={async (note) => {
            if (await run('question:handoff', { questionId: q.id, note }, tr('host.handedOff')))
              setMode(null);
          }}
        />
      ) : (
        <InlineForm
          testid="form-dismiss"
          placeholder={t('cohost.dismissReason')}
          submitLabel={t('cohost.dismiss')}
          onCancel={() => setMode(null)}
          onSubmit={async (reason) => {
            if (await run('question:dismiss', { questionId: q.id, reason }, tr('cohost.dismissed')))
              setMode(null);
          }}
        />
      )}
    </article>
  );
}

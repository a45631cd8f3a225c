// 设置: data sources, response deadlines, classifier rules, service language (服务用语), knowledge base (知识库), alerts — one section at a time.
import { useState } from 'react';
import { useT } from '../store';
import { AlertsSection } from '../settings/AlertsSection';
import { ClassifierSection } from '../settings/ClassifierSection';
import { DeadlinesSection } from '../settings/DeadlinesSection';
import { KnowledgeSection } from '../settings/KnowledgeSection';
import { ServiceSection } from '../settings/ServiceSection';
import { SourcesSection } from '../settings/SourcesSection';

const SECTIONS = {
  sources: SourcesSection,
  deadlines: DeadlinesSection,
  classifier: ClassifierSection,
  service: ServiceSection,
  knowledge: KnowledgeSection,
  alerts: AlertsSection,
} as const;
type SectionId = keyof typeof SECTIONS;
const IDS = Object.keys(SECTIONS) as SectionId[];

/** The section shown last, so coming back to the tab lands where the user left. */
let lastSection: SectionId = 'sources';

export function SettingsPane() {
  const t = useT();
  const [section, setSectionState] = useState<SectionId>(lastSection);
  const setSection = (id: SectionId) => {
    lastSection = id;
    setSectionState(id);
  };
  const Section = SECTIONS[section];
  return (
    <section className="pane settings-pane" data-testid="pane-settings">
      <nav className="settings-nav" role="tablist" aria-orientation="vertical">
        <h1>{t('settings.title')}</h1>
        {IDS.map((id) => (
          <button
            key={id}
            role="tab"
            aria-selected={section === id}
            className={section === id ? 'on' : ''}
            data-testid={`settings-nav-${id}`}
            onClick={() => setSection(id)}
          >
            {t(`settings.nav.${id}`)}
          </button>
        ))}
      </nav>
      <div className="settings-body">
        <Section />
      </div>
    </section>
  );
}

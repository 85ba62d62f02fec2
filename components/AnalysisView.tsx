import { ArticleCard } from '@/components/ArticleCard';
import { EntityList } from '@/components/EntityList';
import { SourcesSection } from '@/components/SourcesSection';
import { useT } from '@/hooks/i18n-context';
import type { Analysis, Entity, Quote } from '@/utils/analysis/types';

export interface AnalysisViewProps {
  analysis: Analysis;
  seenElsewhere?: Map<string, number>;
  onSelectEntity?: (entity: Entity) => void;
  onSelectQuote?: (quote: Quote) => void;
}

export function AnalysisView({ analysis, seenElsewhere, onSelectEntity, onSelectQuote }: AnalysisViewProps) {
  const t = useT();
  return (
    <>
      <ArticleCard metadata={analysis.metadata} />
      <section aria-labelledby="entities-heading">
        <h2 id="entities-heading">{t.t('entities')}</h2>
        <EntityList entities={analysis.entities} seenElsewhere={seenElsewhere} onSelect={onSelectEntity} />
      </section>
      <SourcesSection analysis={analysis} onSelectQuote={onSelectQuote} />
    </>
  );
}

import { useT } from '@/hooks/i18n-context';
import type { Entity, EntityType } from '@/utils/analysis/types';
import { entityKey } from '@/utils/db/entity-key';
import type { MessageKey } from '@/utils/i18n/translate';

const ORDER: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

export interface EntityListProps {
  entities: Entity[];
  /** Articles elsewhere in the history that mention each entity, by entity key. */
  seenElsewhere?: Map<string, number>;
  onSelect?: (entity: Entity) => void;
}

export function EntityList({ entities, seenElsewhere, onSelect }: EntityListProps) {
  const t = useT();
  if (entities.length === 0) return <p className="muted">{t.t('noEntities')}</p>;
  return (
    <div className="entity-groups" data-testid="entities">
      {ORDER.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`entities-${type}`} data-entity-type={type}>
            <h3 id={`entities-${type}`}>
              {t.t(`type${type}` as MessageKey)} <span className="count">{t.number(group.length)}</span>
            </h3>
            <ul className="entity-list">
              {group.map((entity) => (
                <EntityItem key={entityKey(entity)} entity={entity} seen={seenElsewhere?.get(entityKey(entity)) ?? 0} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function EntityItem({ entity, seen, onSelect }: { entity: Entity; seen: number; onSelect?: (entity: Entity) => void }) {
  const t = useT();
  const name = <bdi className="entity-name" data-testid="entity-name">{entity.name}</bdi>;
  return (
    <li className="entity">
      {onSelect ? (
        <button type="button" className="link" onClick={() => onSelect(entity)} title={t.t('highlightHint')}>
          {name}
        </button>
      ) : (
        name
      )}{' '}
      <span className="count" title={t.t('mentionCount', entity.mentions.length)}>
        ×{t.number(entity.mentions.length)}
      </span>
      {entity.role && (
        <span className="role" data-testid="entity-role">
          {' · '}
          <bdi>{entity.role}</bdi>
        </span>
      )}
      {entity.aliases.length > 0 && (
        <span className="muted aliases">
          {' · '}
          {t.t('alsoCalled', '')}
          <bdi>{entity.aliases.join('، ')}</bdi>
        </span>
      )}
      {seen > 0 && <span className="seen">{t.plural('seenBefore', seen)}</span>}
    </li>
  );
}

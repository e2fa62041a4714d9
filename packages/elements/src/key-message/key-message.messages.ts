import type {KeyMessageKind} from '@mwfa/data';
import type {UiLocale} from '../internal/locale.js';

/** Words of `<mwfa-key-message>` only, in the six UN languages (kept out of the other elements). */
export interface KeyMessageWords {
  section: string;
  kind: Record<KeyMessageKind, string>;
  relatedFigures: string;
  noMessage: string;
}

export const keyMessageWords: Record<UiLocale, KeyMessageWords> = {
  en: {
    section: 'section',
    kind: {
      call: 'Call',
      warning: 'Warning',
      recommendation: 'Recommendation',
      commitment: 'Commitment',
      finding: 'Finding',
    },
    relatedFigures: 'Related figures',
    noMessage: 'Message not available',
  },
  fr: {
    section: 'section',
    kind: {
      call: 'Appel',
      warning: 'Mise en garde',
      recommendation: 'Recommandation',
      commitment: 'Engagement',
      finding: 'Constat',
    },
    relatedFigures: 'Chiffres associés',
    noMessage: 'Message non disponible',
  },
  es: {
    section: 'sección',
    kind: {
      call: 'Llamamiento',
      warning: 'Advertencia',
      recommendation: 'Recomendación',
      commitment: 'Compromiso',
      finding: 'Conclusión',
    },
    relatedFigures: 'Cifras relacionadas',
    noMessage: 'Mensaje no disponible',
  },
  ru: {
    section: 'раздел',
    kind: {
      call: 'Призыв',
      warning: 'Предупреждение',
      recommendation: 'Рекомендация',
      commitment: 'Обязательство',
      finding: 'Вывод',
    },
    relatedFigures: 'Связанные показатели',
    noMessage: 'Сообщение недоступно',
  },
  ar: {
    section: 'القسم',
    kind: {
      call: 'دعوة',
      warning: 'تحذير',
      recommendation: 'توصية',
      commitment: 'التزام',
      finding: 'استنتاج',
    },
    relatedFigures: 'أرقام ذات صلة',
    noMessage: 'الرسالة غير متوفرة',
  },
  zh: {
    section: '章节',
    kind: {
      call: '呼吁',
      warning: '警示',
      recommendation: '建议',
      commitment: '承诺',
      finding: '结论',
    },
    relatedFigures: '相关数据',
    noMessage: '信息不可用',
  },
};

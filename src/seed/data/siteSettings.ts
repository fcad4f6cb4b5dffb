import type { Localized } from '../types'

export const siteSettings: { shortName: string; organisationName: Localized; tagline: Localized; logoAlt: Localized } = {
  shortName: 'IMADR',
  organisationName: {
    en: 'International Movement Against All Forms of Discrimination and Racism',
    ja: '反差別国際運動',
    es: 'Movimiento Internacional contra Todas las Formas de Discriminación y Racismo',
  },
  tagline: {
    en: 'A Tokyo-based international human-rights organisation working against trafficking, exploitative migration and discrimination, with committees in Asia, Latin America and Japan.',
    ja: '東京を拠点とする国際人権NGOです。アジア、ラテンアメリカ、日本の委員会とともに、人身取引、搾取的な移住、差別の問題に取り組んでいます。',
    es: 'Organización internacional de derechos humanos con sede en Tokio que trabaja contra la trata de personas, la migración en condiciones de explotación y la discriminación, con comités en Asia, América Latina y Japón.',
  },
  logoAlt: {
    en: 'IMADR logo: a white light with two rings on blue',
    ja: '反差別国際運動のロゴ（青地に白い光と二重の輪）',
    es: 'Logotipo del IMADR: una luz blanca con dos anillos sobre fondo azul',
  },
}

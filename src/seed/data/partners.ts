import type { PartnerSeed } from '../types'

// WOCON and JNATIP are the partners named on the focus-area page; the other
// organisations are fictional examples, and every website points at example.org.
export const partners: PartnerSeed[] = [
  {
    slug: 'wocon',
    acronym: 'WOCON',
    country: 'NG',
    website: 'https://example.org/partners/wocon',
    name: {
      en: 'Women’s Consortium of Nigeria',
      ja: 'ナイジェリア女性コンソーシアム',
      es: 'Consorcio de Mujeres de Nigeria',
    },
    description: {
      en: 'A Nigerian organisation devoted to the welfare of women and children affected by violence and trafficking. It works above all on prevention, raising awareness through workshops, the media and public campaigns. IMADR supports its campaign against the trafficking and exploitation of women and children.',
      ja: '暴力や人身売買の被害を受けた女性と子どもの支援に取り組むナイジェリアの団体です。特に予防に力を入れ、ワークショップやメディア、さまざまな啓発活動を通じて問題への理解を広げています。IMADRは、女性と子どもの人身売買と搾取に反対するWOCONのキャンペーンを支援しています。',
      es: 'Organización nigeriana dedicada al bienestar de las mujeres y los niños afectados por la violencia y la trata. Trabaja sobre todo en la prevención y la sensibilización mediante talleres, medios de comunicación y campañas públicas. El IMADR apoya su campaña contra la trata y la explotación de mujeres y niños.',
    },
    focusAreas: ['human-trafficking-and-exploitative-migration'],
  },
  {
    slug: 'jnatip',
    acronym: 'JNATIP',
    country: 'JP',
    website: 'https://example.org/partners/jnatip',
    name: {
      en: 'Japan Network Against Trafficking in Persons',
      ja: '人身売買禁止ネットワーク',
      es: 'Red Japonesa contra la Trata de Personas',
    },
    description: {
      en: 'A nationwide network of Japanese NGOs, researchers and support groups working to end human trafficking in Japan. IMADR’s Japan Committee has belonged to it from the start, and the two hold an annual policy dialogue with the Government of Japan.',
      ja: '日本国内の人身売買の根絶をめざすNGO、研究者、支援団体の全国ネットワークです。IMADR日本委員会は結成時から参加しており、毎年共同で日本政府との政策対話を行っています。',
      es: 'Red nacional de ONG, especialistas y grupos de apoyo que trabajan para erradicar la trata de personas en Japón. El Comité de Japón del IMADR forma parte de ella desde su fundación, y ambas organizaciones mantienen un diálogo anual sobre políticas con el Gobierno de Japón.',
    },
    focusAreas: ['human-trafficking-and-exploitative-migration', 'migrant-workers-rights'],
  },
  {
    slug: 'south-asia-safe-migration-network',
    acronym: 'SASMN',
    country: 'NP',
    website: 'https://example.org/partners/south-asia-safe-migration-network',
    name: {
      en: 'South Asia Safe Migration Network',
      ja: '南アジア安全な移住ネットワーク',
      es: 'Red de Asia Meridional por una Migración Segura',
    },
    description: {
      en: 'A network of community organisations in Nepal, India and Bangladesh that give pre-departure advice to prospective migrants and help returnees who have faced abuse. It works with the Asia Committee on safe-migration materials and on care standards for survivors.',
      ja: 'ネパール、インド、バングラデシュの地域団体によるネットワークで、これから海外へ働きに出る人々への出国前の助言や、虐待を受けて帰国した人々の支援を行っています。アジア委員会とともに、安全な移住のための教材や被害者ケアの指針づくりに取り組んでいます。',
      es: 'Red de organizaciones comunitarias de Nepal, la India y Bangladés que asesora antes de la partida a quienes piensan emigrar y acompaña a las personas que regresan tras sufrir abusos. Colabora con el Comité de Asia en materiales de migración segura y en pautas de atención a sobrevivientes.',
    },
    focusAreas: ['human-trafficking-and-exploitative-migration', 'migrant-workers-rights'],
  },
  {
    slug: 'red-ecumenica-de-mujeres',
    country: 'AR',
    website: 'https://example.org/partners/red-ecumenica-de-mujeres',
    name: {
      en: 'Ecumenical Women’s Network for Rights',
      ja: '権利のためのエキュメニカル女性ネットワーク',
      es: 'Red Ecuménica de Mujeres por los Derechos',
    },
    description: {
      en: 'A network of women’s groups in Catholic and Protestant congregations across Argentina. It co-hosts the Latin American Base’s workshops on trafficking and helps women in parishes and neighbourhoods recognise and report recruitment for exploitation.',
      ja: 'アルゼンチン各地のカトリック・プロテスタント教会の女性グループによるネットワークです。ラテンアメリカ・ベースの人身売買に関するワークショップを共催し、教区や地域の女性たちが搾取を目的とした勧誘に気づき、通報できるよう支えています。',
      es: 'Red de grupos de mujeres de congregaciones católicas y evangélicas de toda la Argentina. Coorganiza los talleres sobre trata de la Base Latinoamericana y ayuda a las mujeres de parroquias y barrios a reconocer y denunciar la captación con fines de explotación.',
    },
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
  },
  {
    slug: 'kansai-migrant-solidarity-network',
    country: 'JP',
    website: 'https://example.org/partners/kansai-migrant-solidarity-network',
    name: {
      en: 'Kansai Migrant Solidarity Network',
      ja: '関西移住者連帯ネットワーク',
      es: 'Red de Solidaridad con las Personas Migrantes de Kansai',
    },
    description: {
      en: 'A network of labour unions, community centres and volunteer interpreters in the Kansai region that offers consultations to migrant workers and technical interns. It works with the Japan Committee on casework and on training for local officials.',
      ja: '関西地域の労働組合、地域の支援拠点、ボランティア通訳によるネットワークで、移住労働者や技能実習生からの相談に応じています。日本委員会とともに、個別の相談支援や自治体職員向けの研修に取り組んでいます。',
      es: 'Red de sindicatos, centros comunitarios e intérpretes voluntarios de la región de Kansai que atiende consultas de trabajadores migrantes y pasantes técnicos. Colabora con el Comité de Japón en la atención de casos y en la capacitación de funcionarios locales.',
    },
    focusAreas: ['migrant-workers-rights', 'racism-and-multiple-discrimination'],
  },
]

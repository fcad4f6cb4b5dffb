import type { CommitteeSeed } from '../types'

export const committees: CommitteeSeed[] = [
  {
    code: 'AC',
    slug: 'asia-committee',
    region: 'south-asia',
    name: { en: 'Asia Committee', ja: 'アジア委員会', es: 'Comité de Asia' },
    description: {
      en: 'Based in Kathmandu, the Asia Committee works with NGOs across South Asia on safe migration and the protection of people who have been trafficked. Together with regional partners it has drafted South Asian safe-migration policies, manuals on the care and protection of trafficking survivors and educational materials on migration, and it campaigns for a mechanism to monitor how the SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution is put into practice.',
      ja: 'カトマンズを拠点に、南アジア各地のNGOと連携して、安全な移住と人身売買被害者の保護に取り組んでいます。地域のパートナー団体とともに、南アジアにおける安全な移住のための政策提言や、被害者のケアと保護のためのマニュアル、移住に関する教材を作成してきました。また、「売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約」が確実に履行されるよう、その実施状況を監視する仕組みの創設を求めています。',
      es: 'Con sede en Katmandú, el Comité de Asia trabaja con ONG de toda Asia meridional en favor de una migración segura y de la protección de las personas víctimas de trata. Junto con organizaciones de la región ha elaborado políticas de migración segura para Asia meridional, manuales para la atención y protección de sobrevivientes de trata y materiales educativos sobre migración. Además, reclama un mecanismo que vigile la aplicación de la Convención de la SAARC sobre la Prevención y la Lucha contra la Trata de Mujeres y Niños con Fines de Prostitución.',
    },
    focusAreas: [
      'human-trafficking-and-exploitative-migration',
      'migrant-workers-rights',
      'racism-and-multiple-discrimination',
    ],
    contacts: ['sunita-shrestha', 'anil-gurung'],
  },
  {
    code: 'LAB',
    slug: 'latin-american-base',
    region: 'latin-america',
    name: { en: 'Latin American Base', ja: 'ラテンアメリカ・ベース', es: 'Base Latinoamericana' },
    description: {
      en: 'From Buenos Aires, the Latin American Base works with NGOs and church groups on trafficking in women in Argentina and the wider region. It carried out a fact-finding survey on trafficking in women in Argentina, published as a Spanish-language report, and it runs a regular programme of workshops on trafficking together with church communities and women’s organisations.',
      ja: 'ブエノスアイレスを拠点に、NGOや教会グループと協力して、アルゼンチンをはじめとする中南米地域の女性の人身売買に取り組んでいます。アルゼンチンにおける女性の人身売買の実態調査を行い、その結果をスペイン語の報告書として発表しました。また、教会のコミュニティや女性団体と共同で、人身売買をテーマとするワークショップを定期的に開いています。',
      es: 'Desde Buenos Aires, la Base Latinoamericana trabaja junto a ONG y grupos eclesiales sobre la trata de mujeres en la Argentina y en la región. Realizó una investigación de campo sobre la trata de mujeres en la Argentina, cuyo informe se publicó en castellano, y organiza de manera periódica talleres sobre trata en conjunto con comunidades de fe y organizaciones de mujeres.',
    },
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
    contacts: ['lucia-fernandez', 'mateo-quiroga'],
  },
  {
    code: 'JC',
    slug: 'japan-committee',
    region: 'japan',
    name: { en: 'Japan Committee', ja: '日本委員会', es: 'Comité de Japón' },
    description: {
      en: 'The Japan Committee has been a member of the Japan Network Against Trafficking in Persons (JNATIP) since the network was founded. Each year the two organise a meeting with the Government of Japan to exchange information on anti-trafficking policies and programmes, pressing the government to take fuller responsibility: a hotline in several languages, wider criteria for recognising victims and a dedicated service desk. The committee also follows the situation of migrant workers in Japan, including those in the Technical Intern Training Program.',
      ja: '日本委員会は、人身売買禁止ネットワーク（JNATIP）の結成当初からその一員として活動しています。毎年JNATIPと共同で日本政府との意見交換会を開き、人身売買対策に関する政策や施策について情報を交わしながら、多言語で対応するホットラインの開設、被害者認定の要件の拡大、専門の相談窓口の設置など、政府がより大きな責任を果たすよう働きかけています。技能実習生を含む、日本で働く移住労働者の状況にも目を配っています。',
      es: 'El Comité de Japón integra la Red Japonesa contra la Trata de Personas (JNATIP) desde su creación. Cada año, ambas organizaciones celebran una reunión con el Gobierno de Japón para intercambiar información sobre las políticas y los programas contra la trata, y le exigen que asuma una mayor responsabilidad: una línea de ayuda en varios idiomas, criterios más amplios para reconocer a las víctimas y una ventanilla de atención especializada. El comité sigue también la situación de las personas trabajadoras migrantes en Japón, incluidas las del Programa de Formación de Pasantes Técnicos.',
    },
    focusAreas: [
      'human-trafficking-and-exploitative-migration',
      'migrant-workers-rights',
      'racism-and-multiple-discrimination',
    ],
    contacts: ['haruka-mori', 'takeshi-ogawa'],
  },
]

import type { FocusAreaSeed } from '../types'

export const focusAreas: FocusAreaSeed[] = [
  {
    slug: 'human-trafficking-and-exploitative-migration',
    displayOrder: 1,
    heroImage: 'hero-trafficking',
    title: {
      en: 'Human Trafficking and Exploitative Migration',
      ja: '人身売買と搾取的な移住',
      es: 'Trata de personas y migración en condiciones de explotación',
    },
    summary: {
      en: 'Many of the people who cross borders in search of a better life, or to escape oppression, are exploited on the way or where they arrive. IMADR treats trafficking, the most extreme form of that exploitation, as a product of poverty, inequality and layered discrimination, and works on it at the United Nations and through its regional committees and partners.',
      ja: 'よりよい暮らしを求めて、あるいは抑圧から逃れるために国境を越える人々の多くが、その途上や移住先で搾取にさらされています。IMADRは、その最も深刻な形である人身売買を、貧困や格差、幾重にも重なる差別が生み出す問題と捉え、国連の場で、また各地域の委員会やパートナー団体とともに取り組んでいます。',
      es: 'Muchas de las personas que cruzan fronteras en busca de una vida mejor, o para huir de la opresión, sufren explotación en el camino o en el país de destino. El IMADR entiende la trata, la forma más extrema de esa explotación, como fruto de la pobreza, la desigualdad y la discriminación múltiple, y trabaja sobre ella en las Naciones Unidas y a través de sus comités regionales y organizaciones aliadas.',
    },
    body: {
      en: [
        { type: 'heading', text: 'Why people move, and why they are exploited' },
        {
          type: 'paragraph',
          text: 'A global economy shaped by neo-liberal policies has deepened the divide between North and South. A steady stream of women and men leave their countries as a result, hoping for a better life or fleeing different forms of oppression. Many of them meet exploitation on the journey itself, and again in the countries where they arrive.',
        },
        {
          type: 'paragraph',
          text: 'Human trafficking is the most visible form of this exploitative migration. It is often described as a contemporary form of slavery, and it goes hand in hand with grave violations of human rights.',
        },
        { type: 'heading', text: 'Our work at the United Nations' },
        {
          type: 'paragraph',
          text: 'IMADR holds consultative status with the UN Economic and Social Council (ECOSOC). We use it to press for international standards that protect the human rights of trafficked women and children.',
        },
        {
          type: 'paragraph',
          text: 'We also bring information from the ground to the UN Special Rapporteurs on trafficking in persons, on violence against women and on the human rights of migrants, so that the problem is examined from several angles rather than through a single lens.',
        },
        { type: 'heading', text: 'Partners in the regions' },
        {
          type: 'paragraph',
          text: 'Beyond our committees in Asia, Latin America and Japan, we support partners such as the Women’s Consortium of Nigeria (WOCON). Nigeria is a country of origin for women and children trafficked to Europe for sexual exploitation, domestic work and child labour, and Nigerian women account for a large share of the African victims of trafficking in Europe. Inside the country, great numbers of children are trafficked into domestic work, a problem that still receives little response. WOCON concentrates on prevention, reaching people through workshops, the media and public awareness activities.',
        },
      ],
      ja: [
        { type: 'heading', text: '人はなぜ移動し、なぜ搾取されるのか' },
        {
          type: 'paragraph',
          text: '新自由主義的な政策のもとで進んだ経済のグローバル化は、南北の格差をいっそう広げました。その結果、よりよい暮らしを求めて、あるいはさまざまな抑圧から逃れるために、国境を越えて祖国を離れる女性や男性が後を絶ちません。その多くが、移動の途上で、そして移住先の国で、さまざまな搾取にさらされています。',
        },
        {
          type: 'paragraph',
          text: 'こうした搾取的な移住の中で最も顕著な形が、人身売買です。しばしば「現代の奴隷制」とも呼ばれる人身売買には、深刻な人権侵害が伴います。',
        },
        { type: 'heading', text: '国連での取り組み' },
        {
          type: 'paragraph',
          text: 'IMADRは、国連経済社会理事会（ECOSOC）との協議資格を持つNGOとして、人身売買の被害を受けた女性と子どもの人権を守るための国際基準づくりに向けた働きかけを続けています。',
        },
        {
          type: 'paragraph',
          text: 'また、人身売買、女性に対する暴力、移住者の人権をそれぞれ担当する国連特別報告者に対し、現場で起きていることについての情報を提供してきました。問題が一つの視点だけでなく、さまざまな角度から検討されるようにするためです。',
        },
        { type: 'heading', text: '各地域のパートナーとともに' },
        {
          type: 'paragraph',
          text: 'アジア、ラテンアメリカ、日本の各委員会による活動に加え、IMADRはナイジェリア女性コンソーシアム（WOCON）などのパートナー団体を支援しています。ナイジェリアは、性的搾取や家事労働、児童労働を目的としてヨーロッパへ送られる女性と子どもの送り出し国であり、ヨーロッパにおけるアフリカ出身の人身売買被害者の多くをナイジェリアの女性が占めています。国内でも、家事労働のために売買される子どもは膨大な数にのぼりますが、十分な対策はとられていません。WOCONは予防に重点を置き、ワークショップやメディア、さまざまな啓発活動を通じて問題を伝えています。',
        },
      ],
      es: [
        { type: 'heading', text: 'Por qué las personas migran y por qué son explotadas' },
        {
          type: 'paragraph',
          text: 'Una economía mundial moldeada por políticas neoliberales ha ahondado la brecha entre el Norte y el Sur. Como consecuencia, un flujo constante de mujeres y hombres deja su país con la esperanza de una vida mejor o para escapar de distintas formas de opresión. Muchas de esas personas sufren explotación durante el trayecto y, de nuevo, en los países a los que llegan.',
        },
        {
          type: 'paragraph',
          text: 'La trata de personas es la forma más visible de esta migración en condiciones de explotación. Suele describirse como una forma contemporánea de esclavitud y va acompañada de graves violaciones de los derechos humanos.',
        },
        { type: 'heading', text: 'Nuestro trabajo en las Naciones Unidas' },
        {
          type: 'paragraph',
          text: 'El IMADR es una organización reconocida como entidad consultiva ante el Consejo Económico y Social de las Naciones Unidas (ECOSOC). Desde ese lugar impulsa normas internacionales que protejan los derechos humanos de las mujeres, las niñas y los niños víctimas de trata.',
        },
        {
          type: 'paragraph',
          text: 'Además, hacemos llegar información sobre lo que ocurre sobre el terreno a las relatorías especiales de la ONU sobre la trata de personas, sobre la violencia contra la mujer y sobre los derechos humanos de los migrantes, para que el problema se analice desde distintos ángulos y no desde una sola mirada.',
        },
        { type: 'heading', text: 'Aliadas en las regiones' },
        {
          type: 'paragraph',
          text: 'Además del trabajo de nuestros comités en Asia, América Latina y Japón, apoyamos a organizaciones aliadas como el Consorcio de Mujeres de Nigeria (WOCON). Nigeria es país de origen de mujeres, niñas y niños llevados a Europa con fines de explotación sexual, trabajo doméstico y trabajo infantil, y las mujeres nigerianas representan una gran proporción de las víctimas africanas de trata en Europa. Dentro del país, muchísimos niños y niñas son sometidos a trata para el trabajo doméstico, un problema que sigue sin recibir respuesta. WOCON se centra en la prevención mediante talleres, los medios de comunicación y actividades de sensibilización pública.',
        },
      ],
    },
    stance: [
      {
        heading: {
          en: 'Trafficking as multiple discrimination against minority women',
          ja: '人身売買を、マイノリティ女性に対する複合差別の表れとして捉える',
          es: 'La trata como expresión de la discriminación múltiple contra las mujeres de minorías',
        },
        text: {
          en: 'Trafficking grows out of discrimination on several grounds at once — gender, poverty, racism, ethnic origin, nationality — that combine and reinforce one another. A considerable share of trafficked people, particularly women and children, come from minority groups that already face discrimination, and racism in the countries they are taken to often stands between them and an effective remedy for the exploitation and abuse they have suffered.',
          ja: '人身売買は、ジェンダー、貧困、人種主義、民族的出身、国籍など、さまざまな理由にもとづく差別が重なり合い、絡み合った結果として生じています。被害者、とりわけ女性と子どもの少なからぬ割合が、差別を受けているマイノリティ集団の出身です。そして移住先の国での人種差別が、受けた搾取や人権侵害に対する実効的な救済を求める妨げとなっていることも少なくありません。',
          es: 'La trata nace de discriminaciones por distintos motivos —género, pobreza, racismo, origen étnico, nacionalidad— que se suman y se refuerzan entre sí. Una parte considerable de las personas tratadas, sobre todo mujeres y menores de edad, pertenece a minorías que ya sufren discriminación, y el racismo en los países de destino suele impedirles obtener una reparación efectiva por la explotación y las violaciones de derechos que padecieron.',
        },
      },
      {
        heading: {
          en: 'Common ground among activists who disagree on prostitution',
          ja: '売春をめぐって立場の異なる活動家をつなぐ',
          es: 'Tender puentes entre activistas con posiciones distintas sobre la prostitución',
        },
        text: {
          en: 'Activists have long been divided on prostitution. Some hold that all prostitution is sexual exploitation and therefore a violation of women’s human rights; others argue that sex work should be recognised as a right and treated separately from trafficking. IMADR has brought people from both positions to the same table, so that they can work together towards the goal they share: ending human trafficking.',
          ja: '売春をめぐっては、活動家の間に大きく二つの立場があります。「すべての売春は性的搾取であり、女性の人権侵害である」とする立場と、「セックスワークは権利として認められるべきであり、売春の問題は人身売買とは切り分けて考えるべきだ」とする立場です。IMADRは、両方の立場の人々が同じテーブルにつき、人身売買の根絶という共通の目標に向けて協力できるよう努めてきました。',
          es: 'En torno a la prostitución, el activismo ha estado dividido. Hay quienes sostienen que toda prostitución es explotación sexual y, por lo tanto, una violación de los derechos humanos de las mujeres, y quienes defienden que el trabajo sexual debe reconocerse como un derecho y tratarse por separado de la trata. El IMADR ha procurado sentar a ambas partes a la misma mesa para que trabajen juntas hacia el objetivo que comparten: acabar con la trata de personas.',
        },
      },
      {
        heading: {
          en: 'Solutions beyond prosecution and tighter border control',
          ja: '取り締まりや入国管理の強化にとどまらない解決を求める',
          es: 'Soluciones más allá de la persecución penal y el control migratorio',
        },
        text: {
          en: 'Many governments, and the UN itself, have answered trafficking mainly by prosecuting and punishing traffickers or by tightening immigration control. These measures may help in some respects, but they can also push trafficking further out of sight and deepen the exploitation of undocumented migrants. We believe there is no lasting solution unless we confront and change the structures that produce exploitative migration in the first place: the North–South gap widened by neo-liberal globalisation, and the many layers of discrimination.',
          ja: '近年、多くの国の政府や国連は、人身売買対策として加害者の訴追・処罰や入国管理の厳格化を進めてきました。こうした措置は一定の効果を持ちうる一方で、人身売買をいっそう見えにくくし、非正規滞在の移住者に対する搾取をかえって深刻にするおそれがあります。搾取的な移住を生み出している社会構造、すなわち新自由主義的なグローバル化によって拡大した南北格差と、幾重にも重なる差別に向き合い、それを変えていかない限り、根本的な解決はありえないと私たちは考えています。',
          es: 'En los últimos años, muchos gobiernos y la propia ONU han respondido a la trata sobre todo con el procesamiento y castigo de los tratantes o con controles migratorios más estrictos. Estas medidas pueden ser útiles en algunos aspectos, pero también pueden volver la trata todavía menos visible y agravar la explotación de las personas migrantes indocumentadas. Creemos que no habrá una solución de fondo sin enfrentar y transformar las estructuras que dan origen a la migración en condiciones de explotación: la brecha entre el Norte y el Sur, ahondada por la globalización neoliberal, y las múltiples capas de discriminación.',
        },
      },
    ],
    activities: [
      {
        committee: 'AC',
        text: {
          en: 'Working with other NGOs in the region, the Asia Committee has developed South Asian safe-migration policies, manuals on the care and protection of trafficking survivors, and educational materials on migration. It calls for a mechanism to monitor the full implementation of the Convention on Preventing and Combating Trafficking in Women and Children for Prostitution adopted by the South Asian Association for Regional Cooperation (SAARC).',
          ja: 'アジア委員会は、地域の他のNGOと協力して、南アジアにおける安全な移住のための政策、人身売買被害者のケアと保護のためのマニュアル、移住に関する教材を作成してきました。また、南アジア地域協力連合（SAARC）が採択した「売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約」の完全な履行を監視する仕組みの創設を求めています。',
          es: 'En colaboración con otras ONG de la región, el Comité de Asia ha elaborado políticas de migración segura para Asia meridional, manuales para la atención y protección de sobrevivientes de trata y materiales educativos sobre migración. Además, pide que se cree un mecanismo que vigile la plena aplicación de la Convención sobre la Prevención y la Lucha contra la Trata de Mujeres y Niños con Fines de Prostitución, adoptada por la Asociación de Asia Meridional para la Cooperación Regional (SAARC).',
        },
      },
      {
        committee: 'LAB',
        text: {
          en: 'Together with other NGOs and church groups, the Latin American Base carried out a fact-finding survey on trafficking in women in Argentina and published its findings in Spanish. It also holds regular workshops on trafficking with church and women’s groups.',
          ja: 'ラテンアメリカ・ベースは、他のNGOや教会グループと協力してアルゼンチンにおける女性の人身売買の実態調査を行い、その結果をスペイン語の報告書にまとめました。また、教会グループや女性団体と共同で、人身売買をテーマとするワークショップを定期的に開いています。',
          es: 'Junto con otras ONG y grupos eclesiales, la Base Latinoamericana llevó adelante una investigación de campo sobre la trata de mujeres en la Argentina y publicó sus resultados en castellano. Además, organiza con regularidad talleres sobre trata junto con grupos de iglesias y de mujeres.',
        },
      },
      {
        committee: 'JC',
        text: {
          en: 'The Japan Committee has been part of the Japan Network Against Trafficking in Persons (JNATIP) since it was formed. Every year the two organise a meeting with the Government of Japan to exchange views and information on anti-trafficking policies and programmes, and they have urged the government to take greater responsibility — for example by setting up a multilingual hotline, widening the conditions under which people are recognised as victims, and creating a specialised service desk.',
          ja: '日本委員会は、人身売買禁止ネットワーク（JNATIP）の結成時からのメンバーです。毎年JNATIPと共同で日本政府との会合を開き、人身売買に関する政策や施策について意見と情報を交換しています。その中で、多言語対応のホットラインの設置、被害者として認定される要件の拡大、専門の相談窓口の設置などを通じて、日本における人身売買の根絶に政府がより責任を持って取り組むよう求めてきました。',
          es: 'El Comité de Japón forma parte de la Red Japonesa contra la Trata de Personas (JNATIP) desde su creación. Todos los años, ambas organizaciones convocan una reunión con el Gobierno de Japón para intercambiar opiniones e información sobre las políticas y los programas contra la trata, y le han pedido que asuma una mayor responsabilidad, por ejemplo, con una línea de ayuda multilingüe, criterios más amplios para reconocer a las víctimas y una ventanilla de atención especializada.',
        },
      },
    ],
    partners: ['wocon', 'jnatip', 'south-asia-safe-migration-network', 'red-ecumenica-de-mujeres'],
    relatedMaterials: [
      {
        title: {
          en: 'SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution (full text)',
          ja: '売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約（全文・英語）',
          es: 'Convención de la SAARC sobre la Prevención y la Lucha contra la Trata de Mujeres y Niños con Fines de Prostitución (texto completo, en inglés)',
        },
        link: 'https://example.org/materials/saarc-convention.pdf',
      },
      {
        title: {
          en: 'Trafficking in women in Argentina: fact-finding survey report (in Spanish)',
          ja: 'アルゼンチンにおける女性の人身売買：実態調査報告書（スペイン語）',
          es: 'La trata de mujeres en la Argentina: informe de la investigación de campo',
        },
        link: 'https://example.org/materials/lab-trata-de-mujeres-argentina.pdf',
      },
      {
        title: {
          en: 'Moving Safely: a manual for community workers in South Asia',
          ja: '安全に移住するために：南アジアの地域支援者のためのマニュアル',
          es: 'Migrar con seguridad: manual para agentes comunitarios de Asia meridional',
        },
        link: 'https://example.org/materials/safe-migration-manual.pdf',
      },
      {
        title: {
          en: 'Summary of the annual NGO–government dialogue on trafficking in Japan',
          ja: '人身売買に関するNGOと日本政府の年次意見交換会：概要報告',
          es: 'Resumen del diálogo anual entre las ONG y el Gobierno de Japón sobre la trata',
        },
        link: 'https://example.org/materials/jc-government-dialogue-summary.pdf',
      },
    ],
  },
  {
    slug: 'migrant-workers-rights',
    displayOrder: 2,
    heroImage: 'hero-workers',
    title: {
      en: 'Migrant Workers’ Rights',
      ja: '移住労働者の権利',
      es: 'Derechos de las personas trabajadoras migrantes',
    },
    summary: {
      en: 'Migrant workers keep whole economies running, yet many of them work without the protection that labour law gives everyone else. IMADR calls for safe and legal migration routes, fair recruitment and equal rights at work, whatever a worker’s nationality or residence status.',
      ja: '移住労働者は経済を支える存在でありながら、その多くが、本来すべての人に及ぶべき労働法の保護の外に置かれています。IMADRは、国籍や在留資格にかかわらず、安全で正規の移住ルート、公正な募集・採用、職場における平等な権利が保障されるよう求めています。',
      es: 'Las personas trabajadoras migrantes sostienen economías enteras, pero muchas trabajan sin la protección que la legislación laboral otorga al resto. El IMADR reclama vías de migración seguras y legales, contratación equitativa e igualdad de derechos en el trabajo, cualquiera sea la nacionalidad o la situación migratoria de cada persona.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Demand for labour in care, construction, farming, factories and private homes draws people across borders every year. When the legal routes open to them are few, expensive or tied to a single employer, workers end up dependent on brokers and employers — and debt, confiscated documents and unpaid wages follow.',
        },
        {
          type: 'paragraph',
          text: 'IMADR starts from the experience of migrant workers and the groups that support them: in South Asia, where many prepare to leave for the Gulf and Southeast Asia; in Argentina, which receives women and men from neighbouring countries; and in Japan, where the Technical Intern Training Program has drawn repeated criticism from UN human rights bodies and is being replaced by a new system.',
        },
        { type: 'heading', text: 'What we ask of governments' },
        {
          type: 'list',
          items: [
            'Labour law protection for every worker, including in domestic work and other informal sectors.',
            'Recruitment without fees charged to workers, and real accountability for brokers and employers.',
            'The right to change employer and to leave an abusive job without losing one’s residence status.',
            'Complaint mechanisms that are independent, multilingual and safe to use whatever a person’s immigration status.',
          ],
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '介護、建設、農業、製造業、家事労働などの分野での労働力の需要に応えて、毎年多くの人が国境を越えています。利用できる正規の移住ルートが限られていたり、費用がかさんだり、特定の雇用主に縛られていたりすると、労働者は仲介業者や雇用主に依存せざるを得なくなり、借金、身分証明書の取り上げ、賃金の未払いといった問題が生じます。',
        },
        {
          type: 'paragraph',
          text: 'IMADRは、移住労働者と、彼らを支える団体の経験を出発点に活動しています。多くの人が湾岸諸国や東南アジアへ働きに出る南アジア、近隣諸国から女性や男性を受け入れているアルゼンチン、そして国連の人権機関から繰り返し批判を受け、新たな制度への移行が進む技能実習制度を抱える日本です。',
        },
        { type: 'heading', text: '各国政府に求めること' },
        {
          type: 'list',
          items: [
            '家事労働などのインフォーマルな分野を含め、すべての労働者に労働法の保護を及ぼすこと。',
            '労働者に手数料を負担させない募集・採用を徹底し、仲介業者と雇用主の責任を明確に問うこと。',
            '在留資格を失うことなく、雇用主を変え、虐待のある職場から離れられる権利を保障すること。',
            '在留資格にかかわらず安心して利用できる、独立した多言語の苦情申立ての仕組みを整えること。',
          ],
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La demanda de mano de obra en los cuidados, la construcción, la agricultura, las fábricas y los hogares lleva cada año a muchas personas a cruzar fronteras. Cuando las vías legales a su alcance son escasas, caras o quedan atadas a un solo empleador, los trabajadores terminan dependiendo de intermediarios y patrones, y llegan las deudas, la retención de documentos y los salarios impagos.',
        },
        {
          type: 'paragraph',
          text: 'El IMADR parte de la experiencia de las personas trabajadoras migrantes y de los grupos que las acompañan: en Asia meridional, desde donde muchas se preparan para partir hacia los países del Golfo y el Sudeste Asiático; en la Argentina, que recibe a mujeres y hombres de países vecinos, y en Japón, donde el Programa de Formación de Pasantes Técnicos ha sido criticado en reiteradas ocasiones por órganos de derechos humanos de la ONU y está siendo reemplazado por un nuevo sistema.',
        },
        { type: 'heading', text: 'Lo que pedimos a los gobiernos' },
        {
          type: 'list',
          items: [
            'Protección de la legislación laboral para todas las personas trabajadoras, también en el trabajo doméstico y otros sectores informales.',
            'Contratación sin cobro de comisiones a los trabajadores y rendición de cuentas efectiva de intermediarios y empleadores.',
            'El derecho a cambiar de empleador y a dejar un trabajo abusivo sin perder el permiso de residencia.',
            'Mecanismos de denuncia independientes, multilingües y seguros, sea cual sea la situación migratoria de la persona.',
          ],
        },
      ],
    },
    stance: [
      {
        heading: {
          en: 'Rights belong to the worker, not to the visa',
          ja: '権利は在留資格ではなく、働く人自身に属する',
          es: 'Los derechos son de la persona trabajadora, no de su visado',
        },
        text: {
          en: 'Labour rights must not depend on nationality or residence status. Informal and unregulated work, where migrants are heavily represented, has to be brought within the protection of labour law so that every worker enjoys the same rights.',
          ja: '労働者としての権利は、国籍や在留資格によって左右されてはなりません。移住者が多く働くインフォーマルで規制の及ばない仕事も労働法の保護の対象とし、すべての労働者が等しく権利を享受できるようにする必要があります。',
          es: 'Los derechos laborales no pueden depender de la nacionalidad ni de la situación migratoria. El trabajo informal y no regulado, donde hay una fuerte presencia de personas migrantes, debe quedar bajo la protección de la legislación laboral para que todas las personas trabajadoras gocen de los mismos derechos.',
        },
      },
      {
        heading: {
          en: 'Safe and legal routes reduce exploitation',
          ja: '安全で正規の移住ルートが搾取を減らす',
          es: 'Las vías seguras y legales reducen la explotación',
        },
        text: {
          en: 'Where there are too few lawful ways to migrate for work, intermediaries and traffickers fill the gap. Opening safe, affordable and legal channels is one of the most effective anti-trafficking measures a destination country can take.',
          ja: '働くために移住する正規の手段が不足しているところでは、その隙間を仲介業者や人身売買業者が埋めてしまいます。安全で、費用の負担が少なく、正規の移住ルートを広げることは、受け入れ国がとりうる最も効果的な人身売買対策の一つです。',
          es: 'Donde faltan caminos legales para migrar por trabajo, los intermediarios y los tratantes ocupan ese vacío. Abrir vías seguras, asequibles y legales es una de las medidas contra la trata más eficaces que puede adoptar un país de destino.',
        },
      },
      {
        heading: {
          en: 'Employers and recruiters must answer for conditions',
          ja: '雇用主と仲介業者は労働条件に責任を負う',
          es: 'Empleadores y agencias deben responder por las condiciones de trabajo',
        },
        text: {
          en: 'Companies that benefit from migrant labour, and the agencies that recruit it, share responsibility for the conditions workers face, including further down their supply chains. Codes of conduct and ethical employer associations are welcome, but they cannot replace enforceable law.',
          ja: '移住労働者の労働から利益を得る企業や、その募集を担う業者は、サプライチェーンの末端まで含めて、労働者が置かれた状況に責任を負っています。行動規範や倫理的な雇用主団体の取り組みは歓迎しますが、それが実効性のある法律に取って代わることはできません。',
          es: 'Las empresas que se benefician del trabajo migrante, y las agencias que lo reclutan, comparten la responsabilidad por las condiciones que enfrentan los trabajadores, también a lo largo de sus cadenas de suministro. Los códigos de conducta y las asociaciones de empleadores éticos son bienvenidos, pero no pueden reemplazar leyes de cumplimiento obligatorio.',
        },
      },
    ],
    activities: [
      {
        committee: 'AC',
        text: {
          en: 'Produces pre-departure and safe-migration materials with community groups in Nepal, India and Bangladesh, and advises returnees who faced abuse abroad on how to seek redress.',
          ja: 'ネパール、インド、バングラデシュの地域団体とともに、出国前の研修や安全な移住のための教材を作成しています。また、海外で虐待を受けて帰国した人々に、救済を求める方法について助言しています。',
          es: 'Elabora, con grupos comunitarios de Nepal, la India y Bangladés, materiales de preparación para la partida y de migración segura, y asesora a quienes regresan tras sufrir abusos en el extranjero sobre cómo reclamar reparación.',
        },
      },
      {
        committee: 'LAB',
        text: {
          en: 'Works with parishes and women’s groups that support migrant women from neighbouring countries in Argentina, informing them of their labour rights and documenting abuses in domestic work and garment workshops.',
          ja: 'アルゼンチンで近隣諸国出身の移住女性を支える教区や女性団体と協力し、労働者としての権利について情報を届けるとともに、家事労働や縫製工房での権利侵害を記録しています。',
          es: 'Trabaja con parroquias y grupos de mujeres que acompañan a migrantes de países vecinos en la Argentina: difunde información sobre sus derechos laborales y documenta abusos en el trabajo doméstico y en los talleres textiles.',
        },
      },
      {
        committee: 'JC',
        text: {
          en: 'Monitors the Technical Intern Training Program and the system replacing it, supports individual cases with the Kansai Migrant Solidarity Network, and trains local officials to recognise labour exploitation.',
          ja: '技能実習制度とそれに代わる新制度の運用を注視し、関西移住者連帯ネットワークとともに個別の相談に対応しています。また、自治体職員が労働搾取に気づけるよう研修を行っています。',
          es: 'Sigue de cerca el Programa de Formación de Pasantes Técnicos y el sistema que lo reemplaza, acompaña casos individuales junto con la Red de Solidaridad con las Personas Migrantes de Kansai y capacita a funcionarios locales para detectar la explotación laboral.',
        },
      },
    ],
    partners: ['jnatip', 'south-asia-safe-migration-network', 'kansai-migrant-solidarity-network'],
    relatedMaterials: [
      {
        title: {
          en: 'Japan Committee statement on the transition from the Technical Intern Training Program',
          ja: '技能実習制度からの移行に関する日本委員会の声明',
          es: 'Declaración del Comité de Japón sobre la transición del Programa de Formación de Pasantes Técnicos',
        },
        link: 'https://example.org/materials/jc-statement-technical-intern-training.pdf',
      },
      {
        title: {
          en: 'Submission to the UN Special Rapporteur on the human rights of migrants (2026)',
          ja: '国連移住者の人権に関する特別報告者への意見書（2026年）',
          es: 'Aporte al Relator Especial de la ONU sobre los derechos humanos de los migrantes (2026)',
        },
        link: 'https://example.org/materials/submission-special-rapporteur-migrants-2026.pdf',
      },
      {
        title: {
          en: 'Moving Safely: a manual for community workers in South Asia',
          ja: '安全に移住するために：南アジアの地域支援者のためのマニュアル',
          es: 'Migrar con seguridad: manual para agentes comunitarios de Asia meridional',
        },
        link: 'https://example.org/materials/safe-migration-manual.pdf',
      },
    ],
  },
  {
    slug: 'racism-and-multiple-discrimination',
    displayOrder: 3,
    heroImage: 'hero-dialogue',
    title: {
      en: 'Racism and Multiple Discrimination',
      ja: '人種差別と複合差別',
      es: 'Racismo y discriminación múltiple',
    },
    summary: {
      en: 'Discrimination rarely has a single source. Gender, descent, ethnicity, nationality and poverty combine, and the people who stand where they meet — minority women above all — are the most exposed to violence and exploitation. IMADR works to make this visible and to open the way to remedies.',
      ja: '差別が一つの理由だけで生じることはまれです。ジェンダー、世系、民族、国籍、貧困といった要因が重なり合うところで、とりわけマイノリティの女性が暴力や搾取に最もさらされやすくなります。IMADRは、こうした複合差別を可視化し、救済への道を開くために活動しています。',
      es: 'La discriminación rara vez tiene un único origen. El género, la ascendencia, la etnia, la nacionalidad y la pobreza se combinan, y quienes se encuentran en ese cruce —ante todo, las mujeres de grupos minoritarios— son las más expuestas a la violencia y la explotación. El IMADR trabaja para hacerlo visible y abrir el camino a la reparación.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Trafficking and exploitative migration show clearly how forms of discrimination reinforce one another. A woman from a minority community may be singled out by recruiters because she is poor and excluded at home, and then find that racism in the destination country keeps her away from the police, the courts and support services.',
        },
        {
          type: 'paragraph',
          text: 'IMADR brings these experiences to the UN human rights system, including the Committee on the Elimination of Racial Discrimination and the Special Rapporteurs, and works with communities facing discrimination based on descent, ethnicity or nationality to document their situation in their own words.',
        },
        { type: 'heading', text: 'Our approach' },
        {
          type: 'list',
          items: [
            'Listen to affected communities and support them in speaking for themselves.',
            'Look at how gender, descent, ethnicity, nationality and poverty interact, rather than at one ground at a time.',
            'Use international standards, above all the International Convention on the Elimination of All Forms of Racial Discrimination, to hold States to account.',
          ],
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '人身売買や搾取的な移住は、さまざまな差別が互いを強め合う様子をはっきりと映し出しています。マイノリティのコミュニティ出身の女性は、貧しく、地元で排除されているがゆえに勧誘の標的にされ、さらに移住先では人種差別のために警察や裁判所、支援機関から遠ざけられてしまうことがあります。',
        },
        {
          type: 'paragraph',
          text: 'IMADRは、こうした経験を人種差別撤廃委員会や国連特別報告者をはじめとする国連の人権の仕組みに届けています。また、世系、民族、国籍にもとづく差別を受けているコミュニティとともに、当事者自身の言葉でその状況を記録する活動を行っています。',
        },
        { type: 'heading', text: '私たちのアプローチ' },
        {
          type: 'list',
          items: [
            '差別を受けている当事者の声に耳を傾け、当事者が自ら発信できるよう支えること。',
            'ジェンダー、世系、民族、国籍、貧困を一つずつ切り離すのではなく、それらがどう作用し合っているかに目を向けること。',
            '人種差別撤廃条約をはじめとする国際基準を活用し、国家の責任を問うこと。',
          ],
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La trata y la migración en condiciones de explotación muestran con claridad cómo las distintas formas de discriminación se refuerzan entre sí. Una mujer de una comunidad minoritaria puede ser captada precisamente porque es pobre y está excluida en su lugar de origen, y luego descubrir que el racismo en el país de destino la aleja de la policía, de los tribunales y de los servicios de apoyo.',
        },
        {
          type: 'paragraph',
          text: 'El IMADR lleva estas experiencias al sistema de derechos humanos de la ONU, incluidos el Comité para la Eliminación de la Discriminación Racial y las relatorías especiales, y trabaja con comunidades discriminadas por su ascendencia, su etnia o su nacionalidad para documentar su situación con sus propias palabras.',
        },
        { type: 'heading', text: 'Nuestro enfoque' },
        {
          type: 'list',
          items: [
            'Escuchar a las comunidades afectadas y apoyarlas para que hablen por sí mismas.',
            'Analizar cómo interactúan el género, la ascendencia, la etnia, la nacionalidad y la pobreza, en lugar de considerar cada motivo por separado.',
            'Recurrir a las normas internacionales, en especial a la Convención Internacional sobre la Eliminación de todas las Formas de Discriminación Racial, para exigir cuentas a los Estados.',
          ],
        },
      ],
    },
    stance: [
      {
        heading: {
          en: 'Discrimination is layered, and so must be the response',
          ja: '差別は重層的であり、対策もまた重層的でなければならない',
          es: 'La discriminación es múltiple, y la respuesta también debe serlo',
        },
        text: {
          en: 'Policies that deal with gender, race or migration status separately miss the people who face all of them at once. Laws, services and remedies must be designed with those intersections in mind.',
          ja: 'ジェンダー、人種、在留資格を別々に扱う政策では、それらすべてに同時に直面している人々が取り残されてしまいます。法律、支援、救済の仕組みは、こうした差別の交差を前提に設計されるべきです。',
          es: 'Las políticas que abordan por separado el género, la raza o la situación migratoria dejan fuera a quienes enfrentan todo eso a la vez. Las leyes, los servicios y los mecanismos de reparación deben diseñarse teniendo en cuenta esos cruces.',
        },
      },
      {
        heading: {
          en: 'Racism must never block access to justice',
          ja: '人種差別が司法へのアクセスを妨げてはならない',
          es: 'El racismo nunca debe cerrar el acceso a la justicia',
        },
        text: {
          en: 'Anyone who has suffered exploitation should be able to turn to the police, the courts and support services without fear of racist treatment or of losing the right to stay in the country.',
          ja: '搾取の被害を受けた人は誰であれ、差別的な扱いや在留資格を失うことを恐れることなく、警察、裁判所、支援機関に助けを求められなければなりません。',
          es: 'Toda persona que haya sufrido explotación debe poder acudir a la policía, a los tribunales y a los servicios de apoyo sin temor a un trato racista ni a perder su derecho a permanecer en el país.',
        },
      },
    ],
    activities: [
      {
        committee: 'AC',
        text: {
          en: 'Works with Dalit and other communities facing discrimination based on work and descent in South Asia, and shows how caste shapes who is recruited and who is trafficked.',
          ja: '南アジアで職業と世系にもとづく差別を受けているダリトなどのコミュニティとともに活動し、カーストが、誰が勧誘され、誰が人身売買の被害に遭うのかを左右している実態を明らかにしています。',
          es: 'Trabaja con comunidades dalit y otras que sufren discriminación basada en el trabajo y la ascendencia en Asia meridional, y muestra cómo la casta influye en quién es captado y quién termina víctima de trata.',
        },
      },
      {
        committee: 'LAB',
        text: {
          en: 'Brings the experience of Indigenous and Afro-descendant women, and of migrant women from neighbouring countries, into its workshops and research in Argentina.',
          ja: '先住民族やアフリカ系の女性、近隣諸国から来た移住女性の経験を、アルゼンチンでのワークショップや調査に反映させています。',
          es: 'Incorpora a sus talleres e investigaciones en la Argentina la experiencia de mujeres indígenas y afrodescendientes, y de mujeres migrantes de países vecinos.',
        },
      },
      {
        committee: 'JC',
        text: {
          en: 'Documents discrimination and hate speech against migrants and minorities in Japan and, with partner organisations, reports on it to UN treaty bodies.',
          ja: '日本における移住者やマイノリティに対する差別やヘイトスピーチを記録し、パートナー団体とともに国連の条約機関に報告しています。',
          es: 'Documenta la discriminación y el discurso de odio contra personas migrantes y minorías en Japón y, junto con organizaciones aliadas, informa sobre ello a los órganos de tratados de la ONU.',
        },
      },
    ],
    partners: ['red-ecumenica-de-mujeres', 'kansai-migrant-solidarity-network'],
    relatedMaterials: [
      {
        title: {
          en: 'Briefing paper: racism and access to justice for trafficked women',
          ja: 'ブリーフィングペーパー：人種差別と人身売買被害女性の司法へのアクセス',
          es: 'Documento informativo: racismo y acceso a la justicia de las mujeres víctimas de trata',
        },
        link: 'https://example.org/materials/briefing-racism-and-trafficking.pdf',
      },
      {
        title: {
          en: 'The Convention on the Elimination of Racial Discrimination: an introduction for community groups',
          ja: '人種差別撤廃条約：地域で活動する団体のための入門ガイド',
          es: 'La Convención sobre la Eliminación de la Discriminación Racial: introducción para organizaciones comunitarias',
        },
        link: 'https://example.org/materials/icerd-introduction.pdf',
      },
    ],
  },
]

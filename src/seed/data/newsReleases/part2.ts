import type { NewsReleaseSeed } from '../../types'

// News releases, March to November 2026 (second half of the demo set).
// People quoted are the fictional staff in contacts.ts; no statistics are attributed to real bodies.
export const newsReleasesPart2: NewsReleaseSeed[] = [
  {
    slug: 'asia-committee-updates-south-asian-safe-migration-manual',
    publishedAt: '2026-03-18T11:00:00+05:45',
    timeZone: 'Asia/Kathmandu',
    dateline: { en: 'Kathmandu', ja: 'カトマンズ', es: 'Katmandú' },
    scope: 'regional',
    committee: 'AC',
    heroImage: 'hero-migration',
    focusAreas: ['human-trafficking-and-exploitative-migration', 'migrant-workers-rights'],
    pressContacts: ['sunita-shrestha'],
    title: {
      en: 'Asia Committee updates South Asian safe-migration manual and survivor-care materials',
      ja: 'アジア委員会、南アジアの安全な移住マニュアルと人身売買被害者ケアの教材を改訂',
      es: 'El Comité de Asia renueva su manual de migración segura y sus materiales de atención a sobrevivientes de trata',
    },
    summary: {
      en: 'IMADR’s Asia Committee and NGOs from across South Asia have released a revised safe-migration manual, together with new materials for the care and protection of people who have survived trafficking. The resources are written for community workers, shelter staff and people preparing to migrate.',
      ja: 'IMADRアジア委員会は、南アジア各地のNGOとともに、安全な移住のためのマニュアルの改訂版と、人身売買を生き延びた人々のケアと保護のための新たな教材を発表しました。地域の支援者、シェルターの職員、そして移住を準備している人々に向けた内容です。',
      es: 'El Comité de Asia del IMADR y ONG de toda Asia meridional presentaron una versión revisada del manual de migración segura, junto con nuevos materiales para la atención y protección de las personas sobrevivientes de trata. Los recursos están pensados para agentes comunitarios, personal de albergues y personas que se preparan para migrar.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Every year, large numbers of women and men from Nepal, India, Bangladesh and neighbouring countries leave home in search of work. Many travel on the strength of a broker’s promise, knowing little about their rights or about where to turn if the job turns out to be something other than what they were told. Some end up in debt, confined or trafficked.',
        },
        {
          type: 'paragraph',
          text: 'The updated manual builds on the South Asian safe-migration policies and survivor-care manuals that the Asia Committee first developed with regional NGOs. It was revised after a year of consultations with community organisations, including members of the South Asia Safe Migration Network, and with women who came home after being exploited abroad.',
        },
        { type: 'heading', text: 'What the new materials contain' },
        {
          type: 'list',
          items: [
            'A pre-departure guide on checking job offers and recruitment agencies, keeping copies of documents and contacting support services from abroad.',
            'A manual for shelter staff and counsellors on the care of survivors, with chapters on safety, confidentiality, health care and legal assistance.',
            'Guidance on helping survivors return to their communities without stigma, including the particular barriers faced by women from Dalit and other marginalised communities.',
            'Classroom materials on migration for schools and community groups, available in English with Nepali, Hindi and Bengali versions.',
          ],
        },
        {
          type: 'quote',
          text: '“Safe migration starts long before the border. These materials put practical knowledge into the hands of the people who need it most, and they remind governments that caring for survivors is an obligation, not a favour,” said Sunita Shrestha, Asia Committee Coordinator.',
        },
        {
          type: 'paragraph',
          text: 'The Asia Committee also renewed its call for a mechanism to monitor how States put the SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution into practice. The materials can be requested from the Kathmandu office.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '毎年、ネパール、インド、バングラデシュなどから、多くの女性と男性が仕事を求めて故郷を離れています。その多くは仲介業者の言葉を頼りに出国し、自らの権利についても、聞いていた仕事と実際の仕事が違っていた場合にどこへ相談すればよいのかについても、十分に知らないままです。なかには借金を背負わされたり、監禁されたり、人身売買の被害に遭ったりする人もいます。',
        },
        {
          type: 'paragraph',
          text: '今回の改訂版マニュアルは、アジア委員会がこれまで地域のNGOとともに作成してきた、南アジアにおける安全な移住のための政策提言や被害者ケアのマニュアルを土台としています。南アジア安全な移住ネットワークの加盟団体をはじめとする地域の団体や、海外で搾取を受けて帰国した女性たちとの1年にわたる協議を経てまとめられました。',
        },
        { type: 'heading', text: '新しい教材の内容' },
        {
          type: 'list',
          items: [
            '求人や仲介業者の確かめ方、書類の写しの保管、渡航先から支援機関に連絡する方法をまとめた出国前ガイド',
            'シェルター職員や相談員に向けた被害者ケアのマニュアル（安全確保、秘密保持、医療、法的支援の各章を収録）',
            'ダリットをはじめとする周縁化されたコミュニティの女性が直面する固有の障壁にも触れながら、被害を受けた人々が偏見にさらされることなく地域社会に戻れるよう支えるための指針',
            '学校や地域のグループで使える移住に関する学習教材（英語版のほか、ネパール語版、ヒンディー語版、ベンガル語版を用意）',
          ],
        },
        {
          type: 'quote',
          text: '「安全な移住は、国境を越えるずっと前から始まっています。これらの教材は、最も必要としている人々の手に実践的な知識を届けるものです。同時に、被害者のケアは恩恵ではなく国家の義務であることを、各国政府に改めて訴えるものでもあります」と、アジア委員会コーディネーターのスニタ・シュレスタは述べています。',
        },
        {
          type: 'paragraph',
          text: 'アジア委員会はあわせて、「売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約」の各国における実施状況を監視する仕組みの創設を改めて求めました。教材をご希望の方は、カトマンズ事務所までお問い合わせください。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'Cada año, un gran número de mujeres y hombres de Nepal, la India, Bangladés y países vecinos dejan su hogar en busca de trabajo. Muchos parten confiando en la promesa de un intermediario, sin conocer bien sus derechos ni saber a quién acudir si el empleo resulta ser distinto del prometido. Algunos terminan endeudados, encerrados o en manos de redes de trata.',
        },
        {
          type: 'paragraph',
          text: 'El manual actualizado se basa en las políticas de migración segura para Asia meridional y en los manuales de atención a sobrevivientes que el Comité de Asia elaboró en su momento con ONG de la región. La revisión es fruto de un año de consultas con organizaciones comunitarias, entre ellas integrantes de la Red de Asia Meridional por una Migración Segura, y con mujeres que regresaron a su país después de haber sido explotadas en el extranjero.',
        },
        { type: 'heading', text: 'Qué incluyen los nuevos materiales' },
        {
          type: 'list',
          items: [
            'Una guía previa a la partida para verificar ofertas de empleo y agencias de contratación, guardar copias de los documentos y comunicarse con servicios de apoyo desde el exterior.',
            'Un manual para el personal de albergues y de orientación psicosocial sobre la atención a sobrevivientes, con capítulos sobre seguridad, confidencialidad, atención de la salud y asistencia jurídica.',
            'Pautas para acompañar el regreso de las personas sobrevivientes a sus comunidades sin estigmatización, con atención a los obstáculos específicos que enfrentan las mujeres dalit y de otras comunidades marginadas.',
            'Materiales didácticos sobre migración para escuelas y grupos comunitarios, disponibles en inglés y en versiones en nepalí, hindi y bengalí.',
          ],
        },
        {
          type: 'quote',
          text: '«La migración segura empieza mucho antes de la frontera. Estos materiales ponen conocimientos prácticos en manos de quienes más los necesitan, y recuerdan a los gobiernos que atender a las personas sobrevivientes es una obligación, no un favor», afirmó Sunita Shrestha, coordinadora del Comité de Asia.',
        },
        {
          type: 'paragraph',
          text: 'El Comité de Asia reiteró además su pedido de un mecanismo que vigile cómo los Estados aplican la Convención de la SAARC sobre la Prevención y la Lucha contra la Trata de Mujeres y Niños con Fines de Prostitución. Los materiales pueden solicitarse a la oficina de Katmandú.',
        },
      ],
    },
  },
  {
    slug: 'racism-keeps-trafficked-migrants-from-justice',
    publishedAt: '2026-03-21T09:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    dateline: { en: 'Tokyo', ja: '東京', es: 'Tokio' },
    scope: 'global',
    focusAreas: ['racism-and-multiple-discrimination', 'human-trafficking-and-exploitative-migration'],
    pressContacts: ['kenji-nakamura', 'yuki-sato'],
    title: {
      en: 'Racism keeps trafficked migrants from justice, IMADR says on 21 March',
      ja: '国際人種差別撤廃デー声明：人種差別が人身売買の被害者を救済から遠ざけている',
      es: 'Día contra la Discriminación Racial: el racismo aleja de la justicia a las víctimas de trata',
    },
    summary: {
      en: 'On the International Day for the Elimination of Racial Discrimination, IMADR calls on destination countries to recognise that racism stands between trafficked and exploited migrants and the remedies they are owed. Many of the women and children who are trafficked come from minority groups that face discrimination at every step.',
      ja: '国際人種差別撤廃デーにあたり、IMADRは受け入れ国に対し、人身売買や搾取の被害を受けた移住者が本来受けるべき救済を人種差別が妨げている現実を直視するよう求めます。人身売買の被害に遭う女性や子どもの多くは、あらゆる段階で差別にさらされているマイノリティ集団の出身です。',
      es: 'En el Día Internacional de la Eliminación de la Discriminación Racial, el IMADR insta a los países de destino a reconocer que el racismo se interpone entre las personas migrantes víctimas de trata o explotación y la reparación a la que tienen derecho. Muchas de las mujeres, niñas y niños objeto de trata pertenecen a grupos minoritarios que sufren discriminación en cada etapa.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Trafficking does not strike at random. It follows lines that societies have already drawn: gender, poverty, ethnic origin, caste, nationality and race. A large share of the women and children who are trafficked belong to minority groups that were discriminated against long before they left home, and that discrimination does not end when they cross a border.',
        },
        {
          type: 'paragraph',
          text: 'In destination countries, racism shapes how exploited migrants are treated at every turn. Police may see an undocumented worker before they see a victim. Labour inspectors and support services often work in a single language. Prejudice against certain nationalities, and against women from those communities in particular, makes it harder to be believed. As a result, many people never report what happened to them, and those who do rarely obtain compensation or protection.',
        },
        { type: 'heading', text: 'What we ask of governments' },
        {
          type: 'list',
          items: [
            'Treat racial discrimination as part of the problem of trafficking, and address it explicitly in national anti-trafficking plans.',
            'Identify victims on the basis of what happened to them, not their nationality or immigration status.',
            'Offer complaint procedures, shelters and legal aid in the languages migrants speak, and train staff to recognise bias.',
            'Make sure that crackdowns on traffickers and tighter border controls do not push exploitation further out of sight.',
          ],
        },
        {
          type: 'quote',
          text: '“Racism is not a side issue in the fight against trafficking. As long as a person’s origin decides whether she is believed, the law will protect some victims and fail others,” said Kenji Nakamura, Secretary-General of IMADR.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '人身取引（人身売買）は、無差別に起きるものではありません。ジェンダー、貧困、民族的出身、カースト、国籍、人種など、社会がすでに引いている境界線に沿って起きています。人身売買の被害に遭う女性や子どもの相当部分は、故郷を離れるずっと前から差別を受けてきたマイノリティ集団の出身であり、国境を越えたからといってその差別が終わるわけではありません。',
        },
        {
          type: 'paragraph',
          text: '受け入れ国では、搾取された移住者がどのように扱われるかに、人種差別があらゆる場面で影響を及ぼしています。警察は、被害者である前に「非正規滞在の労働者」として見るかもしれません。労働監督や支援の窓口は、一つの言語でしか対応していないことが少なくありません。特定の国籍の人々、とりわけその国の出身の女性に対する偏見によって、訴えを信じてもらうことも難しくなります。その結果、多くの人は被害を訴えることができず、訴えた人も補償や保護を得られることはまれです。',
        },
        { type: 'heading', text: '各国政府に求めること' },
        {
          type: 'list',
          items: [
            '人種差別を人身売買の問題の一部としてとらえ、国の人身売買対策の行動計画の中で明確に取り上げること',
            '国籍や在留資格ではなく、本人が受けた被害の実態に基づいて被害者を認定すること',
            '苦情申立ての手続き、シェルター、法律扶助を移住者が使う言語で提供し、職員が偏見に気づけるよう研修を行うこと',
            '人身売買業者の取り締まりや出入国管理の強化が、搾取をいっそう見えにくくする結果を招かないようにすること',
          ],
        },
        {
          type: 'quote',
          text: '「人種差別は、人身売買との闘いにおける付随的な問題ではありません。出身によって訴えを信じてもらえるかどうかが決まる限り、法律は一部の被害者を守り、ほかの被害者を見捨てることになります」と、IMADR事務局長の中村健二は述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La trata de personas no recae sobre cualquiera al azar. Sigue las líneas que la sociedad ya ha trazado: el género, la pobreza, el origen étnico, la casta, la nacionalidad y la raza. Buena parte de las mujeres, niñas y niños víctimas de trata pertenecen a grupos minoritarios que ya sufrían discriminación mucho antes de salir de su tierra, y esa discriminación no termina al cruzar una frontera.',
        },
        {
          type: 'paragraph',
          text: 'En los países de destino, el racismo marca en cada momento el trato que reciben las personas migrantes explotadas. La policía puede ver a una trabajadora indocumentada antes que a una víctima. La inspección laboral y los servicios de apoyo muchas veces atienden en un solo idioma. Los prejuicios hacia determinadas nacionalidades, y en especial hacia las mujeres de esas comunidades, hacen más difícil que se les crea. Por eso muchas personas nunca denuncian lo que vivieron, y quienes lo hacen rara vez obtienen una indemnización o protección.',
        },
        { type: 'heading', text: 'Lo que pedimos a los gobiernos' },
        {
          type: 'list',
          items: [
            'Reconocer la discriminación racial como parte del problema de la trata y abordarla de forma explícita en los planes nacionales contra la trata.',
            'Identificar a las víctimas según lo que les ocurrió, no según su nacionalidad o situación migratoria.',
            'Ofrecer los procedimientos de denuncia, los refugios y la asistencia jurídica en los idiomas que hablan las personas migrantes, y capacitar al personal para reconocer los sesgos.',
            'Garantizar que la persecución de los tratantes y el endurecimiento de los controles fronterizos no vuelvan la explotación todavía más invisible.',
          ],
        },
        {
          type: 'quote',
          text: '«El racismo no es un tema secundario en la lucha contra la trata. Mientras el origen de una persona determine si se le cree o no, la ley protegerá a algunas víctimas y abandonará a otras», afirmó Kenji Nakamura, secretario general del IMADR.',
        },
      ],
    },
  },
  {
    slug: 'side-event-at-the-human-rights-council-minority-women',
    publishedAt: '2026-06-16T10:00:00+02:00',
    timeZone: 'Europe/Zurich',
    dateline: { en: 'Geneva', ja: 'ジュネーブ', es: 'Ginebra' },
    scope: 'global',
    heroImage: 'hero-dialogue',
    focusAreas: ['racism-and-multiple-discrimination', 'human-trafficking-and-exploitative-migration'],
    pressContacts: ['claire-dubois', 'elena-marquez'],
    title: {
      en: 'Side event at the Human Rights Council: minority women, discrimination and trafficking',
      ja: '国連人権理事会でサイドイベントを開催：マイノリティ女性に対する複合差別と人身売買',
      es: 'Evento paralelo en el Consejo de Derechos Humanos sobre mujeres de minorías, discriminación múltiple y trata',
    },
    summary: {
      en: 'During the June session of the UN Human Rights Council, IMADR will hold a side event in Geneva on how multiple discrimination against minority women drives trafficking and blocks their access to justice. Speakers from IMADR’s committees and partners in Asia, Latin America and Africa will share what they have learned from working with survivors.',
      ja: 'IMADRは、国連人権理事会の6月会期中にジュネーブでサイドイベントを開催します。マイノリティ女性に対する複合差別がどのように人身売買を生み、司法へのアクセスを阻んでいるのかをテーマに、アジア、ラテンアメリカ、アフリカで被害者の支援に携わるIMADRの委員会とパートナー団体が報告します。',
      es: 'Durante el período de sesiones de junio del Consejo de Derechos Humanos de las Naciones Unidas, el IMADR realizará en Ginebra un evento paralelo sobre cómo la discriminación múltiple contra las mujeres de minorías alimenta la trata y les cierra el acceso a la justicia. Expondrán representantes de los comités y organizaciones asociadas del IMADR en Asia, América Latina y África que trabajan con sobrevivientes.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'The event will take place on Tuesday 23 June 2026 at the Palais des Nations, during the Council’s June session, and is open to State delegations, UN staff and accredited NGOs. It looks at trafficking through the lens of intersecting discrimination: the way gender, poverty, ethnic origin, descent and nationality combine to leave some women far more exposed to recruitment and exploitation, and far less likely to be protected afterwards.',
        },
        { type: 'heading', text: 'Panel topics' },
        {
          type: 'list',
          items: [
            'Dalit and other minority women in South Asian migration, presented by the Asia Committee (Kathmandu).',
            'Trafficking of migrant women from neighbouring countries in Argentina, presented by the Latin American Base (Buenos Aires).',
            'Prevention and awareness work with women and children in Nigeria, presented by our partner the Women’s Consortium of Nigeria (WOCON).',
            'What UN human rights mechanisms can do: recommendations for treaty bodies and special procedures.',
          ],
        },
        {
          type: 'paragraph',
          text: 'The panel will also bring together organisations that take different positions on prostitution and sex work. IMADR has long held that these differences should not divide people who share the aim of ending trafficking, and the discussion will concentrate on common ground: the rights and safety of the women concerned.',
        },
        {
          type: 'quote',
          text: '“Anti-trafficking policy too often treats women as a single group. The women we meet are targeted because they are poor, because they belong to a minority and because they are migrants, all at once. The Council’s recommendations need to reflect that,” said Claire Dubois, IMADR’s UN Advocacy Officer in Geneva.',
        },
        {
          type: 'paragraph',
          text: 'Journalists who would like to attend or to interview the speakers are asked to contact the Geneva UN liaison office in advance.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'イベントは2026年6月23日（火）、人権理事会の6月会期中にパレ・デ・ナシオン（国連欧州本部）で開催し、各国代表団、国連職員、協議資格を持つNGOが参加できます。ジェンダー、貧困、民族的出身、世系、国籍といった要因が重なり合うことで、一部の女性は勧誘や搾取の危険に格段にさらされやすくなり、被害を受けた後も保護を受けにくくなります。イベントでは、こうした交差する差別の視点から人身取引（人身売買）を考えます。',
        },
        { type: 'heading', text: 'パネルのテーマ' },
        {
          type: 'list',
          items: [
            '南アジアの移住におけるダリット女性をはじめとするマイノリティ女性の状況：アジア委員会（カトマンズ）による報告',
            'アルゼンチンにおける近隣諸国出身の移住女性の人身売買：ラテンアメリカ・ベース（ブエノスアイレス）による報告',
            'ナイジェリアの女性と子どもを対象とした予防・啓発活動：パートナー団体のナイジェリア女性コンソーシアム（WOCON）による報告',
            '国連の人権メカニズムにできること：条約機関と特別手続への提言',
          ],
        },
        {
          type: 'paragraph',
          text: 'パネルには、売春やセックスワークをめぐって異なる立場をとる団体も参加します。IMADRは、人身売買の根絶という目標を共有している以上、こうした立場の違いによって人々が分断されるべきではないと考えてきました。議論では、当事者である女性たちの権利と安全という共通の基盤に焦点を当てます。',
        },
        {
          type: 'quote',
          text: '「人身売買対策は、女性をひとくくりの集団として扱いがちです。しかし、私たちが出会う女性たちは、貧しいこと、マイノリティであること、移住者であることが同時に重なって標的にされています。人権理事会の勧告にも、その現実が反映される必要があります」と、IMADRのジュネーブ国連連絡事務所で国連アドボカシーを担当するクレール・デュボワは述べています。',
        },
        {
          type: 'paragraph',
          text: '取材や登壇者へのインタビューを希望される報道関係者は、事前にジュネーブ国連連絡事務所までご連絡ください。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El evento se realizará el martes 23 de junio de 2026 en el Palacio de las Naciones, durante el período de sesiones de junio del Consejo, y estará abierto a las delegaciones de los Estados, al personal de la ONU y a las ONG acreditadas. Analizará la trata desde la perspectiva de la discriminación interseccional: cómo el género, la pobreza, el origen étnico, la ascendencia y la nacionalidad se combinan para que algunas mujeres estén mucho más expuestas a la captación y la explotación, y tengan muchas menos probabilidades de recibir protección después.',
        },
        { type: 'heading', text: 'Temas del panel' },
        {
          type: 'list',
          items: [
            'Las mujeres dalit y de otras minorías en la migración de Asia meridional, a cargo del Comité de Asia (Katmandú).',
            'La trata de mujeres migrantes de países vecinos en la Argentina, a cargo de la Base Latinoamericana (Buenos Aires).',
            'El trabajo de prevención y sensibilización con mujeres, niñas y niños en Nigeria, a cargo de nuestra organización asociada, el Consorcio de Mujeres de Nigeria (WOCON).',
            'Lo que pueden hacer los mecanismos de derechos humanos de la ONU: recomendaciones para los órganos de tratados y los procedimientos especiales.',
          ],
        },
        {
          type: 'paragraph',
          text: 'El panel reunirá también a organizaciones con posiciones distintas sobre la prostitución y el trabajo sexual. El IMADR sostiene desde hace tiempo que esas diferencias no deben separar a quienes comparten el objetivo de erradicar la trata, y el debate se centrará en el terreno común: los derechos y la seguridad de las mujeres afectadas.',
        },
        {
          type: 'quote',
          text: '«Las políticas contra la trata suelen tratar a las mujeres como un grupo homogéneo. Las mujeres que conocemos son captadas por ser pobres, por pertenecer a una minoría y por ser migrantes, todo a la vez. Las recomendaciones del Consejo tienen que reflejarlo», señaló Claire Dubois, oficial de incidencia ante la ONU del IMADR en Ginebra.',
        },
        {
          type: 'paragraph',
          text: 'Se invita a las y los periodistas que deseen asistir o entrevistar a las personas panelistas a comunicarse con antelación con la oficina de enlace ante la ONU en Ginebra.',
        },
      ],
    },
  },
  {
    slug: 'buenos-aires-meeting-maps-exploitative-migration-routes',
    publishedAt: '2026-08-24T12:00:00-03:00',
    timeZone: 'America/Argentina/Buenos_Aires',
    dateline: { en: 'Buenos Aires', ja: 'ブエノスアイレス', es: 'Buenos Aires' },
    scope: 'regional',
    committee: 'LAB',
    heroImage: 'hero-network',
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
    pressContacts: ['lucia-fernandez'],
    title: {
      en: 'Buenos Aires meeting maps exploitative migration routes in Latin America',
      ja: 'ラテンアメリカ・ベース、搾取的な移住の経路をテーマにブエノスアイレスで地域会議を開催',
      es: 'Un encuentro en Buenos Aires analiza las rutas de captación y explotación de migrantes en América Latina',
    },
    summary: {
      en: 'On 20 and 21 August, IMADR’s Latin American Base brought together church groups, women’s organisations and community workers in Buenos Aires to trace the routes along which migrants in the region are recruited and exploited, and to agree on joint work for the coming year.',
      ja: 'IMADRラテンアメリカ・ベースは8月20日と21日、ブエノスアイレスに教会グループ、女性団体、地域の支援者を集め、この地域の移住者が勧誘され、搾取されていく経路を検証するとともに、来年に向けた共同の取り組みについて合意しました。',
      es: 'La Base Latinoamericana del IMADR reunió el 20 y 21 de agosto en Buenos Aires a grupos eclesiales, organizaciones de mujeres y referentes comunitarios para reconstruir las rutas por las que se capta y explota a personas migrantes en la región, y acordar un trabajo conjunto para el próximo año.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'The meeting, co-organised with the Ecumenical Women’s Network for Rights, drew participants from Argentina and neighbouring countries. Many of them accompany women and families who have come to Argentina’s large cities looking for work and who sometimes end up in garment workshops, private homes or brothels, on terms far removed from what they were promised.',
        },
        {
          type: 'paragraph',
          text: 'Participants compared what they see in their own communities: job offers passed on by word of mouth and on social media, debts for travel and lodging that grow faster than wages, documents kept by employers, and border crossings where women travel alone under the control of an intermediary. Several pointed out that discrimination against migrant and Indigenous women makes them less likely to seek help from the police or the courts.',
        },
        { type: 'heading', text: 'Agreed next steps' },
        {
          type: 'list',
          items: [
            'Update the Latin American Base’s Spanish-language fact-finding report on trafficking in women in Argentina, with a new chapter on cross-border routes.',
            'Extend the programme of parish and neighbourhood workshops to border towns.',
            'Prepare a joint submission on exploitative migration for UN human rights bodies.',
          ],
        },
        {
          type: 'quote',
          text: '“The routes change, but the pattern stays the same: a promise of work, a debt, and isolation. Church groups and women’s organisations are often the first to notice when someone disappears from the neighbourhood, and they are the ones who can break that isolation,” said Lucía Fernández, Coordinator of the Latin American Base.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '会議は権利のためのエキュメニカル女性ネットワークとの共催で、アルゼンチンと近隣諸国から参加者が集まりました。参加者の多くは、仕事を求めてアルゼンチンの大都市にやって来た女性や家族に寄り添って活動しています。こうした人々の中には、縫製工房や個人宅、売春宿などで、約束とはかけ離れた条件のもとに置かれてしまう人もいます。',
        },
        {
          type: 'paragraph',
          text: '参加者は、それぞれの地域で目にしている状況を報告し合いました。口コミやSNSで広がる求人、賃金を上回る速さで膨らむ渡航費や住居費の借金、雇用主による身分証明書の取り上げ、仲介者の管理下で女性が一人で国境を越えさせられる事例などです。また、移住女性や先住民族の女性に対する差別のために、彼女たちが警察や裁判所に助けを求めにくくなっているとの指摘も相次ぎました。',
        },
        { type: 'heading', text: '合意された今後の取り組み' },
        {
          type: 'list',
          items: [
            'ラテンアメリカ・ベースがスペイン語で発表した、アルゼンチンにおける女性の人身売買に関する実態調査報告書を更新し、国境を越える経路についての章を新たに加える',
            '教区や地域で開いているワークショップを、国境付近の町にも広げる',
            '搾取的な移住に関する共同報告書を作成し、国連の人権機関に提出する',
          ],
        },
        {
          type: 'quote',
          text: '「経路は変わっても、構図は変わりません。仕事の約束、借金、そして孤立です。地域から誰かの姿が消えたとき、最初に気づくのは教会のグループや女性団体であることが多く、その孤立を断ち切ることができるのも彼女たちです」と、ラテンアメリカ・ベースのコーディネーター、ルシア・フェルナンデスは述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El encuentro, coorganizado con la Red Ecuménica de Mujeres por los Derechos, convocó a participantes de la Argentina y de países vecinos. Muchas de ellas acompañan a mujeres y familias que llegaron a las grandes ciudades argentinas en busca de trabajo y que, a veces, terminan en talleres textiles, casas particulares o prostíbulos, en condiciones muy distintas de las prometidas.',
        },
        {
          type: 'paragraph',
          text: 'Las y los participantes compararon lo que observan en sus comunidades: ofertas de empleo que circulan de boca en boca y por redes sociales, deudas por el viaje y el alojamiento que crecen más rápido que el salario, documentos retenidos por los empleadores y pasos fronterizos donde las mujeres viajan solas bajo el control de un intermediario. Varias personas señalaron que la discriminación hacia las mujeres migrantes e indígenas hace que les resulte más difícil pedir ayuda a la policía o a la justicia.',
        },
        { type: 'heading', text: 'Próximos pasos acordados' },
        {
          type: 'list',
          items: [
            'Actualizar el informe de investigación de la Base Latinoamericana sobre la trata de mujeres en la Argentina, publicado en castellano, con un nuevo capítulo sobre las rutas transfronterizas.',
            'Extender a las localidades de frontera el programa de talleres en parroquias y barrios.',
            'Preparar un informe conjunto sobre la migración con fines de explotación para los órganos de derechos humanos de la ONU.',
          ],
        },
        {
          type: 'quote',
          text: '«Las rutas cambian, pero el patrón se repite: una promesa de trabajo, una deuda y el aislamiento. Los grupos de las iglesias y las organizaciones de mujeres suelen ser los primeros en notar cuando alguien desaparece del barrio, y son quienes pueden romper ese aislamiento», dijo Lucía Fernández, coordinadora de la Base Latinoamericana.',
        },
      ],
    },
  },
  {
    slug: 'imadr-backs-wocon-campaign-against-trafficking-in-nigeria',
    publishedAt: '2026-09-15T10:00:00+01:00',
    timeZone: 'Africa/Lagos',
    dateline: { en: 'Lagos', ja: 'ラゴス', es: 'Lagos' },
    scope: 'country',
    heroImage: 'hero-trafficking',
    focusAreas: ['human-trafficking-and-exploitative-migration'],
    pressContacts: ['yuki-sato', 'claire-dubois'],
    title: {
      en: 'IMADR backs WOCON campaign against trafficking in Nigeria',
      ja: 'IMADR、ナイジェリアで人身売買に反対するWOCONのキャンペーンを支援',
      es: 'El IMADR respalda la campaña de WOCON contra la trata en Nigeria',
    },
    summary: {
      en: 'IMADR is supporting a new public-awareness campaign by the Women’s Consortium of Nigeria (WOCON) against the trafficking and exploitation of women and children, both to Europe and within Nigeria. The campaign combines community workshops, radio and press work, and outreach in schools.',
      ja: 'IMADRは、ナイジェリア女性コンソーシアム（WOCON）が新たに始めた、女性と子どもの人身売買と搾取に反対する啓発キャンペーンを支援しています。ヨーロッパへの人身売買とナイジェリア国内での人身売買の両方を対象に、地域でのワークショップ、ラジオや新聞を通じた発信、学校での啓発活動を組み合わせて展開します。',
      es: 'El IMADR apoya una nueva campaña de sensibilización del Consorcio de Mujeres de Nigeria (WOCON) contra la trata y la explotación de mujeres, niñas y niños, tanto hacia Europa como dentro de Nigeria. La campaña combina talleres comunitarios, trabajo con la radio y la prensa, y actividades en escuelas.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Nigeria is a country of origin for women and children trafficked to Europe for sexual exploitation, domestic work and child labour, and Nigerian women make up a large proportion of the African victims of trafficking in Europe. Within the country, children are taken from rural areas to towns and cities to work in private homes, often far from their families and beyond the reach of any protection.',
        },
        {
          type: 'paragraph',
          text: 'WOCON has long worked for women and children who have experienced violence and trafficking, and it puts prevention first. Its new campaign aims to reach families before a daughter or son is sent away on the promise of schooling or a job, and to make sure that those who come back know where to find help.',
        },
        { type: 'heading', text: 'The campaign in brief' },
        {
          type: 'list',
          items: [
            'Workshops with parents, community and religious leaders, teachers and local officials on how recruiters operate and how to respond.',
            'Radio programmes and press briefings in English and in local languages.',
            'Sessions in schools on child domestic work and on children’s rights.',
            'Information on where to find support for women and children who have returned from Europe or left exploitative households.',
          ],
        },
        {
          type: 'quote',
          text: '“Trafficking from Nigeria is too often discussed only as a problem for Europe’s borders. WOCON’s work reminds us that it starts with poverty and discrimination at home, and that it can be prevented there. IMADR will take what we learn from this campaign to the United Nations,” said Claire Dubois, IMADR’s UN Advocacy Officer.',
        },
        {
          type: 'paragraph',
          text: 'IMADR’s support covers the production of campaign materials and exchanges of experience with its committees in Asia and Latin America.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'ナイジェリアは、性的搾取、家事労働、児童労働を目的としてヨーロッパへ送られる女性と子どもの人身取引（人身売買）の送出国であり、ヨーロッパにおけるアフリカ出身の人身売買被害者のうち、ナイジェリア人女性が大きな割合を占めています。国内でも、子どもたちが農村部から都市部へ連れて行かれ、家族から遠く離れた個人宅で、何の保護も受けられないまま家事労働をさせられています。',
        },
        {
          type: 'paragraph',
          text: 'WOCONは長年にわたり、暴力や人身売買の被害を受けた女性と子どもの支援に取り組み、何よりも予防を重視してきました。新たなキャンペーンは、進学や仕事の約束に誘われて娘や息子が送り出される前に家族に情報を届けること、そして帰還した人々が支援の窓口を知ることができるようにすることを目指しています。',
        },
        { type: 'heading', text: 'キャンペーンの概要' },
        {
          type: 'list',
          items: [
            '保護者、地域や宗教の指導者、教員、自治体職員を対象に、勧誘の手口と対応の方法を学ぶワークショップ',
            '英語と現地の言語によるラジオ番組と記者向け説明会',
            '子どもの家事労働と子どもの権利をテーマにした学校での授業',
            'ヨーロッパから帰還した女性や子ども、搾取的な家庭から逃れた子どもに向けた支援先の情報提供',
          ],
        },
        {
          type: 'quote',
          text: '「ナイジェリアからの人身売買は、ヨーロッパの国境管理の問題としてのみ語られることがあまりに多いのが現状です。WOCONの活動は、人身売買が国内の貧困と差別から始まっていること、そしてそこでこそ防ぐことができることを教えてくれます。IMADRは、このキャンペーンから学んだことを国連の場に届けていきます」と、IMADR国連アドボカシー担当のクレール・デュボワは述べています。',
        },
        {
          type: 'paragraph',
          text: 'IMADRの支援には、キャンペーン教材の制作や、アジアとラテンアメリカの委員会との経験交流が含まれます。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'Nigeria es un país de origen de mujeres, niñas y niños víctimas de trata hacia Europa con fines de explotación sexual, trabajo doméstico y trabajo infantil, y las mujeres nigerianas representan una gran proporción de las víctimas africanas de trata en Europa. Dentro del país, niñas y niños son trasladados del campo a las ciudades para trabajar en casas particulares, muchas veces lejos de sus familias y sin ninguna protección.',
        },
        {
          type: 'paragraph',
          text: 'WOCON trabaja desde hace años con mujeres, niñas y niños que han sufrido violencia y trata, y da prioridad a la prevención. Su nueva campaña busca llegar a las familias antes de que una hija o un hijo sea enviado lejos con la promesa de estudiar o trabajar, y asegurarse de que quienes regresan sepan dónde pedir ayuda.',
        },
        { type: 'heading', text: 'La campaña en síntesis' },
        {
          type: 'list',
          items: [
            'Talleres con madres y padres, líderes comunitarios y religiosos, docentes y funcionarios locales sobre cómo operan los captadores y cómo responder.',
            'Programas de radio y encuentros con la prensa en inglés y en lenguas locales.',
            'Actividades en escuelas sobre el trabajo doméstico infantil y los derechos de la niñez.',
            'Información sobre servicios de apoyo para mujeres, niñas y niños que regresaron de Europa o que dejaron hogares donde eran explotados.',
          ],
        },
        {
          type: 'quote',
          text: '«Con demasiada frecuencia, la trata desde Nigeria se discute solo como un problema de las fronteras europeas. El trabajo de WOCON nos recuerda que empieza con la pobreza y la discriminación en el propio país, y que es allí donde se puede prevenir. El IMADR llevará a las Naciones Unidas lo que aprendamos de esta campaña», afirmó Claire Dubois, oficial de incidencia ante la ONU del IMADR.',
        },
        {
          type: 'paragraph',
          text: 'El apoyo del IMADR incluye la producción de materiales para la campaña y el intercambio de experiencias con sus comités de Asia y América Latina.',
        },
      ],
    },
  },
  {
    slug: 'japan-committee-new-skills-system-must-end-debt-bondage',
    publishedAt: '2026-10-07T14:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    dateline: { en: 'Tokyo', ja: '東京', es: 'Tokio' },
    scope: 'country',
    committee: 'JC',
    heroImage: 'hero-workers',
    focusAreas: ['migrant-workers-rights', 'human-trafficking-and-exploitative-migration'],
    pressContacts: ['haruka-mori', 'kenji-nakamura'],
    title: {
      en: 'Japan Committee: new skills system must end debt bondage and let workers change jobs',
      ja: '日本委員会声明：育成就労制度は借金による束縛をなくし、転籍の自由を保障すべき',
      es: 'Comité de Japón: el nuevo sistema de formación laboral debe acabar con la servidumbre por deudas y permitir cambiar de empleador',
    },
    summary: {
      en: 'As Japan prepares to replace the Technical Intern Training Program with the new Employment for Skill Development system, IMADR’s Japan Committee warns that a new name will not be enough. Migrant workers must be free of debts to brokers and free to change employer.',
      ja: '技能実習制度に代わる育成就労制度の開始に向けた準備が進むなか、IMADR日本委員会は、名称を変えるだけでは不十分だと訴えます。移住労働者が仲介業者への借金から解放され、自らの意思で雇用主を変えられるようにしなければなりません。',
      es: 'Mientras Japón se prepara para reemplazar el Programa de Formación de Pasantes Técnicos por el nuevo sistema de Empleo para el Desarrollo de Habilidades, el Comité de Japón del IMADR advierte que un cambio de nombre no alcanza: las personas trabajadoras migrantes deben quedar libres de deudas con intermediarios y poder cambiar de empleador.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'For more than thirty years, the Technical Intern Training Program presented itself as a way of passing on skills to developing countries. In practice it became a major source of labour for Japanese farms, factories and building sites, and UN human rights bodies have criticised it again and again. Interns who sought help over unpaid wages, harassment or injuries have described being unable to leave their employer, and many arrived owing large sums to brokers in their home countries.',
        },
        {
          type: 'paragraph',
          text: 'The new Employment for Skill Development system openly acknowledges that its purpose is to recruit and train workers, and it allows workers to change employer under certain conditions. These are steps forward. But whether workers are actually protected will depend on how the system is run, and the Japan Committee’s casework with the Kansai Migrant Solidarity Network shows how quickly debt and dependence can turn a job into a trap.',
        },
        { type: 'heading', text: 'What the Japan Committee asks' },
        {
          type: 'list',
          items: [
            'Let workers change employer on their own initiative, without waiting periods that keep them tied to abusive workplaces.',
            'Ban recruitment fees and deposits charged to workers, in Japan and in countries of origin, and hold employers and supervising organisations to account when workers arrive in debt.',
            'Set up an independent, multilingual body for complaints and protection that workers can turn to without their employer’s knowledge.',
            'Identify victims of forced labour and trafficking among interns and workers under the new system, and guarantee them residence status and support whatever their circumstances.',
          ],
        },
        {
          type: 'quote',
          text: '“Debt is what keeps people silent. If a worker owes a broker more than a year’s wages and cannot change employer, the new system will repeat the abuses of the old one under another name,” said Haruka Mori, Programme Officer for Trafficking and Migration at the Japan Committee.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '技能実習制度は30年以上にわたり、開発途上国への技能移転を掲げてきました。しかし実際には、日本の農業、製造業、建設現場を支える主要な労働力の供給源となり、国連の人権機関からも繰り返し批判を受けてきました。賃金の未払いやハラスメント、労働災害について相談を寄せた実習生の多くは、雇用主のもとを離れることができなかったと語っており、母国の仲介業者に多額の借金を抱えたまま来日した人も少なくありません。',
        },
        {
          type: 'paragraph',
          text: '新たな育成就労制度は、人材の確保と育成を目的とすることを明確にし、一定の条件のもとで転籍（雇用主の変更）を認めています。これらは前進です。しかし、労働者が実際に守られるかどうかは、制度がどのように運用されるかにかかっています。日本委員会が関西移住者連帯ネットワークとともに行ってきた相談支援の経験からも、借金と依存によって仕事がたちまち罠に変わりうることは明らかです。',
        },
        { type: 'heading', text: '日本委員会が求めること' },
        {
          type: 'list',
          items: [
            '虐待のある職場に労働者を縛りつけるような待機期間を設けず、本人の意思による転籍を認めること',
            '日本国内でも送出国でも、労働者に手数料や保証金を負担させることを禁止し、労働者が借金を抱えて来日した場合には雇用主と監理支援機関の責任を問うこと',
            '雇用主に知られることなく利用できる、独立した多言語の相談・保護機関を設けること',
            '技能実習生や新制度のもとで働く労働者の中から、強制労働や人身取引（人身売買）の被害者を適切に認定し、その状況にかかわらず在留資格と支援を保障すること',
          ],
        },
        {
          type: 'quote',
          text: '「借金こそが、人々を沈黙させているものです。仲介業者に1年分の賃金を上回る借金を負い、雇用主も変えられないのであれば、新制度は名前を変えただけで、旧制度と同じ人権侵害を繰り返すことになります」と、日本委員会で人身売買・移住プログラムを担当する森遥は述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'Durante más de treinta años, el Programa de Formación de Pasantes Técnicos se presentó como una forma de transferir habilidades a los países en desarrollo. En la práctica, se convirtió en una de las principales fuentes de mano de obra para el campo, las fábricas y las obras de construcción de Japón, y los órganos de derechos humanos de la ONU lo han criticado en reiteradas ocasiones. Muchos pasantes que pidieron ayuda por salarios impagos, acoso o accidentes laborales contaron que no podían dejar a su empleador, y muchos habían llegado con grandes deudas contraídas con intermediarios en sus países de origen.',
        },
        {
          type: 'paragraph',
          text: 'El nuevo sistema de Empleo para el Desarrollo de Habilidades reconoce abiertamente que su objetivo es conseguir y formar trabajadores, y permite cambiar de empleador en determinadas condiciones. Son avances. Pero que los trabajadores estén realmente protegidos dependerá de cómo se aplique, y la experiencia del Comité de Japón en la atención de casos junto con la Red de Solidaridad con las Personas Migrantes de Kansai muestra con qué rapidez la deuda y la dependencia pueden convertir un empleo en una trampa.',
        },
        { type: 'heading', text: 'Lo que pide el Comité de Japón' },
        {
          type: 'list',
          items: [
            'Permitir que las personas trabajadoras cambien de empleador por decisión propia, sin plazos de espera que las mantengan atadas a lugares de trabajo abusivos.',
            'Prohibir el cobro de comisiones y depósitos de garantía a los trabajadores, tanto en Japón como en los países de origen, y exigir responsabilidades a empleadores y organismos de supervisión cuando los trabajadores lleguen endeudados.',
            'Crear un organismo independiente y multilingüe de denuncia y protección al que los trabajadores puedan acudir sin que lo sepa su empleador.',
            'Identificar a las víctimas de trabajo forzoso y de trata entre los pasantes y los trabajadores del nuevo sistema, y garantizarles permiso de residencia y apoyo, cualquiera sea su situación.',
          ],
        },
        {
          type: 'quote',
          text: '«La deuda es lo que mantiene a la gente en silencio. Si un trabajador le debe a un intermediario más que el salario de un año y no puede cambiar de empleador, el nuevo sistema repetirá los abusos del anterior con otro nombre», afirmó Haruka Mori, oficial de Programa de Trata y Migración del Comité de Japón.',
        },
      ],
    },
  },
  {
    slug: 'japan-committee-and-jnatip-call-for-multilingual-hotline',
    publishedAt: '2026-11-12T10:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    dateline: { en: 'Osaka', ja: '大阪', es: 'Osaka' },
    scope: 'country',
    committee: 'JC',
    heroImage: 'hero-dialogue',
    focusAreas: ['human-trafficking-and-exploitative-migration'],
    pressContacts: ['haruka-mori', 'yuki-sato'],
    title: {
      en: 'Japan Committee and JNATIP call for a multilingual trafficking hotline',
      ja: '日本委員会と人身売買禁止ネットワーク、多言語ホットラインと専門相談窓口の設置を要請',
      es: 'El Comité de Japón y JNATIP reclaman una línea de ayuda multilingüe contra la trata',
    },
    summary: {
      en: 'Ahead of the Japanese government’s annual review of its anti-trafficking measures, IMADR’s Japan Committee and the Japan Network Against Trafficking in Persons (JNATIP) are urging the creation of a hotline in multiple languages and a specialised service desk for people who have been trafficked.',
      ja: '日本政府による人身取引対策の年次の見直しを前に、IMADR日本委員会と人身売買禁止ネットワーク（JNATIP）は、多言語で対応するホットラインと、人身売買の被害者のための専門の相談窓口を設置するよう求めています。',
      es: 'Antes de la revisión anual que el Gobierno japonés hace de sus medidas contra la trata, el Comité de Japón del IMADR y la Red Japonesa contra la Trata de Personas (JNATIP) piden crear una línea de ayuda en varios idiomas y una ventanilla de atención especializada para las víctimas de trata.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Every year the Japan Committee and JNATIP, to which the committee has belonged since the network was founded, meet government ministries to exchange information on Japan’s anti-trafficking policies and programmes. This year’s proposals, sent to the ministries this week, focus on the very first point of contact: what happens when a person who is being exploited picks up the phone.',
        },
        {
          type: 'paragraph',
          text: 'Many of the people the network supports do not speak Japanese well, have had their passports taken, or fear that contacting the authorities will lead to detention or deportation. Existing consultation lines are scattered across different agencies, and few can offer a conversation in the caller’s own language at any hour. As a result, people who could be recognised as victims often remain unidentified.',
        },
        { type: 'heading', text: 'The proposals' },
        {
          type: 'list',
          items: [
            'A free, confidential hotline open 24 hours a day, staffed by trained interpreters in the main languages spoken by migrants in Japan.',
            'A specialised service desk that can arrange shelter, medical care, legal aid and residence procedures in one place.',
            'Broader criteria for recognising victims of trafficking, covering people exploited for their labour and people whose immigration status is irregular.',
            'A role for NGOs and migrant communities in designing and evaluating these services.',
          ],
        },
        {
          type: 'quote',
          text: '“When someone finally finds the courage to call, the first voice they hear decides whether they will ever ask for help again. That voice has to speak their language, and it has to be on their side,” said Haruka Mori, Programme Officer for Trafficking and Migration at the Japan Committee.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '日本委員会は、人身売買禁止ネットワーク（JNATIP）の結成当初からその一員として活動しており、毎年JNATIPと共同で関係省庁との意見交換の場を設け、日本の人身取引（人身売買）対策の政策や施策について情報を交わしています。今週、関係省庁に提出した今年の提言は、最初の相談の入り口、つまり搾取を受けている人が電話をかけたときに何が起きるのかに焦点を当てています。',
        },
        {
          type: 'paragraph',
          text: 'ネットワークが支援する人々の多くは、日本語を十分に話せなかったり、パスポートを取り上げられていたり、当局に連絡すれば収容や退去強制につながるのではないかと恐れていたりします。既存の相談窓口は複数の機関に分散しており、時間を問わず相談者の母語で対応できるところはわずかです。その結果、被害者として認定されるべき人が見過ごされたままになっています。',
        },
        { type: 'heading', text: '提言の内容' },
        {
          type: 'list',
          items: [
            '日本に暮らす移住者が主に使う言語に対応できる、研修を受けた通訳者を配置した、24時間対応・無料・秘密厳守のホットライン',
            'シェルター、医療、法的支援、在留手続きを一か所で調整できる専門の相談窓口',
            '労働搾取の被害者や非正規滞在の人を含めた、人身売買の被害者認定の要件の拡大',
            'これらの支援の設計と評価へのNGOや移住者コミュニティの参画',
          ],
        },
        {
          type: 'quote',
          text: '「勇気を振り絞って電話をかけたとき、最初に聞こえる声によって、その人が再び助けを求めるかどうかが決まります。その声は相談者の言葉で話し、相談者の側に立つものでなければなりません」と、日本委員会で人身売買・移住プログラムを担当する森遥は述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'Cada año, el Comité de Japón y JNATIP —red de la que el comité forma parte desde su fundación— se reúnen con los ministerios del Gobierno para intercambiar información sobre las políticas y los programas japoneses contra la trata. Las propuestas de este año, enviadas a los ministerios esta semana, se centran en el primer contacto: qué ocurre cuando una persona que está siendo explotada toma el teléfono.',
        },
        {
          type: 'paragraph',
          text: 'Muchas de las personas que acompaña la red no hablan bien japonés, tienen el pasaporte retenido o temen que acudir a las autoridades las lleve a la detención o la deportación. Las líneas de consulta existentes están dispersas entre distintos organismos, y pocas pueden atender a cualquier hora en el idioma de quien llama. Como consecuencia, muchas personas que podrían ser reconocidas como víctimas quedan sin identificar.',
        },
        { type: 'heading', text: 'Las propuestas' },
        {
          type: 'list',
          items: [
            'Una línea de ayuda gratuita y confidencial, disponible las 24 horas, atendida por intérpretes capacitados en los principales idiomas que hablan las personas migrantes en Japón.',
            'Una ventanilla de atención especializada que coordine en un solo lugar el alojamiento, la atención médica, la asistencia jurídica y los trámites de residencia.',
            'Criterios más amplios para reconocer a las víctimas de trata, que incluyan a las personas explotadas laboralmente y a quienes se encuentran en situación migratoria irregular.',
            'La participación de las ONG y las comunidades migrantes en el diseño y la evaluación de estos servicios.',
          ],
        },
        {
          type: 'quote',
          text: '«Cuando alguien por fin se anima a llamar, la primera voz que escucha define si volverá a pedir ayuda. Esa voz tiene que hablar su idioma y estar de su lado», afirmó Haruka Mori, oficial de Programa de Trata y Migración del Comité de Japón.',
        },
      ],
    },
  },
  {
    slug: 'ratify-the-ilo-forced-labour-protocol',
    publishedAt: '2026-11-10T10:00:00+01:00',
    timeZone: 'Europe/Zurich',
    dateline: { en: 'Geneva', ja: 'ジュネーブ', es: 'Ginebra' },
    scope: 'global',
    heroImage: 'hero-workers',
    focusAreas: ['migrant-workers-rights', 'human-trafficking-and-exploitative-migration'],
    pressContacts: ['claire-dubois', 'elena-marquez'],
    title: {
      en: 'Ratify the ILO Forced Labour Protocol and protect domestic workers, IMADR urges',
      ja: 'IMADR、強制労働条約議定書の批准と家事労働者の保護を各国に要請',
      es: 'El IMADR pide ratificar el Protocolo de la OIT sobre el trabajo forzoso y proteger a las trabajadoras domésticas',
    },
    summary: {
      en: 'More than a decade after the International Labour Organization (ILO) adopted the Protocol of 2014 to the Forced Labour Convention, IMADR calls on every State that has not yet ratified it to do so, and to bring domestic work and other informal work fully under the protection of labour law.',
      ja: '国際労働機関（ILO）が「1930年の強制労働条約の2014年の議定書」を採択してから10年以上が経ちました。IMADRは、まだ批准していないすべての国に批准を求めるとともに、家事労働をはじめとするインフォーマルな労働に労働法の保護を完全に及ぼすよう訴えます。',
      es: 'A más de diez años de que la Organización Internacional del Trabajo (OIT) adoptara el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930, el IMADR insta a todos los Estados que aún no lo han ratificado a hacerlo y a incorporar plenamente el trabajo doméstico y otras formas de trabajo informal a la protección de la legislación laboral.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'The Protocol brought the ILO’s standards on forced labour up to date. It requires States to prevent forced labour, to protect victims and give them access to remedies, including compensation, and to protect migrant workers in particular from abusive and fraudulent recruitment. It also requires States to ensure that the authorities are able not to prosecute or punish victims for unlawful acts they were forced to commit.',
        },
        {
          type: 'paragraph',
          text: 'Ratification, however, is only the beginning. Forced labour thrives where labour law does not reach: in private homes, on small farms, in unregistered workshops and in other informal work where migrant women and men are heavily represented. A domestic worker who lives in her employer’s house, whose passport sits in her employer’s drawer and who is not covered by rules on working hours or the minimum wage has little chance of proving that she is being exploited.',
        },
        { type: 'heading', text: 'IMADR’s recommendations' },
        {
          type: 'list',
          items: [
            'Ratify the Protocol of 2014 without delay, and adopt a national plan of action against forced labour drawn up with workers’ organisations and civil society.',
            'Extend labour law, including rules on working hours, minimum wages, rest and social security, to domestic workers and other informal workers, and ratify the ILO Domestic Workers Convention, 2011 (No. 189).',
            'Give labour inspectors the mandate and resources to reach private homes and informal workplaces, with due respect for privacy, and keep labour inspection separate from immigration enforcement.',
            'Ensure that every victim of forced labour can obtain compensation, whatever their nationality or immigration status.',
          ],
        },
        {
          type: 'quote',
          text: '“Forced labour does not only happen in remote places. It happens in ordinary homes and workplaces, to people the law has left outside its protection. Ratifying the Protocol is the commitment; bringing every worker under labour law is how that commitment is kept,” said Claire Dubois, IMADR’s UN Advocacy Officer in Geneva.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'この議定書は、強制労働に関するILOの基準を現代の状況に合わせて改めたものです。各国に対し、強制労働を防止すること、被害者を保護し、補償を含む救済を受けられるようにすること、そしてとりわけ移住労働者を募集・採用の過程における虐待的・詐欺的な慣行から守ることを求めています。また、強制されて行った違法行為について、当局が被害者を訴追・処罰しないことができるよう必要な措置をとることも求めています。',
        },
        {
          type: 'paragraph',
          text: 'しかし、批准は出発点にすぎません。強制労働は、労働法の及ばないところで広がります。個人の家庭、小規模な農場、未登録の作業場など、移住者が多く働くインフォーマルな労働の現場です。雇用主の家に住み込み、パスポートを雇用主に保管され、労働時間や最低賃金の規定も適用されない家事労働者が、自らが搾取されていることを証明するのは極めて困難です。',
        },
        { type: 'heading', text: 'IMADRの提言' },
        {
          type: 'list',
          items: [
            '2014年の議定書を速やかに批准し、労働者団体や市民社会とともに、強制労働に関する国の行動計画を策定すること',
            '家事労働者をはじめとするインフォーマルな労働者にも、労働時間、最低賃金、休息、社会保障に関する規定を含めて労働法を適用し、ILOの家事労働者条約（2011年、第189号）を批准すること',
            'プライバシーに配慮しつつ、個人の家庭やインフォーマルな職場にも労働監督が及ぶよう権限と体制を整え、労働監督を出入国管理から切り離すこと',
            '国籍や在留資格にかかわらず、強制労働のすべての被害者が補償を受けられるようにすること',
          ],
        },
        {
          type: 'quote',
          text: '「強制労働は、遠く離れた場所だけで起きているのではありません。ごく普通の家庭や職場で、法律の保護から取り残された人々の身に起きています。議定書の批准は約束であり、すべての労働者を労働法で守ることこそが、その約束を果たす道です」と、IMADRのジュネーブ国連連絡事務所で国連アドボカシーを担当するクレール・デュボワは述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El Protocolo actualizó las normas de la OIT sobre el trabajo forzoso. Obliga a los Estados a prevenirlo, a proteger a las víctimas y darles acceso a acciones jurídicas y de reparación, incluida la indemnización, y a proteger en particular a las personas trabajadoras migrantes frente a prácticas de contratación abusivas y fraudulentas. Además, exige que los Estados garanticen que las autoridades puedan abstenerse de enjuiciar o sancionar a las víctimas por actos ilícitos que se vieron obligadas a cometer.',
        },
        {
          type: 'paragraph',
          text: 'Sin embargo, la ratificación es solo el comienzo. El trabajo forzoso prospera donde la legislación laboral no llega: en los hogares, en pequeñas explotaciones agrícolas, en talleres no registrados y en otras formas de trabajo informal donde hay una fuerte presencia de mujeres y hombres migrantes. Una trabajadora doméstica que vive en la casa de su empleador, cuyo pasaporte está guardado en un cajón del empleador y que no está amparada por las normas sobre jornada o salario mínimo tiene muy pocas posibilidades de demostrar que está siendo explotada.',
        },
        { type: 'heading', text: 'Recomendaciones del IMADR' },
        {
          type: 'list',
          items: [
            'Ratificar sin demora el Protocolo de 2014 y adoptar un plan nacional de acción contra el trabajo forzoso elaborado con las organizaciones de trabajadores y la sociedad civil.',
            'Extender la legislación laboral —incluidas las normas sobre jornada, salario mínimo, descanso y seguridad social— a las trabajadoras y los trabajadores domésticos y a otras personas en el trabajo informal, y ratificar el Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189), de la OIT.',
            'Dotar a la inspección del trabajo del mandato y los recursos necesarios para llegar a los hogares y a los lugares de trabajo informales, con el debido respeto a la privacidad, y mantenerla separada del control migratorio.',
            'Garantizar que toda víctima de trabajo forzoso pueda obtener una indemnización, sea cual sea su nacionalidad o situación migratoria.',
          ],
        },
        {
          type: 'quote',
          text: '«El trabajo forzoso no ocurre solo en lugares remotos. Ocurre en hogares y lugares de trabajo comunes, a personas que la ley dejó fuera de su protección. Ratificar el Protocolo es el compromiso; amparar a toda persona trabajadora con la legislación laboral es la manera de cumplirlo», señaló Claire Dubois, oficial de incidencia ante la ONU del IMADR en Ginebra.',
        },
      ],
    },
  },
]

import type { NewsReleaseSeed } from '../../types'

// Demo news releases, part 1: human trafficking and exploitative migration.
// Staff quoted here are the fictional people in contacts.ts; real officials are
// referred to by title only and are not quoted beyond one short reported phrase.

export const newsReleasesPart1: NewsReleaseSeed[] = [
  // 1. IOM on the demand side of trafficking (New York)
  {
    slug: 'imadr-welcomes-call-to-address-demand-side-of-trafficking',
    publishedAt: '2026-03-06T10:00:00-05:00',
    timeZone: 'America/New_York',
    dateline: { en: 'New York', ja: 'ニューヨーク', es: 'Nueva York' },
    scope: 'global',
    title: {
      en: 'IMADR Welcomes Call to Address Demand Side of Trafficking',
      ja: 'IMADR、人身取引の需要側への対策を求めるIOMの呼びかけを歓迎',
      es: 'El IMADR celebra el llamado a atender la demanda que alimenta la trata',
    },
    summary: {
      en: 'IMADR welcomes a call by the International Organization for Migration, made at a UN conference in New York, for anti-trafficking efforts to look beyond countries of origin and deal with the demand for cheap, unprotected labour in countries of destination.',
      ja: 'IMADRは、国際移住機関（IOM）がニューヨークで開かれた国連の会議で、人身取引対策を送り出し国だけに向けるのではなく、受け入れ国における安価で保護のない労働への需要にも取り組むよう呼びかけたことを歓迎します。',
      es: 'El IMADR celebra que la Organización Internacional para las Migraciones (OIM) haya pedido, en una conferencia de la ONU en Nueva York, que la lucha contra la trata mire más allá de los países de origen y se ocupe de la demanda de mano de obra barata y desprotegida en los países de destino.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'Action against human trafficking has concentrated on the countries people are trafficked from, while the demand that draws them into exploitation has received far less attention. That was the message the Deputy Director General of the International Organization for Migration (IOM) gave to the International Conference on Trafficking in Women and Girls, held on 5 March in the ECOSOC Chamber at UN Headquarters in New York. The conference was sponsored by the governments of Belarus and the Philippines, the UN Office on Drugs and Crime (UNODC) and the NGO Vital Voices, and IOM urged participants to examine the whole chain of trafficking, from supply through to demand.',
        },
        {
          type: 'paragraph',
          text: 'In IOM’s analysis, poverty, gender discrimination and political upheaval leave people in countries of origin more vulnerable, but they are “contributing factors, rather than root causes”. Trade barriers have come down so that goods, services and capital can cross borders more easily, while migration policies have for the most part grown stricter. Where strong demand for cheap labour and services meets too few legal ways to migrate, intermediaries move into the gap, and traffickers follow.',
        },
        {
          type: 'paragraph',
          text: 'At the same conference, the UN Deputy Secretary-General called on countries to join the Global Initiative to Fight Human Trafficking, a new UN programme due to start later this year, and stressed that all stakeholders must cooperate more closely to stop the crime. The President of the UN General Assembly and senior officials from Belarus and the Philippines also spoke. Last October, Belarus and IOM organised a conference on cooperation between countries of origin and destination that brought together governments which had never before sat down to discuss trafficking.',
        },
        { type: 'heading', text: 'IOM’s recommendations for countries of destination' },
        {
          type: 'list',
          items: [
            'Widen awareness of, and research into, every form of forced labour and exploitation, whether people are trafficked within a country or across borders, and into the factors that drive demand for it.',
            'Bring informal and unregulated work within the protection of labour law, so that all workers have the same labour rights.',
            'Encourage employers to form ethical associations bound by codes of conduct that protect their workers’ rights.',
            'Run public awareness campaigns that promote acceptance of migrants and their families and reduce the discrimination and stigma that migrant workers face.',
          ],
        },
        {
          type: 'paragraph',
          text: 'IMADR welcomes this call. It matches what we have long argued: trafficking cannot be ended by prosecuting traffickers and closing borders alone, and destination countries must take responsibility for the demand they create. “Every one of these recommendations can be acted on now,” said Elena Márquez, IMADR’s New York Representative. “Safe and legal routes for migrant workers, and labour protection that reaches everyone whatever their status, would leave traffickers far less room to operate.”',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '人身取引（人身売買）への対策はこれまで、被害者が送り出される国に集中し、人々を搾取へと引き込む需要の側にはあまり目が向けられてきませんでした。国際移住機関（IOM）の事務局次長は3月5日、ニューヨークの国連本部にある国連経済社会理事会（ECOSOC）議場で開かれた「女性と少女の人身取引に関する国際会議」でこう指摘し、供給から需要に至るまで、人身取引の連鎖全体に目を向けるよう訴えました。同会議は、ベラルーシ政府、フィリピン政府、国連薬物・犯罪事務所（UNODC）、NGOのバイタル・ボイス（Vital Voices）が共催したものです。',
        },
        {
          type: 'paragraph',
          text: 'IOMによれば、貧困やジェンダー差別、政情不安は送り出し国の人々を被害に遭いやすい状況に置くものの、それらは「根本原因ではなく、助長する要因」にとどまります。物やサービス、資本が国境を越えやすくなるよう貿易障壁が取り払われてきた一方で、移住に関する政策は全体として厳しさを増しています。安価な労働やサービスへの強い需要があるにもかかわらず、合法的に移住する道はわずかしかありません。そのすき間に仲介業者が入り込み、人身取引の加害者もまたつけ込むのです。',
        },
        {
          type: 'paragraph',
          text: '同じ会議で国連副事務総長は、年内に始まる予定の国連の新たな取り組み「人身取引と闘うグローバル・イニシアティブ」への参加を各国に呼びかけ、この犯罪を食い止めるにはすべての関係者がより緊密に協力する必要があると強調しました。国連総会議長や、ベラルーシとフィリピンの政府高官も登壇しました。ベラルーシは昨年10月、IOMとともに送り出し国と受け入れ国の協力をテーマとする会議を開き、それまで人身取引について話し合ったことのなかった国々の政府を同じ席に集めています。',
        },
        { type: 'heading', text: '受け入れ国に向けたIOMの提言' },
        {
          type: 'list',
          items: [
            '国内での人身取引によるものか、国境を越えた人身取引によるものかを問わず、あらゆる形態の強制労働と搾取、そしてその需要を支える要因について、関心を高め、調査・研究を進めること。',
            'インフォーマルで規制の及ばない仕事を労働法の保護の対象とし、すべての労働者が等しく労働者としての権利を享受できるようにすること。',
            '労働者の権利を守る行動規範を遵守する、倫理的な雇用主の団体の設立を促すこと。',
            '移住者とその家族を社会に受け入れる意識を育み、移住労働者に対する差別や偏見を減らすための啓発キャンペーンを行うこと。',
          ],
        },
        {
          type: 'paragraph',
          text: 'IMADRはこの呼びかけを歓迎します。人身取引は加害者の処罰や国境管理の強化だけではなくならず、受け入れ国は自らが生み出している需要に責任を負わなければなりません。これは、私たちが長年訴えてきたことでもあります。IMADRニューヨーク代表のエレナ・マルケスは、「これらの提言は、どれも今すぐ実行に移せるものです。移住労働者のための安全で合法的な経路と、在留資格にかかわらずすべての人に及ぶ労働者保護があれば、人身取引の加害者がつけ込む余地は大きく狭まります」と述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La lucha contra la trata de personas se ha concentrado en los países de donde salen las víctimas y ha dejado en segundo plano la demanda que las arrastra a la explotación. Así lo señaló la Directora General Adjunta de la Organización Internacional para las Migraciones (OIM) ante la Conferencia Internacional sobre la Trata de Mujeres y Niñas, celebrada el 5 de marzo en el Salón del Consejo Económico y Social (ECOSOC), en la sede de las Naciones Unidas en Nueva York. En la conferencia, patrocinada por los Gobiernos de Belarús y Filipinas, la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) y la ONG Vital Voices, la OIM instó a examinar toda la cadena de la trata, desde la oferta hasta la demanda.',
        },
        {
          type: 'paragraph',
          text: 'Según la OIM, la pobreza, la discriminación de género y la inestabilidad política vuelven más vulnerables a las personas en los países de origen, pero son «factores que contribuyen, no causas de fondo». Mientras se eliminan barreras para que bienes, servicios y capitales circulen con mayor libertad, las políticas migratorias se han vuelto, en general, más restrictivas. Cuando una fuerte demanda de mano de obra y servicios baratos choca con la escasez de vías legales para migrar, se abre un espacio que ocupan los intermediarios, y detrás de ellos, los tratantes.',
        },
        {
          type: 'paragraph',
          text: 'Durante la conferencia, la Vicesecretaria General de las Naciones Unidas instó a los países a sumarse a la Iniciativa Mundial de las Naciones Unidas para Luchar contra la Trata de Personas, un nuevo programa que se pondrá en marcha este año, y subrayó la necesidad de una cooperación más estrecha entre todos los actores para frenar este delito. También intervinieron la Presidenta de la Asamblea General y altos funcionarios de Belarús y Filipinas. En octubre pasado, Belarús y la OIM organizaron una conferencia sobre la cooperación entre países de origen y de destino que reunió a gobiernos que nunca antes se habían sentado a hablar de la trata.',
        },
        { type: 'heading', text: 'Recomendaciones de la OIM para los países de destino' },
        {
          type: 'list',
          items: [
            'Ampliar la atención y la investigación sobre todas las formas de trabajo forzoso y explotación, sean fruto de la trata interna o internacional, y sobre los factores que sostienen su demanda.',
            'Incorporar el trabajo informal y no regulado a la protección de la legislación laboral, para que todas las personas trabajadoras gocen de los mismos derechos.',
            'Promover asociaciones de empleadores éticos que se comprometan con códigos de conducta que protejan los derechos de su personal.',
            'Impulsar campañas de sensibilización que favorezcan la aceptación de las personas migrantes y sus familias, y reduzcan la discriminación y la estigmatización que sufren los trabajadores migrantes.',
          ],
        },
        {
          type: 'paragraph',
          text: 'El IMADR celebra este llamado, que coincide con lo que venimos sosteniendo desde hace años: la trata no se erradicará solo con castigar a los tratantes y cerrar fronteras, y los países de destino deben hacerse cargo de la demanda que generan. «Todas estas recomendaciones pueden llevarse a la práctica ya», afirmó Elena Márquez, representante del IMADR en Nueva York. «Con vías seguras y legales para las personas trabajadoras migrantes y una protección laboral que alcance a todos, sea cual sea su situación migratoria, a los tratantes les quedaría mucho menos margen».',
        },
      ],
    },
    pressContacts: ['elena-marquez', 'claire-dubois'],
    focusAreas: ['human-trafficking-and-exploitative-migration'],
    heroImage: 'hero-trafficking',
  },

  // 2. Japan Committee and JNATIP: annual dialogue with the Government of Japan
  {
    slug: 'japan-urged-to-widen-support-for-trafficking-victims',
    publishedAt: '2026-04-16T15:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    dateline: { en: 'Tokyo', ja: '東京', es: 'Tokio' },
    scope: 'country',
    title: {
      en: 'Japan Urged to Widen Support for Trafficking Victims',
      ja: '日本委員会とJNATIP、人身取引被害者の支援拡充を政府に要請',
      es: 'El Comité de Japón y la JNATIP piden al Gobierno más protección para las víctimas de trata',
    },
    summary: {
      en: 'At their annual dialogue with the Government of Japan, IMADR’s Japan Committee and the Japan Network Against Trafficking in Persons (JNATIP) called for a multilingual hotline, broader criteria for identifying victims and a specialised service desk.',
      ja: 'IMADR日本委員会と人身売買禁止ネットワーク（JNATIP）は、毎年行っている日本政府との意見交換会で、多言語対応のホットラインの開設、被害者認定の要件の拡大、専門の相談窓口の設置を求めました。',
      es: 'En su diálogo anual con el Gobierno de Japón, el Comité de Japón del IMADR y la Red Japonesa contra la Trata de Personas (JNATIP) pidieron una línea de ayuda multilingüe, criterios más amplios para identificar a las víctimas y una ventanilla de atención especializada.',
    },
    revisedEnglishSummary:
      'IMADR’s Japan Committee and the Japan Network Against Trafficking in Persons (JNATIP) used their annual dialogue with the Government of Japan to ask for three things: a hotline in several languages, wider criteria for recognising victims, and a dedicated service desk.',
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'IMADR’s Japan Committee (JC) and the Japan Network Against Trafficking in Persons (JNATIP) held their annual meeting with the Government of Japan in Tokyo this week, exchanging information with the officials responsible for anti-trafficking policies and programmes. The Japan Committee has belonged to JNATIP since the network was founded, and the yearly dialogue gives civil society a regular opportunity to review Japan’s response to trafficking with the government. This year the two organisations again pressed the government to take fuller responsibility for ending trafficking in Japan, and set out three priorities.',
        },
        { type: 'heading', text: 'What we asked for' },
        {
          type: 'list',
          items: [
            'A hotline in several languages, so that people who do not speak Japanese can ask for help in a language they understand',
            'Broader criteria for identifying victims, so that people exploited for their labour, not only in the sex industry, and people who entered or stayed irregularly are recognised and protected rather than treated as offenders',
            'A specialised service desk with staff trained in trafficking cases, able to coordinate shelter, medical care, legal advice and residence procedures',
          ],
        },
        {
          type: 'paragraph',
          text: 'Many people trafficked into Japan never reach support. They may not speak Japanese, may not know their rights, or may fear that coming forward will end in detention and deportation. As long as identification rests on narrow criteria, those whose exploitation does not fit the expected pattern will keep slipping through the gaps.',
        },
        {
          type: 'paragraph',
          text: '“Nobody who has been trafficked should have to fit a template before they can get help,” said Haruka Mori, Programme Officer for trafficking and migration at the Japan Committee. “A hotline people can call in their own language, and a desk that knows how to handle their case, would make a real difference. We will keep raising these points until they are in place.” The Japan Committee and JNATIP will send written follow-up proposals to the ministries concerned.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'IMADR日本委員会（JC）と人身売買禁止ネットワーク（JNATIP）は今週、東京で日本政府との年次の意見交換会を開き、人身取引（人身売買）対策の政策や施策を担当する省庁の職員と情報を交換しました。日本委員会はJNATIPの結成時からのメンバーであり、年に一度のこの対話は、市民社会が政府とともに日本の人身取引対策を定期的に点検する場となっています。今年も両団体は、日本における人身取引の根絶に向けて政府がより大きな責任を果たすよう求め、次の3点を提起しました。',
        },
        { type: 'heading', text: '私たちが求めたこと' },
        {
          type: 'list',
          items: [
            '日本語を話さない人でも、理解できる言葉で助けを求められる多言語対応のホットラインを設けること',
            '被害者認定の要件を広げ、性産業だけでなく労働の場で搾取された人や、非正規に入国・滞在している人も、違反者として扱うのではなく、被害者として認定し保護すること',
            '人身取引の事案について研修を受けた職員を配置し、保護施設、医療、法律相談、在留手続きまでを調整できる専門の相談窓口を設けること',
          ],
        },
        {
          type: 'paragraph',
          text: '日本に連れてこられた人身取引の被害者の多くは、支援にたどり着けずにいます。日本語がわからない、自分の権利を知らない、名乗り出れば収容や強制送還につながるのではないかと恐れている――理由はさまざまです。認定の要件が狭いままでは、想定された型に当てはまらない被害は見過ごされ続けてしまいます。',
        },
        {
          type: 'paragraph',
          text: '日本委員会で人身売買・移住プログラムを担当する森遥は、「被害を受けた人が、支援を受ける前にまず決められた型に当てはまることを求められるべきではありません。自分の言葉で相談できるホットラインと、事案に精通した窓口があれば、状況は大きく変わります。実現するまで、私たちはこれらの点を訴え続けます」と話しています。日本委員会とJNATIPは今後、関係省庁に対して書面で追加の提案を行う予定です。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El Comité de Japón (JC) del IMADR y la Red Japonesa contra la Trata de Personas (JNATIP) celebraron esta semana en Tokio su reunión anual con el Gobierno de Japón, en la que intercambiaron información con los funcionarios a cargo de las políticas y los programas contra la trata. El Comité de Japón integra la JNATIP desde su creación, y este diálogo anual ofrece a la sociedad civil una ocasión periódica para revisar, junto con el Gobierno, la respuesta del país frente a la trata. Este año, ambas organizaciones volvieron a pedir al Gobierno que asuma una mayor responsabilidad para erradicar la trata en Japón y plantearon tres prioridades.',
        },
        { type: 'heading', text: 'Lo que pedimos' },
        {
          type: 'list',
          items: [
            'Una línea de ayuda en varios idiomas, para que quienes no hablan japonés puedan pedir ayuda en una lengua que comprendan',
            'Criterios más amplios para identificar a las víctimas, de modo que las personas explotadas en el trabajo, y no solo en la industria del sexo, así como quienes entraron o permanecen en el país de forma irregular, sean reconocidas y protegidas en lugar de ser tratadas como infractoras',
            'Una ventanilla de atención especializada, con personal capacitado en casos de trata, capaz de coordinar alojamiento, atención médica, asesoramiento jurídico y trámites de residencia',
          ],
        },
        {
          type: 'paragraph',
          text: 'Muchas de las personas llevadas a Japón mediante la trata nunca llegan a recibir apoyo: puede que no hablen japonés, que desconozcan sus derechos o que teman que dar un paso al frente termine en detención y deportación. Mientras la identificación dependa de criterios estrechos, quienes sufrieron una explotación que no encaja en el patrón esperado seguirán quedando fuera.',
        },
        {
          type: 'paragraph',
          text: '«Nadie que haya sido víctima de trata debería tener que encajar en un molde para recibir ayuda», señaló Haruka Mori, oficial de Programa de Trata y Migración del Comité de Japón. «Una línea a la que se pueda llamar en el propio idioma y una ventanilla que sepa cómo tratar cada caso marcarían una gran diferencia. Seguiremos insistiendo hasta que existan». El Comité de Japón y la JNATIP enviarán propuestas de seguimiento por escrito a los ministerios correspondientes.',
        },
      ],
    },
    pressContacts: ['haruka-mori', 'yuki-sato'],
    focusAreas: ['human-trafficking-and-exploitative-migration', 'migrant-workers-rights'],
    committee: 'JC',
    heroImage: 'hero-dialogue',
  },

  // 3. Latin American Base: workshop series with church and women's groups
  {
    slug: 'new-workshop-series-on-trafficking-begins-in-argentina',
    publishedAt: '2026-05-20T11:00:00-03:00',
    timeZone: 'America/Argentina/Buenos_Aires',
    dateline: { en: 'Buenos Aires', ja: 'ブエノスアイレス', es: 'Buenos Aires' },
    scope: 'country',
    title: {
      en: 'New Workshop Series on Trafficking Begins in Argentina',
      ja: 'アルゼンチンで人身取引をテーマとする連続ワークショップを開始',
      es: 'La Base Latinoamericana inicia un ciclo de talleres sobre trata en la Argentina',
    },
    summary: {
      en: 'IMADR’s Latin American Base is starting a new series of workshops on trafficking with church groups and women’s groups in Argentina, drawing on its fact-finding survey of trafficking in women in the country.',
      ja: 'IMADRラテンアメリカ・ベースは、アルゼンチンにおける女性の人身取引の実態調査の成果をもとに、教会グループや女性団体と共同で、人身取引をテーマとする新たな連続ワークショップを始めます。',
      es: 'La Base Latinoamericana del IMADR pone en marcha un nuevo ciclo de talleres sobre trata junto con grupos eclesiales y de mujeres de la Argentina, a partir de su investigación de campo sobre la trata de mujeres en el país.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'IMADR’s Latin American Base (LAB) has opened a new series of workshops on human trafficking, organised with church groups and women’s groups in Buenos Aires and other parts of Argentina, among them the Ecumenical Women’s Network for Rights. The first session took place in Buenos Aires this week, and more will follow over the coming months.',
        },
        {
          type: 'paragraph',
          text: 'The workshops build on the fact-finding survey on trafficking in women in Argentina that LAB carried out with other NGOs and church groups and published in Spanish. Their aim is to put what the survey found into the hands of the people who are often first to notice that something is wrong: parish volunteers, neighbourhood women’s groups and community leaders.',
        },
        { type: 'heading', text: 'What participants will work on' },
        {
          type: 'list',
          items: [
            'How recruitment for exploitation works, from false job offers to the debts that tie women to those who moved them',
            'Warning signs that a woman in the neighbourhood or the congregation may be in a situation of trafficking',
            'How discrimination based on gender, poverty, ethnic origin and nationality leaves some women more exposed than others',
            'Where to turn for help, and how to stand by a woman who decides to ask for it',
          ],
        },
        {
          type: 'paragraph',
          text: '“Church and women’s groups are present in places that institutions rarely reach,” said Lucía Fernández, Coordinator of the Latin American Base. “When they know what to look for and where to turn, women who are being exploited are far less alone. These workshops rest on years of working side by side with them.” Groups interested in hosting a session are invited to contact the Latin American Base.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'IMADRラテンアメリカ・ベース（LAB）は、ブエノスアイレスをはじめアルゼンチン各地の教会グループや女性団体と共同で、人身取引（人身売買）をテーマとする新たな連続ワークショップを始めました。共催団体には「権利のためのエキュメニカル女性ネットワーク」も加わっています。初回は今週ブエノスアイレスで開かれ、今後数か月にわたって回を重ねていく予定です。',
        },
        {
          type: 'paragraph',
          text: 'このワークショップは、ラテンアメリカ・ベースが他のNGOや教会グループと協力して実施し、スペイン語の報告書として発表した、アルゼンチンにおける女性の人身取引の実態調査をもとにしています。調査でわかったことを、異変に最初に気づくことの多い人々、つまり教会のボランティアや地域の女性グループ、コミュニティのリーダーたちと共有することがねらいです。',
        },
        { type: 'heading', text: 'ワークショップで取り上げるテーマ' },
        {
          type: 'list',
          items: [
            '偽りの求人から、女性を連れてきた者のもとに縛りつける借金まで、搾取を目的とした勧誘がどのように行われるか',
            '地域や教会に集う女性が人身取引の状況に置かれているかもしれないことを示すサイン',
            'ジェンダー、貧困、民族的出身、国籍にもとづく差別が重なることで、一部の女性がより被害に遭いやすくなる仕組み',
            '助けを求められる場所と、助けを求めると決めた女性に寄り添う方法',
          ],
        },
        {
          type: 'paragraph',
          text: 'ラテンアメリカ・ベースのコーディネーター、ルシア・フェルナンデスは、「教会や女性のグループは、公的機関の手がなかなか届かない場所にいます。何に気をつけ、どこにつなげばよいかを知っていれば、搾取されている女性が孤立することはずっと少なくなります。このワークショップは、そうした人々と長年ともに活動してきた経験の上に成り立っています」と話しています。ワークショップの開催を希望するグループは、ラテンアメリカ・ベースまでお問い合わせください。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La Base Latinoamericana (LAB) del IMADR inició un nuevo ciclo de talleres sobre trata de personas, organizado junto con grupos eclesiales y de mujeres de Buenos Aires y de otras zonas de la Argentina, entre ellos la Red Ecuménica de Mujeres por los Derechos. El primer encuentro se realizó esta semana en Buenos Aires, y en los próximos meses habrá nuevas jornadas.',
        },
        {
          type: 'paragraph',
          text: 'Los talleres parten de la investigación de campo sobre la trata de mujeres en la Argentina que la Base Latinoamericana llevó adelante con otras ONG y grupos eclesiales, y cuyos resultados publicó en castellano. El objetivo es poner esos hallazgos en manos de quienes suelen ser los primeros en advertir que algo anda mal: voluntarias y voluntarios de parroquias, grupos de mujeres de los barrios y referentes comunitarios.',
        },
        { type: 'heading', text: 'Los ejes de trabajo' },
        {
          type: 'list',
          items: [
            'Cómo funciona la captación con fines de explotación, desde las ofertas de empleo engañosas hasta las deudas que atan a las mujeres a quienes las trasladaron',
            'Las señales de que una mujer del barrio o de la comunidad puede estar en situación de trata',
            'Cómo la discriminación por género, pobreza, origen étnico y nacionalidad deja a algunas mujeres más expuestas que a otras',
            'Adónde acudir en busca de ayuda y cómo acompañar a una mujer que decide pedirla',
          ],
        },
        {
          type: 'paragraph',
          text: '«Los grupos de iglesias y de mujeres están presentes en lugares adonde las instituciones casi nunca llegan», afirmó Lucía Fernández, coordinadora de la Base Latinoamericana. «Cuando saben qué mirar y adónde recurrir, las mujeres que están siendo explotadas quedan mucho menos solas. Estos talleres se apoyan en años de trabajo codo a codo con ellos». Los grupos interesados en organizar un encuentro pueden comunicarse con la Base Latinoamericana.',
        },
      ],
    },
    pressContacts: ['lucia-fernandez', 'mateo-quiroga'],
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
    committee: 'LAB',
    heroImage: 'hero-network',
  },

  // 4. Asia Committee: monitoring the SAARC trafficking convention
  {
    slug: 'saarc-trafficking-convention-needs-a-monitoring-mechanism',
    publishedAt: '2026-06-11T11:00:00+05:45',
    timeZone: 'Asia/Kathmandu',
    dateline: { en: 'Kathmandu', ja: 'カトマンズ', es: 'Katmandú' },
    scope: 'regional',
    title: {
      en: 'SAARC Trafficking Convention Needs a Monitoring Mechanism',
      ja: 'アジア委員会、SAARC人身売買防止条約の履行を監視する仕組みを要求',
      es: 'El Comité de Asia reclama un mecanismo de seguimiento de la Convención de la SAARC sobre trata',
    },
    summary: {
      en: 'IMADR’s Asia Committee calls on the member states of the South Asian Association for Regional Cooperation (SAARC) to set up a mechanism that monitors the full implementation of their convention on trafficking in women and children for prostitution.',
      ja: 'IMADRアジア委員会は、南アジア地域協力連合（SAARC）の加盟国に対し、「売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約」の完全な履行を監視する仕組みを設けるよう求めます。',
      es: 'El Comité de Asia del IMADR insta a los Estados miembros de la Asociación de Asia Meridional para la Cooperación Regional (SAARC) a crear un mecanismo que vigile la plena aplicación de su convención sobre la trata de mujeres y niños con fines de prostitución.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'IMADR’s Asia Committee (AC) today renewed its call for a mechanism to monitor the full implementation of the SAARC Convention on Preventing and Combating Trafficking in Women and Children for Prostitution. Under the convention, the member states of the South Asian Association for Regional Cooperation have committed themselves to working together against trafficking across the region. That commitment will mean little without a regular and transparent way of checking that it is kept.',
        },
        {
          type: 'paragraph',
          text: 'Working with NGOs across South Asia, the Asia Committee has developed safe-migration policies for the region, manuals on the care and protection of trafficking survivors, and educational materials on migration. That experience tells us that the weak point lies less in the text of the convention than in how it is applied: whether survivors receive care and protection, whether cross-border cases are followed through, and whether people who return home are treated as victims rather than offenders.',
        },
        { type: 'heading', text: 'What a monitoring mechanism should do' },
        {
          type: 'list',
          items: [
            'Review, regularly and in public, the steps each member state has taken to put the convention into effect',
            'Give NGOs, survivors’ groups and community organisations a real voice in that review',
            'Look at how survivors are treated in practice, including their access to care, legal aid and a safe return',
            'Make recommendations to member states and check whether they are acted on',
          ],
        },
        {
          type: 'paragraph',
          text: '“South Asian governments made a promise to one another and to the women and children of this region,” said Sunita Shrestha, Coordinator of the Asia Committee. “A monitoring mechanism is what allows people to hold them to it. We are ready to contribute what our partners have learned on the ground.”',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'IMADRアジア委員会（AC）は本日、「売春を目的とする女性・子どもの人身売買の防止と撲滅に関するSAARC条約」の完全な履行を監視する仕組みの創設をあらためて求めました。この条約のもとで、南アジア地域協力連合（SAARC）の加盟国は、地域全体で協力して人身取引（人身売買）に取り組むことを約束しています。しかし、その約束が守られているかを定期的かつ透明な形で確かめる手段がなければ、約束は意味を持ちません。',
        },
        {
          type: 'paragraph',
          text: 'アジア委員会は南アジア各地のNGOと協力して、地域における安全な移住のための政策、人身取引被害者のケアと保護のためのマニュアル、移住に関する教材を作成してきました。その経験から見えてくるのは、課題が条約の条文そのものよりも、その運用にあるということです。被害者が適切なケアと保護を受けられているか、国境を越える事案が最後まで追跡されているか、帰国した人々が違反者ではなく被害者として扱われているか――問われているのはそうした点です。',
        },
        { type: 'heading', text: '監視の仕組みに求められる役割' },
        {
          type: 'list',
          items: [
            '各加盟国が条約の実施のためにとった措置を、定期的かつ公開の形で検証すること',
            'その検証に、NGO、被害当事者の団体、地域の団体が実質的に参加できるようにすること',
            'ケア、法的支援、安全な帰還へのアクセスを含め、被害者が実際にどのように扱われているかを調べること',
            '加盟国に勧告を行い、それが実行されているかを確認すること',
          ],
        },
        {
          type: 'paragraph',
          text: 'アジア委員会コーディネーターのスニタ・シュレスタは、「南アジアの各国政府は、互いに、そしてこの地域の女性と子どもたちに対して約束を交わしました。監視の仕組みがあってこそ、人々はその約束を守るよう政府に求めることができます。私たちは、パートナー団体が現場で積み重ねてきた知見を提供する用意があります」と述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El Comité de Asia (AC) del IMADR renovó hoy su pedido de un mecanismo que vigile la plena aplicación de la Convención de la SAARC sobre la Prevención y la Lucha contra la Trata de Mujeres y Niños con Fines de Prostitución. Mediante esta convención, los Estados miembros de la Asociación de Asia Meridional para la Cooperación Regional se comprometieron a actuar juntos contra la trata en toda la región. Pero ese compromiso significará poco si no existe una forma periódica y transparente de comprobar que se cumple.',
        },
        {
          type: 'paragraph',
          text: 'En colaboración con ONG de toda Asia meridional, el Comité de Asia ha elaborado políticas regionales de migración segura, manuales para la atención y protección de sobrevivientes de trata y materiales educativos sobre migración. Esa experiencia indica que el punto débil no está tanto en el texto de la convención como en su aplicación: si las personas sobrevivientes reciben atención y protección, si se da seguimiento a los casos transfronterizos y si quienes regresan a su país son tratados como víctimas y no como infractores.',
        },
        { type: 'heading', text: 'Qué debería hacer un mecanismo de seguimiento' },
        {
          type: 'list',
          items: [
            'Examinar de forma periódica y pública las medidas que cada Estado miembro ha adoptado para aplicar la convención',
            'Dar a las ONG, a las organizaciones de sobrevivientes y a los grupos comunitarios una participación real en ese examen',
            'Observar cómo se trata en la práctica a las personas sobrevivientes, incluido su acceso a atención, asistencia jurídica y un retorno seguro',
            'Formular recomendaciones a los Estados miembros y verificar que se pongan en práctica',
          ],
        },
        {
          type: 'paragraph',
          text: '«Los gobiernos de Asia meridional asumieron un compromiso entre sí y con las mujeres y los niños de la región», afirmó Sunita Shrestha, coordinadora del Comité de Asia. «Un mecanismo de seguimiento es lo que permite a la gente exigirles que lo cumplan. Estamos dispuestos a aportar lo que nuestras organizaciones aliadas han aprendido sobre el terreno».',
        },
      ],
    },
    pressContacts: ['sunita-shrestha'],
    focusAreas: ['human-trafficking-and-exploitative-migration'],
    committee: 'AC',
    heroImage: 'hero-migration',
  },

  // 5. Statement for the World Day against Trafficking in Persons
  {
    slug: 'crackdowns-alone-wont-end-trafficking-world-day-statement',
    publishedAt: '2026-07-30T09:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    dateline: { en: 'Tokyo', ja: '東京', es: 'Tokio' },
    scope: 'global',
    title: {
      en: 'Crackdowns Alone Won’t End Trafficking: World Day Statement',
      ja: '人身取引反対世界デー声明：取り締まりだけでは人身取引はなくせない',
      es: 'Día Mundial contra la Trata de Personas: la represión, por sí sola, no acabará con la trata',
    },
    summary: {
      en: 'On the World Day against Trafficking in Persons, IMADR calls on governments to recognise trafficking as the product of intertwined discrimination and to tackle its root causes, warning that crackdowns and tighter immigration control on their own only drive it out of sight.',
      ja: '人身取引反対世界デーにあたり、IMADRは各国政府に対し、人身取引を重なり合う差別が生み出すものと捉え、その根本原因に取り組むよう求めます。取り締まりや入国管理の強化だけでは、人身取引を見えにくくするにすぎません。',
      es: 'Con motivo del Día Mundial contra la Trata de Personas, el IMADR insta a los gobiernos a reconocer la trata como resultado de discriminaciones entrelazadas y a atacar sus causas de fondo, y advierte que la represión y el endurecimiento del control migratorio, por sí solos, solo consiguen volverla invisible.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'On 30 July, the World Day against Trafficking in Persons, IMADR stands with everyone who has been trafficked and with the groups around the world that support them. Trafficking grows out of discrimination. Gender, poverty, racism, ethnic origin and nationality combine and reinforce one another, and the people caught where they meet, above all women and children from minority groups, are the most exposed. Once trafficked, many find that racism in the country of destination stands between them and an effective remedy.',
        },
        { type: 'heading', text: 'Why crackdowns are not enough' },
        {
          type: 'paragraph',
          text: 'Many governments have answered trafficking mainly by prosecuting traffickers and tightening immigration control. Holding traffickers to account matters. But these measures on their own tend to push trafficking further out of sight, and they can make the exploitation of undocumented migrants worse, because people who fear detention or deportation will not come forward.',
        },
        { type: 'heading', text: 'What we ask of governments' },
        {
          type: 'list',
          items: [
            'Protect and assist everyone who has been trafficked, whatever their nationality or residence status, and treat them as people whose rights were violated, not as immigration offenders',
            'Open safe and legal routes for migration, leaving intermediaries and traffickers less room to operate',
            'Bring informal and unregulated work within the protection of labour law',
            'Confront racism and multiple discrimination, including within the institutions that victims must turn to for help',
            'Address the gap between North and South that pushes people into migrating on exploitative terms',
          ],
        },
        {
          type: 'paragraph',
          text: '“Each year governments promise tougher action against traffickers,” said Kenji Nakamura, IMADR’s Secretary-General. “But trafficking will not end until we change the conditions that produce it: the gap between North and South, and the layers of discrimination that leave some people with no safe choices.”',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '7月30日の人身取引反対世界デーにあたり、IMADRは、人身取引（人身売買）の被害を受けたすべての人々、そして世界各地でその人々を支える団体と連帯することを表明します。人身取引は差別から生まれます。ジェンダー、貧困、人種主義、民族的出身、国籍による差別は互いに重なり合い、強め合います。それらが交差する場所に置かれた人々、とりわけマイノリティ集団出身の女性と子どもが、最も被害に遭いやすい立場にあります。そして被害を受けた後も、移住先の国での人種差別が、実効的な救済を受ける妨げとなることが少なくありません。',
        },
        { type: 'heading', text: 'なぜ取り締まりだけでは足りないのか' },
        {
          type: 'paragraph',
          text: '多くの国の政府は、人身取引への対策として、主に加害者の訴追と入国管理の強化を進めてきました。加害者の責任を問うことは重要です。しかし、こうした措置だけでは人身取引をいっそう見えにくくし、非正規滞在の移住者に対する搾取をかえって深刻にするおそれがあります。収容や強制送還を恐れる人々は、名乗り出ることができないからです。',
        },
        { type: 'heading', text: '各国政府に求めること' },
        {
          type: 'list',
          items: [
            '国籍や在留資格にかかわらず、人身取引の被害を受けたすべての人を保護・支援し、入管法違反者としてではなく、権利を侵害された人として扱うこと',
            '安全で合法的な移住の経路を設け、仲介業者や加害者がつけ込む余地を狭めること',
            'インフォーマルで規制の及ばない仕事を労働法の保護の対象とすること',
            '被害者が助けを求める機関の内部にあるものも含め、人種主義と複合差別に立ち向かうこと',
            '人々を搾取的な条件での移住へと追いやる南北格差の是正に取り組むこと',
          ],
        },
        {
          type: 'paragraph',
          text: 'IMADR事務局長の中村健二は、「毎年、各国政府は加害者へのより厳しい対応を約束します。しかし、人身取引を生み出している条件、すなわち南北の格差と、一部の人々から安全な選択肢を奪っている幾重もの差別を変えない限り、人身取引はなくなりません」と述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'Este 30 de julio, Día Mundial contra la Trata de Personas, el IMADR expresa su solidaridad con todas las personas que han sido víctimas de trata y con las organizaciones que las acompañan en todo el mundo. La trata nace de la discriminación. El género, la pobreza, el racismo, el origen étnico y la nacionalidad se combinan y se refuerzan entre sí, y las personas que quedan en ese cruce, sobre todo las mujeres, las niñas y los niños de grupos minoritarios, son las más expuestas. Una vez tratadas, muchas descubren que el racismo en el país de destino les cierra el paso a una reparación efectiva.',
        },
        { type: 'heading', text: 'Por qué la represión no basta' },
        {
          type: 'paragraph',
          text: 'Muchos gobiernos han respondido a la trata sobre todo con el procesamiento de los tratantes y el endurecimiento del control migratorio. Que los tratantes rindan cuentas es importante. Pero estas medidas, por sí solas, tienden a volver la trata todavía menos visible y pueden agravar la explotación de las personas migrantes indocumentadas, porque quien teme la detención o la deportación no se atreve a denunciar.',
        },
        { type: 'heading', text: 'Lo que pedimos a los gobiernos' },
        {
          type: 'list',
          items: [
            'Proteger y asistir a todas las personas víctimas de trata, cualquiera sea su nacionalidad o situación migratoria, y tratarlas como personas cuyos derechos fueron vulnerados, no como infractoras de las leyes migratorias',
            'Abrir vías de migración seguras y legales, para reducir el margen de acción de intermediarios y tratantes',
            'Incorporar el trabajo informal y no regulado a la protección de la legislación laboral',
            'Enfrentar el racismo y la discriminación múltiple, también dentro de las instituciones a las que las víctimas deben acudir en busca de ayuda',
            'Atender la brecha entre el Norte y el Sur, que empuja a tantas personas a migrar en condiciones de explotación',
          ],
        },
        {
          type: 'paragraph',
          text: '«Cada año, los gobiernos prometen mano más dura contra los tratantes», dijo Kenji Nakamura, secretario general del IMADR. «Pero la trata no terminará mientras no cambiemos las condiciones que la producen: la brecha entre el Norte y el Sur, y las múltiples capas de discriminación que dejan a algunas personas sin opciones seguras».',
        },
      ],
    },
    pressContacts: ['kenji-nakamura', 'yuki-sato', 'claire-dubois'],
    focusAreas: [
      'human-trafficking-and-exploitative-migration',
      'racism-and-multiple-discrimination',
      'migrant-workers-rights',
    ],
    heroImage: 'hero-trafficking',
  },

  // 6. Submission to the UN Special Rapporteur on trafficking in persons
  {
    slug: 'imadr-submission-to-un-special-rapporteur-on-trafficking',
    publishedAt: '2026-08-25T10:00:00+02:00',
    timeZone: 'Europe/Zurich',
    dateline: { en: 'Geneva', ja: 'ジュネーブ', es: 'Ginebra' },
    scope: 'global',
    title: {
      en: 'IMADR Submission to UN Special Rapporteur on Trafficking',
      ja: 'IMADR、人身取引に関する国連特別報告者に現場からの情報を提出',
      es: 'El IMADR lleva información del terreno a la Relatoría Especial de la ONU sobre la trata',
    },
    summary: {
      en: 'IMADR has sent the UN Special Rapporteur on trafficking in persons, especially women and children, a written submission based on information gathered by its committees and partners in South Asia, Latin America and Japan.',
      ja: 'IMADRは、人身取引、特に女性と子どもの人身取引に関する国連特別報告者に対し、南アジア、中南米、日本の各委員会とパートナー団体が集めた情報にもとづく意見書を提出しました。',
      es: 'El IMADR envió a la Relatoría Especial de las Naciones Unidas sobre la trata de personas, especialmente mujeres y niños, un documento basado en la información reunida por sus comités y organizaciones aliadas en Asia meridional, América Latina y Japón.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'IMADR has made a written submission to the UN Special Rapporteur on trafficking in persons, especially women and children. As an NGO in consultative status with the UN Economic and Social Council (ECOSOC), IMADR regularly brings information from the ground to the UN’s independent experts, so that trafficking is examined from more than one angle. This submission draws on the work of our Asia Committee in Kathmandu, our Latin American Base in Buenos Aires and our Japan Committee in Osaka, and on reports from partner organisations.',
        },
        { type: 'heading', text: 'Main points' },
        {
          type: 'list',
          items: [
            'Identification: people exploited outside the sex industry, and people with irregular status, are too often not recognised as victims, and so receive neither protection nor support',
            'Immigration enforcement: when reporting exploitation carries a risk of detention or deportation, victims stay silent and trafficking becomes harder to see',
            'Demand: destination countries need to look at the demand for cheap, unprotected labour and bring informal work within the protection of labour law',
            'Discrimination: racism, and discrimination based on gender, ethnic origin and nationality, leave some women and children more exposed to trafficking and less able to obtain a remedy',
            'Regional cooperation: commitments such as the SAARC convention on trafficking in women and children need monitoring in which civil society takes part',
          ],
        },
        {
          type: 'paragraph',
          text: 'The submission asks the Special Rapporteur to pay particular attention to the situation of women from minority groups, and to encourage states to judge their anti-trafficking policies not only by the number of prosecutions but by whether victims can actually reach protection and justice.',
        },
        {
          type: 'paragraph',
          text: '“Our committees and partners see what is happening to people long before it shows up in official figures,” said Claire Dubois, IMADR’s UN Advocacy Officer in Geneva. “This submission carries their experience into the UN’s work, and we will follow it up with the Special Rapporteur’s office.”',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'IMADRは、人身取引、特に女性と子どもの人身取引に関する国連特別報告者に意見書を提出しました。IMADRは国連経済社会理事会（ECOSOC）との協議資格を持つNGOとして、人身取引（人身売買）の問題がさまざまな角度から検討されるよう、国連の独立専門家に現場の情報を届けてきました。今回の意見書は、カトマンズのアジア委員会、ブエノスアイレスのラテンアメリカ・ベース、大阪の日本委員会の活動と、パートナー団体からの報告をもとにまとめたものです。',
        },
        { type: 'heading', text: '主な論点' },
        {
          type: 'list',
          items: [
            '被害者の認定：性産業以外で搾取された人や非正規滞在の人は、被害者として認定されないことが多く、保護も支援も受けられずにいること',
            '入国管理：搾取を訴えることが収容や強制送還の危険につながる状況では、被害者は沈黙し、人身取引はいっそう見えにくくなること',
            '需要：受け入れ国は、安価で保護のない労働への需要に目を向け、インフォーマルな仕事を労働法の保護の対象とする必要があること',
            '差別：人種主義や、ジェンダー、民族的出身、国籍にもとづく差別によって、一部の女性と子どもが被害に遭いやすくなり、救済も受けにくくなっていること',
            '地域協力：女性・子どもの人身売買に関するSAARC条約のような国家間の約束には、市民社会が参加する監視の仕組みが必要であること',
          ],
        },
        {
          type: 'paragraph',
          text: '意見書は特別報告者に対し、マイノリティ集団出身の女性の状況にとくに注意を払うこと、そして各国が自国の人身取引対策を訴追件数だけでなく、被害者が実際に保護と司法にたどり着けているかどうかによって評価するよう促すことを求めています。',
        },
        {
          type: 'paragraph',
          text: 'ジュネーブで国連アドボカシーを担当するクレール・デュボワは、「私たちの委員会やパートナー団体は、公式の統計に表れるずっと前から、人々の身に何が起きているかを目の当たりにしています。この意見書は、その経験を国連の取り組みに届けるためのものです。今後も特別報告者の事務所と連絡を取りながら、フォローアップしていきます」と述べています。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'El IMADR presentó un documento escrito a la Relatoría Especial de las Naciones Unidas sobre la trata de personas, especialmente mujeres y niños. Como ONG con estatus consultivo ante el Consejo Económico y Social de las Naciones Unidas (ECOSOC), el IMADR hace llegar de manera regular a los expertos independientes de la ONU información recogida sobre el terreno, para que la trata se examine desde más de un ángulo. Este documento se basa en el trabajo de nuestro Comité de Asia en Katmandú, nuestra Base Latinoamericana en Buenos Aires y nuestro Comité de Japón en Osaka, así como en informes de organizaciones aliadas.',
        },
        { type: 'heading', text: 'Puntos principales' },
        {
          type: 'list',
          items: [
            'Identificación: las personas explotadas fuera de la industria del sexo y las que se encuentran en situación migratoria irregular muchas veces no son reconocidas como víctimas, por lo que no reciben protección ni apoyo',
            'Control migratorio: cuando denunciar la explotación implica arriesgarse a la detención o la deportación, las víctimas callan y la trata se vuelve más difícil de detectar',
            'Demanda: los países de destino deben ocuparse de la demanda de mano de obra barata y desprotegida, e incorporar el trabajo informal a la protección de la legislación laboral',
            'Discriminación: el racismo y la discriminación por género, origen étnico y nacionalidad dejan a algunas mujeres, niñas y niños más expuestos a la trata y con menos posibilidades de obtener una reparación',
            'Cooperación regional: compromisos como la Convención de la SAARC sobre la trata de mujeres y niños requieren un seguimiento en el que participe la sociedad civil',
          ],
        },
        {
          type: 'paragraph',
          text: 'El documento pide a la Relatoría Especial que preste especial atención a la situación de las mujeres de grupos minoritarios y que aliente a los Estados a evaluar sus políticas contra la trata no solo por el número de procesamientos, sino por la posibilidad real de que las víctimas accedan a protección y justicia.',
        },
        {
          type: 'paragraph',
          text: '«Nuestros comités y organizaciones aliadas ven lo que les pasa a las personas mucho antes de que aparezca en las cifras oficiales», señaló Claire Dubois, oficial de Incidencia ante la ONU del IMADR en Ginebra. «Este documento lleva esa experiencia al trabajo de las Naciones Unidas, y le daremos seguimiento con la oficina de la Relatoría Especial».',
        },
      ],
    },
    pressContacts: ['claire-dubois'],
    focusAreas: [
      'human-trafficking-and-exploitative-migration',
      'migrant-workers-rights',
      'racism-and-multiple-discrimination',
    ],
  },

  // 7. Latin American Base: updated report on trafficking in women in Argentina
  {
    slug: 'argentina-trafficking-report-updated-with-japanese-summary',
    publishedAt: '2026-09-17T11:00:00-03:00',
    timeZone: 'America/Argentina/Buenos_Aires',
    dateline: { en: 'Buenos Aires', ja: 'ブエノスアイレス', es: 'Buenos Aires' },
    scope: 'country',
    title: {
      en: 'Argentina Trafficking Report Updated, with Japanese Summary',
      ja: 'アルゼンチンの女性の人身取引に関する報告書、改訂版と日本語要約を公開',
      es: 'Nueva edición del informe sobre la trata de mujeres en la Argentina, con resumen en japonés',
    },
    summary: {
      en: 'IMADR’s Latin American Base has published an updated Spanish-language edition of its report on trafficking in women in Argentina, and the Tokyo secretariat has prepared a Japanese summary for readers in Japan.',
      ja: 'IMADRラテンアメリカ・ベースは、アルゼンチンにおける女性の人身取引に関する報告書のスペイン語改訂版を発行しました。あわせて東京事務局が、日本の読者に向けた日本語の要約を作成しました。',
      es: 'La Base Latinoamericana del IMADR publicó una edición actualizada en castellano de su informe sobre la trata de mujeres en la Argentina, y la Secretaría de Tokio preparó un resumen en japonés para el público de Japón.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'IMADR’s Latin American Base (LAB) has published an updated Spanish-language edition of its report on trafficking in women in Argentina. The report first set out the results of the fact-finding survey that LAB carried out with other NGOs and church groups. The new edition revisits those findings and adds what LAB and its partners have learned since, in particular through the workshops it runs with church groups and women’s groups around the country.',
        },
        { type: 'heading', text: 'What the new edition covers' },
        {
          type: 'list',
          items: [
            'How women are recruited and moved into exploitation, and the part played by debts and false promises of work',
            'The barriers that stop women from seeking help, including fear of the authorities and discrimination based on poverty, ethnic origin and nationality',
            'Experiences shared in the workshops, included with the consent of those who told them and with identifying details removed',
            'Recommendations to national and provincial authorities, and to the church and community groups that are often the first to offer support',
          ],
        },
        {
          type: 'paragraph',
          text: 'To carry the findings beyond the Spanish-speaking world, IMADR’s Tokyo secretariat has prepared a Japanese summary. It sets the situation in Argentina alongside the experience of the Japan Committee, showing how, in very different places, trafficking grows out of the same layers of discrimination.',
        },
        {
          type: 'paragraph',
          text: '“This report belongs to the many people who shared what they had lived through and what they had seen in their communities,” said Mateo Quiroga, Communications Officer of the Latin American Base. “We want it to be read and used, in Argentina and beyond.” The Spanish report and the Japanese summary can both be downloaded free of charge from the IMADR website, and partner organisations may request printed copies.',
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: 'IMADRラテンアメリカ・ベース（LAB）は、アルゼンチンにおける女性の人身取引（人身売買）に関する報告書のスペイン語改訂版を発行しました。この報告書は、ラテンアメリカ・ベースが他のNGOや教会グループと協力して行った実態調査の結果をまとめたものです。改訂版では当初の調査結果をあらためて見直すとともに、その後に得られた知見、とりわけ国内各地で教会グループや女性団体と開いてきたワークショップを通じてわかったことを加えました。',
        },
        { type: 'heading', text: '改訂版の主な内容' },
        {
          type: 'list',
          items: [
            '女性たちがどのように勧誘され、搾取の場へと移されるのか、そして借金や偽りの求人が果たす役割',
            '当局への恐れや、貧困、民族的出身、国籍にもとづく差別など、女性が助けを求めることを阻んでいる壁',
            'ワークショップで語られた体験（語った本人の同意を得たうえで、個人が特定されないよう配慮して収録）',
            '国や州の当局、そして支援の最初の担い手となることの多い教会や地域のグループへの提言',
          ],
        },
        {
          type: 'paragraph',
          text: '調査結果をスペイン語圏の外にも届けるため、IMADR東京事務局が日本語の要約を作成しました。要約では、アルゼンチンの状況を日本委員会の経験と照らし合わせ、まったく異なる場所であっても、人身取引が同じように幾重にも重なる差別から生まれていることを示しています。',
        },
        {
          type: 'paragraph',
          text: 'ラテンアメリカ・ベース広報担当のマテオ・キロガは、「この報告書は、自らの体験や地域で目にしてきたことを語ってくれた多くの人々のものです。アルゼンチン国内はもちろん、国外でも読まれ、活用されることを願っています」と話しています。スペイン語版の報告書と日本語要約は、いずれもIMADRのウェブサイトから無料でダウンロードできます。印刷版はパートナー団体の求めに応じてお送りします。',
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La Base Latinoamericana (LAB) del IMADR publicó una edición actualizada en castellano de su informe sobre la trata de mujeres en la Argentina. El informe reunió en su momento los resultados de la investigación de campo que la Base Latinoamericana llevó adelante con otras ONG y grupos eclesiales. La nueva edición vuelve sobre aquellos hallazgos y suma lo aprendido desde entonces, en particular a través de los talleres que la Base organiza con grupos de iglesias y de mujeres en distintos puntos del país.',
        },
        { type: 'heading', text: 'Qué incluye la nueva edición' },
        {
          type: 'list',
          items: [
            'Cómo se capta a las mujeres y se las traslada hacia la explotación, y el papel de las deudas y de las falsas promesas de trabajo',
            'Los obstáculos que impiden a las mujeres pedir ayuda, entre ellos el miedo a las autoridades y la discriminación por pobreza, origen étnico y nacionalidad',
            'Experiencias compartidas en los talleres, incluidas con el consentimiento de quienes las relataron y sin datos que permitan identificarlas',
            'Recomendaciones para las autoridades nacionales y provinciales, y para los grupos eclesiales y comunitarios que suelen ser los primeros en brindar apoyo',
          ],
        },
        {
          type: 'paragraph',
          text: 'Para que estos hallazgos lleguen más allá del mundo hispanohablante, la Secretaría de Tokio del IMADR preparó un resumen en japonés. El resumen pone la situación argentina en diálogo con la experiencia del Comité de Japón y muestra cómo, en contextos muy distintos, la trata surge de las mismas capas de discriminación.',
        },
        {
          type: 'paragraph',
          text: '«Este informe les pertenece a las muchas personas que compartieron lo que vivieron y lo que vieron en sus comunidades», dijo Mateo Quiroga, responsable de Comunicación de la Base Latinoamericana. «Queremos que se lea y que se use, en la Argentina y fuera de ella». El informe en castellano y el resumen en japonés pueden descargarse gratuitamente desde el sitio web del IMADR; las organizaciones aliadas pueden solicitar ejemplares impresos.',
        },
      ],
    },
    pressContacts: ['mateo-quiroga', 'lucia-fernandez'],
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
    committee: 'LAB',
    heroImage: 'hero-network',
  },
]

// The pool the bench's fictional news releases are drawn from: issues, places, kinds of event and
// the sentences of a release, each written in English, Japanese and Spanish so that one choice reads
// as the same release in all three. No real person is named or quoted: speakers are roles.
// Data, like src/seed/data (and, like it, not held to the 200-line limit).
import type { Scope } from '@/documents/choices'
import type { Locale } from '@/i18n/locales'

export type Localized = Record<Locale, string>
/** A sentence or title with {issue}, {place}, {speaker}, {count} and {year} to fill in. */
export type Template = Localized

/** Index into the demo content's focus areas, in their display order. */
export const TRAFFICKING = 0
export const MIGRANT_WORKERS = 1
export const DISCRIMINATION = 2

// Issues, by the focus area they belong to. Spanish keeps its article: templates never put "de" or
// "a" before an issue, so no contraction (del, al) is ever needed.
export const issues: { area: number; text: Localized }[] = [
  { area: TRAFFICKING, text: { en: 'trafficking in persons', ja: '人身取引', es: 'la trata de personas' } },
  { area: TRAFFICKING, text: { en: 'forced labour in supply chains', ja: 'サプライチェーンにおける強制労働', es: 'el trabajo forzoso en las cadenas de suministro' } },
  { area: TRAFFICKING, text: { en: 'debt bondage', ja: '債務による束縛', es: 'la servidumbre por deudas' } },
  { area: TRAFFICKING, text: { en: 'support for survivors of trafficking', ja: '人身取引被害者への支援', es: 'el apoyo a las sobrevivientes de la trata' } },
  { area: TRAFFICKING, text: { en: 'the online recruitment of victims', ja: 'オンラインでの被害者の勧誘', es: 'la captación de víctimas por internet' } },
  { area: MIGRANT_WORKERS, text: { en: 'recruitment fees charged to migrant workers', ja: '移住労働者に課される斡旋手数料', es: 'las comisiones de contratación cobradas a trabajadores migrantes' } },
  { area: MIGRANT_WORKERS, text: { en: 'the technical intern training programme', ja: '技能実習制度', es: 'el programa de prácticas técnicas' } },
  { area: MIGRANT_WORKERS, text: { en: 'the rights of migrant domestic workers', ja: '移住家事労働者の権利', es: 'los derechos de las trabajadoras domésticas migrantes' } },
  { area: MIGRANT_WORKERS, text: { en: 'wage theft in seasonal farm work', ja: '季節農業労働での賃金未払い', es: 'el robo de salarios en el trabajo agrícola de temporada' } },
  { area: MIGRANT_WORKERS, text: { en: 'access to justice for undocumented workers', ja: '非正規滞在の労働者の司法へのアクセス', es: 'el acceso a la justicia de los trabajadores indocumentados' } },
  { area: DISCRIMINATION, text: { en: 'hate speech against minorities', ja: 'マイノリティに対するヘイトスピーチ', es: 'el discurso de odio contra las minorías' } },
  { area: DISCRIMINATION, text: { en: 'discrimination based on work and descent', ja: '職業と世系に基づく差別', es: 'la discriminación basada en el trabajo y la ascendencia' } },
  { area: DISCRIMINATION, text: { en: 'Buraku discrimination', ja: '部落差別', es: 'la discriminación contra el pueblo buraku' } },
  { area: DISCRIMINATION, text: { en: 'the rights of Indigenous peoples', ja: '先住民族の権利', es: 'los derechos de los pueblos indígenas' } },
  { area: DISCRIMINATION, text: { en: 'multiple discrimination against minority women', ja: 'マイノリティ女性に対する複合差別', es: 'la discriminación múltiple contra las mujeres de minorías' } },
]

export interface Place {
  name: Localized
  timeZone: string
  scope: Scope
  /** The regional committee that works there, if any (its code in the demo content). */
  committee?: 'AC' | 'LAB' | 'JC'
}

// Time zones are ones the admin's zone picker offers.
export const places: Place[] = [
  { name: { en: 'Tokyo', ja: '東京', es: 'Tokio' }, timeZone: 'Asia/Tokyo', scope: 'country', committee: 'JC' },
  { name: { en: 'Osaka', ja: '大阪', es: 'Osaka' }, timeZone: 'Asia/Tokyo', scope: 'country', committee: 'JC' },
  { name: { en: 'Okinawa', ja: '沖縄', es: 'Okinawa' }, timeZone: 'Asia/Tokyo', scope: 'country', committee: 'JC' },
  { name: { en: 'Geneva', ja: 'ジュネーブ', es: 'Ginebra' }, timeZone: 'Europe/Zurich', scope: 'global' },
  { name: { en: 'New York', ja: 'ニューヨーク', es: 'Nueva York' }, timeZone: 'America/New_York', scope: 'global' },
  { name: { en: 'Kathmandu', ja: 'カトマンズ', es: 'Katmandú' }, timeZone: 'Asia/Kathmandu', scope: 'regional', committee: 'AC' },
  { name: { en: 'Colombo', ja: 'コロンボ', es: 'Colombo' }, timeZone: 'Asia/Colombo', scope: 'regional', committee: 'AC' },
  { name: { en: 'Dhaka', ja: 'ダッカ', es: 'Daca' }, timeZone: 'Asia/Dhaka', scope: 'regional', committee: 'AC' },
  { name: { en: 'Bangkok', ja: 'バンコク', es: 'Bangkok' }, timeZone: 'Asia/Bangkok', scope: 'regional', committee: 'AC' },
  { name: { en: 'Buenos Aires', ja: 'ブエノスアイレス', es: 'Buenos Aires' }, timeZone: 'America/Argentina/Buenos_Aires', scope: 'regional', committee: 'LAB' },
  { name: { en: 'São Paulo', ja: 'サンパウロ', es: 'São Paulo' }, timeZone: 'America/Sao_Paulo', scope: 'regional', committee: 'LAB' },
  { name: { en: 'Bogotá', ja: 'ボゴタ', es: 'Bogotá' }, timeZone: 'America/Bogota', scope: 'regional', committee: 'LAB' },
  { name: { en: 'Berlin', ja: 'ベルリン', es: 'Berlín' }, timeZone: 'Europe/Berlin', scope: 'regional' },
  { name: { en: 'Lagos', ja: 'ラゴス', es: 'Lagos' }, timeZone: 'Africa/Lagos', scope: 'regional' },
]

// Who speaks in a release: roles, never names.
export const speakers: Localized[] = [
  { en: 'the Secretary-General of IMADR', ja: 'IMADR事務局長', es: 'la secretaria general del IMADR' },
  { en: 'the coordinator of the regional committee', ja: '地域委員会のコーディネーター', es: 'el coordinador del comité regional' },
  { en: 'a lawyer who represents migrant workers', ja: '移住労働者の代理人を務める弁護士', es: 'una abogada que representa a trabajadores migrantes' },
  { en: 'a survivor who now counsels others', ja: '現在は相談員を務めるサバイバー', es: 'una sobreviviente que hoy acompaña a otras personas' },
  { en: 'IMADR’s representative to the United Nations', ja: 'IMADRの国連代表', es: 'la representante del IMADR ante las Naciones Unidas' },
  { en: 'a community organiser from the region', ja: '地域で活動するコミュニティ・オーガナイザー', es: 'un organizador comunitario de la región' },
]

// Titles. {issue} is lower case in English; a title that starts with it is never drawn.
export const titles: Template[] = [
  { en: 'IMADR calls for stronger action on {issue}', ja: 'IMADR、{issue}への対策強化を求める', es: 'El IMADR pide medidas más firmes sobre {issue}' },
  { en: 'Regional consultation in {place} examines {issue}', ja: '{place}で地域協議、{issue}を検討', es: 'Una consulta regional en {place} examina {issue}' },
  { en: 'Joint statement: governments must act on {issue}', ja: '共同声明：各国政府は{issue}に取り組むべき', es: 'Declaración conjunta: los gobiernos deben actuar sobre {issue}' },
  { en: 'New survey documents {issue} in {place}', ja: '新たな調査、{place}における{issue}の実態を記録', es: 'Un nuevo estudio documenta {issue} en {place}' },
  { en: 'Report to UN treaty body highlights {issue}', ja: '国連条約機関への報告書、{issue}を指摘', es: 'Un informe al órgano de tratados de la ONU destaca {issue}' },
  { en: 'Workshop in {place} trains community advocates on {issue}', ja: '{place}で研修、地域の支援者が{issue}について学ぶ', es: 'Un taller en {place} forma a defensores comunitarios sobre {issue}' },
  { en: 'Side event at the Human Rights Council puts {issue} on the agenda', ja: '人権理事会のサイドイベント、{issue}を議題に', es: 'Un evento paralelo en el Consejo de Derechos Humanos pone en la agenda {issue}' },
  { en: 'IMADR welcomes court ruling on {issue}', ja: 'IMADR、{issue}をめぐる判決を歓迎', es: 'El IMADR celebra el fallo judicial sobre {issue}' },
  { en: 'Civil society groups in {place} publish {count} recommendations on {issue}', ja: '{place}の市民社会団体、{issue}に関する{count}項目の提言を発表', es: 'Organizaciones de la sociedad civil de {place} publican {count} recomendaciones sobre {issue}' },
  { en: 'Ten years on: what has changed for {issue}', ja: '10年を経て：{issue}をめぐり何が変わったか', es: 'Diez años después: qué ha cambiado en torno a {issue}' },
]

export const summaries: Template[] = [
  { en: 'Meeting in {place}, {speaker} and partner organisations discussed {issue} and agreed on {count} recommendations for governments and employers.', ja: '{place}に集まった{speaker}とパートナー団体は、{issue}について議論し、政府と雇用主に向けた{count}項目の提言をまとめました。', es: 'Reunidos en {place}, {speaker} y las organizaciones aliadas debatieron sobre {issue} y acordaron {count} recomendaciones para gobiernos y empleadores.' },
  { en: 'IMADR urges authorities to treat {issue} as a human rights question, not only a matter of law enforcement, and to listen to the people most affected.', ja: 'IMADRは、{issue}を取り締まりの問題としてだけでなく人権の問題として扱い、最も影響を受ける人々の声を聞くよう当局に求めます。', es: 'El IMADR insta a las autoridades a tratar {issue} como una cuestión de derechos humanos, no solo de aplicación de la ley, y a escuchar a las personas más afectadas.' },
  { en: 'Testimony gathered in {place} during {year} shows how {issue} keeps people in exploitation, and what would help them leave it.', ja: '{year}年に{place}で集めた証言は、{issue}が人々を搾取にとどめている仕組みと、そこから抜け出す助けになるものを示しています。', es: 'Los testimonios reunidos en {place} durante {year} muestran cómo {issue} mantiene a las personas en la explotación y qué les ayudaría a salir de ella.' },
  { en: 'Our submission asks the committee to question the government on {issue} and to recommend measures that can be checked within two years.', ja: '私たちの報告書は、{issue}について政府に質問し、2年以内に検証できる措置を勧告するよう委員会に求めています。', es: 'Nuestra contribución pide al comité que interrogue al gobierno sobre {issue} y recomiende medidas verificables en un plazo de dos años.' },
]

// Body paragraphs, drawn in order from each group so a release reads from context to call to action.
export const contextParagraphs: Template[] = [
  { en: 'Across the region, {issue} remains one of the least visible abuses: those affected rarely report it, fearing that they will lose their income, their residence status or both.', ja: '地域全体で、{issue}は最も見えにくい人権侵害の一つです。影響を受ける人々は、収入や在留資格、あるいはその両方を失うことを恐れ、被害を訴えることがほとんどありません。', es: 'En toda la región, {issue} sigue siendo uno de los abusos menos visibles: quienes lo sufren rara vez lo denuncian, por miedo a perder sus ingresos, su situación migratoria o ambas cosas.' },
  { en: 'Since {year}, partner organisations in {place} have recorded a steady rise in requests for help related to {issue}, many of them from people who did not know where else to turn.', ja: '{year}年以降、{place}のパートナー団体には{issue}に関する相談が着実に増えています。その多くは、ほかに頼る先を知らなかった人々からのものです。', es: 'Desde {year}, las organizaciones aliadas de {place} han registrado un aumento constante de las solicitudes de ayuda relacionadas con {issue}, muchas de personas que no sabían a quién más acudir.' },
  { en: 'Laws on paper have improved, but {issue} persists where inspections are rare, complaints procedures are only in the national language and support services depend on short-term funding.', ja: '法律は整いつつありますが、監督が少なく、苦情手続きが公用語でしか利用できず、支援サービスが短期の資金に頼っている場所では、{issue}が続いています。', es: 'Las leyes han mejorado sobre el papel, pero {issue} persiste allí donde las inspecciones son escasas, las quejas solo pueden presentarse en el idioma oficial y los servicios de apoyo dependen de fondos a corto plazo.' },
]

export const quoteParagraphs: Template[] = [
  { en: '“Behind every figure in this report is a person who trusted us with their story,” said {speaker}. “What they ask for is not charity but rights that hold in practice.”', ja: '「この報告書の数字の一つひとつの背後に、自らの経験を託してくれた一人の人がいます」と{speaker}は語りました。「彼らが求めているのは施しではなく、実際に守られる権利です」', es: '«Detrás de cada cifra de este informe hay una persona que nos confió su historia», afirmó {speaker}. «Lo que piden no es caridad, sino derechos que se cumplan en la práctica».' },
  { en: '“We have heard the same account in {place} again and again,” said {speaker}. “It is time for the institutions responsible to answer it.”', ja: '「{place}では同じ話を何度も聞いてきました」と{speaker}は述べました。「責任ある機関が応えるべき時です」', es: '«Hemos escuchado el mismo relato en {place} una y otra vez», dijo {speaker}. «Es hora de que las instituciones responsables respondan».' },
]

export const actionParagraphs: Template[] = [
  { en: 'IMADR will follow up with the authorities concerned and report on progress at the next session of the relevant UN body. Journalists who wish to speak with the people involved can reach our press contacts below.', ja: 'IMADRは関係当局への働きかけを続け、次回の国連の関連会合で進捗を報告します。関係者への取材を希望される報道関係者は、下記の広報担当までご連絡ください。', es: 'El IMADR hará seguimiento con las autoridades competentes e informará de los avances en el próximo periodo de sesiones del órgano de la ONU correspondiente. Los periodistas que deseen hablar con las personas implicadas pueden dirigirse a nuestros contactos de prensa.' },
  { en: 'The full set of {count} recommendations, with the evidence behind each of them, is available from our office on request.', ja: '{count}項目の提言の全文と、それぞれの根拠となる資料は、事務局にお問い合わせいただければお送りします。', es: 'El conjunto completo de {count} recomendaciones, con las pruebas que respaldan cada una, está disponible en nuestra oficina a petición.' },
]

export const recommendationsHeading: Localized = { en: 'Our recommendations', ja: '私たちの提言', es: 'Nuestras recomendaciones' }

export const recommendations: Localized[] = [
  { en: 'Guarantee interpreters at every stage of a complaint, in the languages workers actually speak.', ja: '苦情申立てのあらゆる段階で、労働者が実際に話す言語の通訳を保障すること。', es: 'Garantizar intérpretes en cada etapa de una queja, en los idiomas que realmente hablan los trabajadores.' },
  { en: 'Separate labour inspection from immigration enforcement, so that reporting abuse never leads to deportation.', ja: '労働監督を入管行政から切り離し、被害の申告が退去強制につながらないようにすること。', es: 'Separar la inspección laboral del control migratorio, para que denunciar un abuso nunca lleve a la deportación.' },
  { en: 'Fund shelters and legal aid for several years at a time, not project by project.', ja: 'シェルターと法律扶助に、事業ごとではなく複数年単位で資金を提供すること。', es: 'Financiar refugios y asistencia jurídica por varios años, no proyecto por proyecto.' },
  { en: 'Publish data broken down by sex, nationality and sector, every year.', ja: '性別、国籍、業種別のデータを毎年公表すること。', es: 'Publicar cada año datos desglosados por sexo, nacionalidad y sector.' },
  { en: 'Consult affected communities before any new law or programme is adopted.', ja: '新たな法律や制度を導入する前に、影響を受けるコミュニティと協議すること。', es: 'Consultar a las comunidades afectadas antes de adoptar cualquier ley o programa nuevo.' },
]

/** The bench's hero images: abstract gradients drawn with sharp, each with its alt text. */
export const heroImages: { colors: [string, string]; alt: Localized }[] = [
  { colors: ['#2E4057', '#D1495B'], alt: { en: 'Abstract illustration: a deep blue field fading into warm red.', ja: '抽象イラスト：深い青が温かな赤へと移り変わる。', es: 'Ilustración abstracta: un campo azul profundo que se funde en un rojo cálido.' } },
  { colors: ['#00798C', '#EDAE49'], alt: { en: 'Abstract illustration: teal giving way to amber light.', ja: '抽象イラスト：青緑が琥珀色の光へと変わる。', es: 'Ilustración abstracta: un verde azulado que da paso a una luz ámbar.' } },
  { colors: ['#3D348B', '#7678ED'], alt: { en: 'Abstract illustration: layers of violet and soft blue.', ja: '抽象イラスト：紫と淡い青の重なり。', es: 'Ilustración abstracta: capas de violeta y azul suave.' } },
  { colors: ['#1B4332', '#95D5B2'], alt: { en: 'Abstract illustration: dark green opening onto pale green.', ja: '抽象イラスト：深緑から淡い緑へと開けていく。', es: 'Ilustración abstracta: un verde oscuro que se abre a un verde pálido.' } },
  { colors: ['#5C3D2E', '#E0C097'], alt: { en: 'Abstract illustration: earth brown rising into sand.', ja: '抽象イラスト：土の茶色が砂の色へと立ちのぼる。', es: 'Ilustración abstracta: un marrón tierra que asciende hacia el color arena.' } },
  { colors: ['#22223B', '#C9ADA7'], alt: { en: 'Abstract illustration: night blue softening into dusty rose.', ja: '抽象イラスト：夜の青がくすんだバラ色へと和らぐ。', es: 'Ilustración abstracta: un azul noche que se suaviza en rosa empolvado.' } },
]

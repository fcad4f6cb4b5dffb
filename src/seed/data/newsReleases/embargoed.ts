import type { NewsReleaseSeed } from '../../types'

// Under embargo when seeded: it shows how a release stays hidden until its time, and how
// journalists read it before then through an embargo link (printed when the site starts).
export const embargoedNewsReleases: NewsReleaseSeed[] = [
  {
    slug: 'latin-american-base-updates-report-on-trafficking-in-women-in-argentina',
    // Replaced by the embargo time below when seeded.
    publishedAt: '2026-12-07T10:00:00-03:00',
    timeZone: 'America/Argentina/Buenos_Aires',
    embargo: { daysAfterSeeding: 14, localTime: '10:00' },
    dateline: { en: 'Buenos Aires', ja: 'ブエノスアイレス', es: 'Buenos Aires' },
    scope: 'regional',
    committee: 'LAB',
    focusAreas: ['human-trafficking-and-exploitative-migration', 'racism-and-multiple-discrimination'],
    pressContacts: ['lucia-fernandez', 'mateo-quiroga'],
    title: {
      en: 'Latin American Base publishes updated report on trafficking in women in Argentina, with a new chapter on cross-border routes',
      ja: 'ラテンアメリカ・ベース、アルゼンチンにおける女性の人身売買に関する報告書の改訂版を発表　国境を越える経路の章を新設',
      es: 'La Base Latinoamericana presenta la edición actualizada de su informe sobre la trata de mujeres en la Argentina, con un nuevo capítulo sobre rutas transfronterizas',
    },
    summary: {
      en: 'IMADR’s Latin American Base publishes the updated edition of its Spanish-language report on trafficking in women in Argentina, based on a fact-finding survey carried out with NGOs and church groups. As agreed at the August meeting in Buenos Aires, it adds a chapter on cross-border routes.',
      ja: 'IMADRラテンアメリカ・ベースは、NGOや教会グループと協力して行った実態調査にもとづく、アルゼンチンにおける女性の人身売買に関するスペイン語の報告書の改訂版を発表します。8月にブエノスアイレスで開いた会議での合意を受け、国境を越える経路についての章を新たに加えました。',
      es: 'La Base Latinoamericana del IMADR publica la edición actualizada de su informe en castellano sobre la trata de mujeres en la Argentina, basado en una investigación realizada junto con ONG y grupos eclesiales. Tal como se acordó en el encuentro de agosto en Buenos Aires, incorpora un capítulo sobre las rutas transfronterizas.',
    },
    body: {
      en: [
        {
          type: 'paragraph',
          text: 'The first edition of the report grew out of a fact-finding survey that the Latin American Base carried out with other NGOs and church groups. The update keeps the promise made at the regional meeting in Buenos Aires in August, where participants described how recruitment now crosses borders. It is again published in Spanish, so that the communities and organisations who contributed can use it directly.',
        },
        {
          type: 'paragraph',
          text: 'IMADR sees trafficking as one outcome of multiple discrimination. Many of the women concerned are migrants or belong to minority groups, and racism where they end up often keeps them from seeking a remedy. The report therefore asks for responses that go beyond prosecuting traffickers and tightening border controls, measures that on their own can push exploitation further out of sight.',
        },
        { type: 'heading', text: 'Next steps' },
        {
          type: 'list',
          items: [
            'Workshops in parishes and neighbourhoods, with church and women’s groups, to discuss the findings.',
            'Sharing the report with the UN Special Rapporteurs on trafficking in persons, on violence against women and on the human rights of migrants.',
          ],
        },
      ],
      ja: [
        {
          type: 'paragraph',
          text: '報告書の初版は、ラテンアメリカ・ベースが他のNGOや教会グループと協力して行った実態調査から生まれました。今回の改訂は、8月にブエノスアイレスで開かれた地域会議での約束を果たすものです。会議では、勧誘が国境を越えて行われるようになっている実態が報告されました。調査に協力した地域の人々や団体がそのまま活用できるよう、改訂版も引き続きスペイン語で発行します。',
        },
        {
          type: 'paragraph',
          text: 'IMADRは、人身売買を複合差別がもたらす結果の一つととらえています。被害を受ける女性の多くは移住者やマイノリティに属し、行き着いた先での人種差別のために救済を求められずにいることが少なくありません。そのため報告書は、加害者の処罰や出入国管理の強化にとどまらない対応を求めています。こうした措置だけでは、搾取がかえって見えにくくなるおそれがあるからです。',
        },
        { type: 'heading', text: '今後の予定' },
        {
          type: 'list',
          items: [
            '教区や地域で、教会グループや女性団体とともに調査結果を話し合うワークショップを開く',
            '人身売買、女性に対する暴力、移住者の人権をそれぞれ担当する国連特別報告者に報告書を届ける',
          ],
        },
      ],
      es: [
        {
          type: 'paragraph',
          text: 'La primera edición del informe surgió de una investigación que la Base Latinoamericana realizó junto con otras ONG y grupos eclesiales. La actualización cumple el compromiso asumido en el encuentro regional de agosto en Buenos Aires, donde se describió cómo la captación cruza hoy las fronteras. El informe vuelve a publicarse en castellano para que las comunidades y organizaciones que participaron puedan usarlo directamente.',
        },
        {
          type: 'paragraph',
          text: 'Para el IMADR, la trata es una de las consecuencias de la discriminación múltiple. Muchas de las mujeres afectadas son migrantes o pertenecen a grupos minoritarios, y el racismo en los lugares a los que llegan suele impedirles buscar reparación. Por eso el informe pide respuestas que vayan más allá de perseguir a los tratantes y endurecer los controles migratorios, medidas que por sí solas pueden volver la explotación aún más invisible.',
        },
        { type: 'heading', text: 'Próximos pasos' },
        {
          type: 'list',
          items: [
            'Talleres en parroquias y barrios, con grupos eclesiales y organizaciones de mujeres, para debatir los resultados.',
            'Envío del informe a las relatorías especiales de la ONU sobre la trata de personas, sobre la violencia contra la mujer y sobre los derechos humanos de los migrantes.',
          ],
        },
      ],
    },
  },
]

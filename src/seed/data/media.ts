import type { MediaSeed } from '../types'

export const media: MediaSeed[] = [
  {
    key: 'hero-migration',
    colors: ['#1F3A5F', '#C8963E'],
    alt: {
      en: 'Abstract illustration: curved lines in deep blue and ochre cross a low horizon, suggesting journeys between countries.',
      ja: '抽象イラスト：深い青と黄土色の曲線が低い地平線を横切り、国と国をまたぐ人の移動を思わせる。',
      es: 'Ilustración abstracta: líneas curvas en azul profundo y ocre cruzan un horizonte bajo y evocan viajes entre países.',
    },
    credit: 'Beacon demo illustration',
  },
  {
    key: 'hero-trafficking',
    colors: ['#14213D', '#2A7F7F'],
    alt: {
      en: 'Abstract illustration: a chain of interlocking rings in navy and teal, with one ring broken open.',
      ja: '抽象イラスト：紺と青緑の輪がつながった鎖。そのうちの一つの輪が断ち切られている。',
      es: 'Ilustración abstracta: una cadena de anillos entrelazados en azul marino y verde azulado, uno de ellos roto.',
    },
    credit: 'Beacon demo illustration',
  },
  {
    key: 'hero-dialogue',
    colors: ['#24507A', '#E0B15C'],
    alt: {
      en: 'Abstract illustration: two overlapping rounded shapes in blue and warm ochre, like speech bubbles facing each other.',
      ja: '抽象イラスト：青と温かみのある黄土色の丸い形が重なり合い、向かい合う吹き出しのように見える。',
      es: 'Ilustración abstracta: dos formas redondeadas superpuestas, en azul y ocre cálido, como globos de diálogo enfrentados.',
    },
    credit: 'Beacon demo illustration',
  },
  {
    key: 'hero-workers',
    colors: ['#0F4C5C', '#B5793A'],
    alt: {
      en: 'Abstract illustration: rows of simple geometric figures in teal and ochre standing side by side.',
      ja: '抽象イラスト：青緑と黄土色の簡素な幾何学的な人型が、横一列に並んでいる。',
      es: 'Ilustración abstracta: hileras de figuras geométricas sencillas en verde azulado y ocre, una junto a otra.',
    },
    credit: 'Beacon demo illustration',
  },
  {
    key: 'hero-network',
    colors: ['#1B2F4B', '#3E8E8A'],
    alt: {
      en: 'Abstract illustration: points joined by fine lines across a dark blue field, suggesting a network of organisations.',
      ja: '抽象イラスト：濃い青の地の上で点と点が細い線で結ばれ、団体同士のネットワークを表している。',
      es: 'Ilustración abstracta: puntos unidos por líneas finas sobre un fondo azul oscuro, que sugieren una red de organizaciones.',
    },
    credit: 'Beacon demo illustration',
  },
]

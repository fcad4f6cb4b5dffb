import * as migration_20261122_113504_initial from './20261122_113504_initial';
import * as migration_20261122_120033_site_settings from './20261122_120033_site_settings';
import * as migration_20261122_131240_seo_fields from './20261122_131240_seo_fields';
import * as migration_20261122_140117_search_text from './20261122_140117_search_text';
import * as migration_20261122_142850_focus_area_press_contacts from './20261122_142850_focus_area_press_contacts';
import * as migration_20261122_155527_embargo from './20261122_155527_embargo';
import * as migration_20261122_163820_parent_lookup_indexes from './20261122_163820_parent_lookup_indexes';
import * as migration_20261122_181407_drafts_per_language from './20261122_181407_drafts_per_language';
import * as migration_20261122_181837_translation_status from './20261122_181837_translation_status';
import * as migration_20261202_123443_embargo_links from './20261202_123443_embargo_links';
import * as migration_20261202_160029_media_responsive_widths from './20261202_160029_media_responsive_widths';
import * as migration_20261202_160419_scale_indexes from './20261202_160419_scale_indexes';
import * as migration_20261203_143500_news_list_status_index from './20261203_143500_news_list_status_index';

export const migrations = [
  {
    up: migration_20261122_113504_initial.up,
    down: migration_20261122_113504_initial.down,
    name: '20261122_113504_initial',
  },
  {
    up: migration_20261122_120033_site_settings.up,
    down: migration_20261122_120033_site_settings.down,
    name: '20261122_120033_site_settings',
  },
  {
    up: migration_20261122_131240_seo_fields.up,
    down: migration_20261122_131240_seo_fields.down,
    name: '20261122_131240_seo_fields',
  },
  {
    up: migration_20261122_140117_search_text.up,
    down: migration_20261122_140117_search_text.down,
    name: '20261122_140117_search_text',
  },
  {
    up: migration_20261122_142850_focus_area_press_contacts.up,
    down: migration_20261122_142850_focus_area_press_contacts.down,
    name: '20261122_142850_focus_area_press_contacts',
  },
  {
    up: migration_20261122_155527_embargo.up,
    down: migration_20261122_155527_embargo.down,
    name: '20261122_155527_embargo',
  },
  {
    up: migration_20261122_163820_parent_lookup_indexes.up,
    down: migration_20261122_163820_parent_lookup_indexes.down,
    name: '20261122_163820_parent_lookup_indexes',
  },
  {
    up: migration_20261122_181407_drafts_per_language.up,
    down: migration_20261122_181407_drafts_per_language.down,
    name: '20261122_181407_drafts_per_language',
  },
  {
    up: migration_20261122_181837_translation_status.up,
    down: migration_20261122_181837_translation_status.down,
    name: '20261122_181837_translation_status',
  },
  {
    up: migration_20261202_123443_embargo_links.up,
    down: migration_20261202_123443_embargo_links.down,
    name: '20261202_123443_embargo_links',
  },
  {
    up: migration_20261202_160029_media_responsive_widths.up,
    down: migration_20261202_160029_media_responsive_widths.down,
    name: '20261202_160029_media_responsive_widths',
  },
  {
    up: migration_20261202_160419_scale_indexes.up,
    down: migration_20261202_160419_scale_indexes.down,
    name: '20261202_160419_scale_indexes'
  },
  {
    up: migration_20261203_143500_news_list_status_index.up,
    down: migration_20261203_143500_news_list_status_index.down,
    name: '20261203_143500_news_list_status_index'
  },
];

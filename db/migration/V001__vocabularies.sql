-- Fixed vocabularies shared by the domain tables. Rows are added only by later migrations,
-- so the sets stay reviewable and every referencing table is constrained by a foreign key.

CREATE TABLE unit (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z%/ 0-9$.]{1,20}$'),
    label       text NOT NULL,
    -- how a value in this unit is rendered: 'currency', 'percent', 'quantity', 'rank'
    kind        text NOT NULL CHECK (kind IN ('currency', 'percent', 'quantity', 'rank'))
);

INSERT INTO unit (code, label, kind) VALUES
    ('USD bn',      'billion US dollars',              'currency'),
    ('USD m',       'million US dollars',              'currency'),
    ('USD',         'US dollars',                      'currency'),
    ('RMB bn',      'billion yuan',                    'currency'),
    ('%',           'per cent',                        'percent'),
    ('pp',          'percentage points',               'percent'),
    ('bcm',         'billion cubic metres',            'quantity'),
    ('million t',   'million tonnes',                  'quantity'),
    ('barrels/day', 'barrels per day',                 'quantity'),
    ('km',          'kilometres',                      'quantity'),
    ('miles',       'miles',                           'quantity'),
    ('km2',         'square kilometres',               'quantity'),
    ('count',       'count',                           'quantity'),
    ('rank',        'rank (1 = first)',                'rank'),
    ('multiple',    'multiple (times)',                'quantity'),
    ('years',       'years',                           'quantity'),
    ('days',        'days',                            'quantity'),
    ('people',      'people',                          'quantity'),
    ('vehicles',    'vehicles',                        'quantity');

CREATE TABLE series_category (
    code        text PRIMARY KEY,
    label       text NOT NULL,
    sort_order  int  NOT NULL
);

INSERT INTO series_category (code, label, sort_order) VALUES
    ('trade_value',    'Trade value',        1),
    ('growth',         'Growth',             2),
    ('share_of_trade', 'Share of trade',     3),
    ('energy',         'Energy',             4),
    ('cars',           'Cars',               5),
    ('technology',     'Technology',         6),
    ('investment',     'Investment',         7),
    ('finance',        'Finance',            8),
    ('military',       'Military',           9),
    ('diplomacy',      'Diplomacy',         10),
    ('war',            'War',               11),
    ('economy',        'Economy',           12),
    ('demography',     'Demography',        13),
    ('geography',      'Geography',         14),
    ('other',          'Other',             15);

CREATE TABLE event_category (
    code        text PRIMARY KEY,
    label       text NOT NULL,
    sort_order  int  NOT NULL
);

INSERT INTO event_category (code, label, sort_order) VALUES
    ('summit',            'Summit',             1),
    ('diplomatic visit',  'Diplomatic visit',   2),
    ('treaty/agreement',  'Treaty/agreement',   3),
    ('statement',         'Statement',          4),
    ('trade milestone',   'Trade milestone',    5),
    ('sanction',          'Sanction',           6),
    ('energy project',    'Energy project',     7),
    ('military exercise', 'Military exercise',  8),
    ('war',               'War',                9),
    ('other',             'Other',             10);

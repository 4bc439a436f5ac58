-- How many of one unit make one of another, so that the claim checker compares the same quantity stated in
-- different units (miles and km, USD m and USD bn, a fraction and a percentage). Each pair is stored once; the
-- checker also uses it backwards (1 / factor). Currencies of different countries are not convertible: their rate
-- changes with the date.
CREATE TABLE unit_conversion (
    from_unit   text NOT NULL REFERENCES unit (code),
    to_unit     text NOT NULL REFERENCES unit (code),
    factor      numeric NOT NULL CHECK (factor > 0),
    PRIMARY KEY (from_unit, to_unit),
    CHECK (from_unit <> to_unit)
);

CREATE UNIQUE INDEX unit_conversion_one_way_idx
    ON unit_conversion (least(from_unit, to_unit), greatest(from_unit, to_unit));

INSERT INTO unit_conversion (from_unit, to_unit, factor) VALUES
    ('USD m',    'USD bn', 0.001),
    ('USD',      'USD bn', 0.000000001),
    ('miles',    'km',     1.609344),
    -- a multiple or fraction of a whole (0.5, "half") is a percentage of it (50 %)
    ('multiple', '%',      100);

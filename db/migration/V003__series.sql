-- A metric that observations are values of, e.g. china_russia_trade_usd_bn.
CREATE TABLE series (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_key  text NOT NULL UNIQUE CHECK (series_key ~ '^[a-z][a-z0-9_]{2,99}$'),
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    unit        text NOT NULL REFERENCES unit (code),
    category    text NOT NULL REFERENCES series_category (code),
    description text CHECK (char_length(description) <= 2000),
    origin      text NOT NULL CHECK (origin IN ('seeded', 'user')),
    version     int NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL,
    CHECK (updated_at >= created_at)
);

CREATE INDEX series_category_idx ON series (category);

-- The read-only library the app reads; written whole by LibraryCompiler, never edited in place.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- What a lenient compile let through (reading grade, care-team section), one line each as
-- path:line: message, for the report to print.
CREATE TABLE compile_warning (
  position INTEGER PRIMARY KEY,
  warning TEXT NOT NULL
);

CREATE TABLE topic (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  parent_id TEXT REFERENCES topic (id),
  sort_order INTEGER NOT NULL
);

CREATE TABLE article (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  topic_id TEXT NOT NULL REFERENCES topic (id),
  summary TEXT NOT NULL,
  reviewed TEXT NOT NULL,
  sort_order INTEGER,
  body TEXT NOT NULL
);

CREATE TABLE article_source (
  article_id TEXT NOT NULL REFERENCES article (id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  url TEXT NOT NULL,
  accessed TEXT NOT NULL,
  PRIMARY KEY (article_id, position)
);

CREATE TABLE article_related (
  article_id TEXT NOT NULL REFERENCES article (id),
  position INTEGER NOT NULL,
  related_id TEXT NOT NULL REFERENCES article (id),
  PRIMARY KEY (article_id, position)
);

CREATE TABLE glossary_term (
  id INTEGER PRIMARY KEY,
  term TEXT NOT NULL UNIQUE,
  definition TEXT NOT NULL
);

CREATE TABLE glossary_alias (
  term_id INTEGER NOT NULL REFERENCES glossary_term (id),
  position INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (term_id, position)
);

CREATE TABLE glossary_see_also (
  term_id INTEGER NOT NULL REFERENCES glossary_term (id),
  position INTEGER NOT NULL,
  see_also TEXT NOT NULL,
  PRIMARY KEY (term_id, position)
);

-- How read aloud says the library's hard words (pronunciation.yaml): only the spoken words change.
CREATE TABLE respelling (
  written TEXT PRIMARY KEY,
  say TEXT NOT NULL
);

-- The glossary terms each article's body links to, in the order of their first link; an article
-- body holds them as Markdown links [words](glossary:Term), written by the compiler.
CREATE TABLE article_glossary (
  article_id TEXT NOT NULL REFERENCES article (id),
  position INTEGER NOT NULL,
  term TEXT NOT NULL REFERENCES glossary_term (term),
  PRIMARY KEY (article_id, position)
);

CREATE INDEX article_glossary_by_term ON article_glossary (term);

-- Full-text index of the articles, one column per part so that ranking can weigh them.
-- questions: the questions a patient would ask that the article answers, one a line.
-- glossary: every name of each glossary entry the article mentions, one entry per line.
-- body: one paragraph, list item or table cell a line, without the headings.
-- prefix: indexes of 3-, 4- and 5-letter prefixes, so that a word being typed is found quickly
-- (a word of one or two letters is searched as a whole word).
CREATE VIRTUAL TABLE article_fts USING fts5 (
  id UNINDEXED,
  title,
  questions,
  glossary,
  headings,
  summary,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 4 5'
);

-- The titles alone, in the same rows as article_fts: finding the articles with every word of a
-- search in their title then reads short lists, however common the words are in the articles.
CREATE VIRTUAL TABLE title_fts USING fts5 (
  title,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 4 5'
);

-- The same text with English word forms stemmed (Porter), so that "painful" finds "pain" and
-- "qualifies" "qualify". It keeps no text of its own: snippets read article_fts by row.
CREATE VIRTUAL TABLE stem_fts USING fts5 (
  title,
  questions,
  glossary,
  headings,
  summary,
  body,
  content = 'article_fts',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The index's words with the number of articles holding each, for spelling suggestions.
CREATE VIRTUAL TABLE article_words USING fts5vocab (article_fts, row);

-- The stems of stem_fts, to tell whether a word the index lacks has a form it holds.
CREATE VIRTUAL TABLE stem_words USING fts5vocab (stem_fts, row);

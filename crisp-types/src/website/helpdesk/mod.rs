//! The helpdesk: locales, articles, categories, sections, redirections, settings, domain.

/**
 * Reading a notice as its site generator would: front matter in every shape (YAML, TOML, JSON, Pelican header lines, prose fields, update lists), Markdown, MDX and HTML bodies, dates, and sentences with their exact lines and columns.
 */
package io.github.incidentnotice.parse;

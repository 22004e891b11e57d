/** Roadmaps: reading the real documents, storing them per territory and year, giving them back. */
package ru.hotline500.roadmap;

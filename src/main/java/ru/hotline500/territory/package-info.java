/** Regions and municipalities with their time zones: whose roadmaps a person sees and what "today" is for them. */
package ru.hotline500.territory;

/** People of the programme: schools, persons and their roles, curators' schools, imported from a table. */
package ru.hotline500.people;

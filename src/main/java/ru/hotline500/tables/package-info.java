/** Spreadsheets as people send them (CSV in any common dialect, Excel workbooks), read into rows of text cells. */
package ru.hotline500.tables;

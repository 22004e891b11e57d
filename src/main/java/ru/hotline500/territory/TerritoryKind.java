package ru.hotline500.territory;

/** A region (субъект РФ) or a municipality (район, городской округ) inside one. */
public enum TerritoryKind {
    REGION, MUNICIPALITY
}

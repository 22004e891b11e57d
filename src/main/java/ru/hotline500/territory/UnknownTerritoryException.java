package ru.hotline500.territory;

/** A territory id that is not in the directory. The message is Russian and fit to show to a person. */
public class UnknownTerritoryException extends RuntimeException {

    private final String territoryId;

    public UnknownTerritoryException(String territoryId) {
        super("Территория «" + territoryId + "» не найдена. Список территорий: roadmap list --territories.");
        this.territoryId = territoryId;
    }

    public String territoryId() {
        return territoryId;
    }
}

package ru.hotline500.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RoadmapRepository extends JpaRepository<RoadmapEntity, Long> {

    Optional<RoadmapEntity> findByTerritoryIdAndYear(String territoryId, int year);

    List<RoadmapEntity> findByTerritoryIdOrderByYearDesc(String territoryId);

    @Query("""
            select new ru.hotline500.roadmap.RoadmapSummary(r.id, r.territoryId, r.level, r.year, r.title, r.sourceFile,
                count(i), coalesce(sum(case when i.deadlineKind = ru.hotline500.roadmap.DeadlineKind.UNKNOWN then 1 else 0 end), 0),
                r.importedAt)
            from RoadmapEntity r left join r.items i
            group by r.id, r.territoryId, r.level, r.year, r.title, r.sourceFile, r.importedAt
            order by r.territoryId, r.year""")
    List<RoadmapSummary> summaries();

    /** Deletes in the database, whose foreign keys cascade to sections, items, windows and extras. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from roadmap where id = :id", nativeQuery = true)
    void deleteCascading(long id);
}

package id.go.dinsos.sop.casefile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's registry of the people it serves (file penerima manfaat) and which cases they are part of.
 * Runs in the caller's transaction: a case step that rolls back creates and links nobody.
 */
@Repository
public class BeneficiaryRegistry {

  private static final String COLUMNS = "beneficiary_id, tenant_id, nik, full_name, birth_place, birth_date, sex,"
      + " desa_kelurahan, kecamatan, address, family_guardian, category, created_by, created_at, merged_into";
  private static final RowMapper<Beneficiary> ROW = BeneficiaryRegistry::beneficiary;
  private static final int SEARCH_LIMIT = 50;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public BeneficiaryRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /**
   * The office's person with that NIK, completed with what they lacked, or a new person. Without NIK
   * nobody can be recognised: a new person is created, to be merged later when the NIK is found.
   */
  public Beneficiary findOrCreate(String tenantId, PersonDetails details, String createdBy, Instant now) {
    if (details.hasNik()) {
      Optional<Beneficiary> known = findByNik(tenantId, details.nik());
      if (known.isPresent()) {
        completeDetails(known.get().id(), details);
        return find(known.get().id()).orElseThrow();
      }
    }
    String id = UUID.randomUUID().toString();
    jdbc.update("insert into beneficiary (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)",
        id, tenantId, details.hasNik() ? details.nik().strip() : null, details.name(), details.birthPlace(),
        date(details), details.sex(), details.desaKelurahan(), details.kecamatan(), details.address(),
        details.familyOrGuardian(), details.category() == null ? null : details.category().name(), createdBy,
        Timestamp.from(now));
    return find(id).orElseThrow();
  }

  public Optional<Beneficiary> find(String beneficiaryId) {
    return jdbc.query("select " + COLUMNS + " from beneficiary where beneficiary_id = ?", ROW, beneficiaryId)
        .stream().findFirst();
  }

  public Optional<Beneficiary> findByNik(String tenantId, String nik) {
    return jdbc.query("select " + COLUMNS + " from beneficiary where tenant_id = ? and nik = ?", ROW, tenantId,
        nik.strip()).stream().findFirst();
  }

  /** Gives a person known without NIK the NIK found later, unless another person of the office has it. */
  public boolean assignNik(String beneficiaryId, String nik) {
    Beneficiary person = find(beneficiaryId).orElseThrow();
    if (findByNik(person.tenantId(), nik).isPresent()) {
      return false;
    }
    return jdbc.update("update beneficiary set nik = ? where beneficiary_id = ? and nik is null", nik.strip(),
        beneficiaryId) == 1;
  }

  /**
   * Merges a person registered without NIK into the person found later: their cases and uploads move to
   * {@code intoId}, the merged person stays (marked) and the merge is recorded.
   *
   * @throws MergeRefused when the two are not both active people of that office, or {@code mergedId} has a NIK
   */
  @Transactional
  public void merge(String tenantId, String mergedId, String intoId, String mergedBy, String reason, Instant now) {
    Beneficiary merged = find(mergedId).filter(p -> p.tenantId().equals(tenantId))
        .orElseThrow(() -> new MergeRefused("Penerima manfaat yang akan digabung tidak ditemukan di kantor ini."));
    Beneficiary into = find(intoId).filter(p -> p.tenantId().equals(tenantId))
        .orElseThrow(() -> new MergeRefused("Penerima manfaat tujuan tidak ditemukan di kantor ini."));
    if (mergedId.equals(intoId)) {
      throw new MergeRefused("Seseorang tidak dapat digabung dengan dirinya sendiri.");
    }
    if (merged.mergedInto() != null || into.mergedInto() != null) {
      throw new MergeRefused("Salah satu penerima manfaat sudah pernah digabung.");
    }
    if (merged.details().hasNik()) {
      throw new MergeRefused("Hanya penerima manfaat tanpa NIK yang dapat digabung ke data yang ber-NIK.");
    }
    jdbc.update("update beneficiary set merged_into = ? where beneficiary_id = ?", intoId, mergedId);
    jdbc.update("update case_person set beneficiary_id = ? where beneficiary_id = ?", intoId, mergedId);
    jdbc.update("update case_upload set beneficiary_id = ? where beneficiary_id = ?", intoId, mergedId);
    jdbc.update("insert into beneficiary_merge (merge_id, tenant_id, merged_id, into_id, merged_by, merged_at, reason)"
        + " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), tenantId, mergedId, intoId, mergedBy,
        Timestamp.from(now), reason);
  }

  /** The merges into or out of a person, oldest first. */
  public List<Merge> mergesOf(String beneficiaryId) {
    return jdbc.query("select merged_id, into_id, merged_by, merged_at, reason from beneficiary_merge"
            + " where merged_id = ? or into_id = ? order by merged_at",
        (rs, row) -> new Merge(rs.getString("merged_id"), rs.getString("into_id"), rs.getString("merged_by"),
            rs.getTimestamp("merged_at").toInstant(), rs.getString("reason")), beneficiaryId, beneficiaryId);
  }

  /**
   * People of those offices, not merged away, whose NIK is {@code query} or whose name contains it; the
   * cases whose register number is {@code query} are found by {@link CaseFiles}.
   */
  public List<Beneficiary> search(Collection<String> tenantIds, String query) {
    if (tenantIds.isEmpty() || query == null || query.isBlank()) {
      return List.of();
    }
    MapSqlParameterSource parameters = new MapSqlParameterSource("tenants", tenantIds)
        .addValue("nik", query.strip())
        .addValue("name", "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    return named.query("select " + COLUMNS + " from beneficiary where tenant_id in (:tenants) and merged_into is null"
        + " and (nik = :nik or lower(full_name) like :name) order by full_name, created_at", parameters, ROW)
        .stream().limit(SEARCH_LIMIT).toList();
  }

  /** Links a person to a case under a key of the case's mapping (e.g. {@code anak}, {@code pm-2}). */
  public void link(String processInstanceId, String personKey, String beneficiaryId, String tenantId,
      String processDefinitionKey, Instant now) {
    jdbc.update("insert into case_person (process_instance_id, person_key, beneficiary_id, tenant_id,"
            + " process_definition_key, linked_at) values (?, ?, ?, ?, ?, ?)", processInstanceId, personKey,
        beneficiaryId, tenantId, processDefinitionKey, Timestamp.from(now));
  }

  /** The person a case has under that key. */
  public Optional<String> linkedPerson(String processInstanceId, String personKey) {
    return jdbc.queryForList("select beneficiary_id from case_person where process_instance_id = ? and person_key = ?",
        String.class, processInstanceId, personKey).stream().findFirst();
  }

  /** The people of a case, in the order they were linked. */
  public List<Beneficiary> peopleOfCase(String processInstanceId) {
    return jdbc.query("select " + prefixed("b") + " from case_person cp join beneficiary b"
        + " on b.beneficiary_id = cp.beneficiary_id where cp.process_instance_id = ? order by cp.linked_at,"
        + " cp.person_key", ROW, processInstanceId).stream().distinct().toList();
  }

  /** The cases a person is part of, newest first. */
  public List<String> casesOf(String beneficiaryId) {
    return jdbc.queryForList("select distinct process_instance_id, linked_at from case_person where beneficiary_id = ?"
        + " order by linked_at desc", beneficiaryId).stream()
        .map(row -> (String) row.get("process_instance_id")).distinct().toList();
  }

  /** Fills in what the registry did not know yet; what it knows is kept. */
  public void completeDetails(String beneficiaryId, PersonDetails details) {
    jdbc.update("update beneficiary set birth_place = coalesce(birth_place, ?), birth_date = coalesce(birth_date, ?),"
            + " sex = coalesce(sex, ?), desa_kelurahan = coalesce(desa_kelurahan, ?), kecamatan = coalesce(kecamatan, ?),"
            + " address = coalesce(address, ?), family_guardian = coalesce(family_guardian, ?),"
            + " category = coalesce(category, ?) where beneficiary_id = ?",
        details.birthPlace(), date(details), details.sex(), details.desaKelurahan(), details.kecamatan(),
        details.address(), details.familyOrGuardian(), details.category() == null ? null : details.category().name(),
        beneficiaryId);
  }

  private static String prefixed(String alias) {
    return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
  }

  private static Date date(PersonDetails details) {
    return details.birthDate() == null ? null : Date.valueOf(details.birthDate());
  }

  private static Beneficiary beneficiary(ResultSet rs, int row) throws SQLException {
    Date birthDate = rs.getDate("birth_date");
    String category = rs.getString("category");
    PersonDetails details = new PersonDetails(rs.getString("nik"), rs.getString("full_name"),
        rs.getString("birth_place"), birthDate == null ? null : birthDate.toLocalDate(), rs.getString("sex"),
        rs.getString("desa_kelurahan"), rs.getString("kecamatan"), rs.getString("address"),
        rs.getString("family_guardian"), category == null ? null : BeneficiaryCategory.valueOf(category));
    return new Beneficiary(rs.getString("beneficiary_id"), rs.getString("tenant_id"), details,
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("merged_into"));
  }

  /** A recorded merge: {@code mergedId} was merged into {@code intoId}. */
  public record Merge(String mergedId, String intoId, String mergedBy, Instant mergedAt, String reason) {}

  /** A merge that may not be done, with the reason in Indonesian. */
  public static class MergeRefused extends RuntimeException {
    public MergeRefused(String message) {
      super(message);
    }
  }
}

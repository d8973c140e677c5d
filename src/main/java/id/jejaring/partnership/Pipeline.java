package id.jejaring.partnership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.identity.UserAccount;
import id.jejaring.identity.UserManagement;
import id.jejaring.partner.Partner;
import id.jejaring.shared.Access;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline: the filtered partnerships as a board (one column per stage with its
 * count) and as a sorted, paged table, each card with its partners, owner, days in the
 * stage, next open follow-up and the stale flag. A fixed number of statements whatever
 * the number of partnerships: the stage counts, the cards, their partners' names, their
 * next follow-ups and the staff names, each one query.
 */
@Service
@Transactional(readOnly = true)
public class Pipeline {

	/**
	 * The board shows at most this many cards (the longest-waiting first); the counts are
	 * always complete and the table pages through the rest.
	 */
	public static final int BOARD_LIMIT = 300;

	/** An export holds at most this many rows. */
	public static final int EXPORT_LIMIT = 10_000;

	private final EntityManager entityManager;

	private final UserManagement users;

	private final PipelineSettings settings;

	private final Clock clock;

	Pipeline(EntityManager entityManager, UserManagement users, PipelineSettings settings, Clock clock) {
		this.entityManager = entityManager;
		this.users = users;
		this.settings = settings;
		this.clock = clock;
	}

	public int staleAfterDays() {
		return this.settings.staleAfterDays();
	}

	/** The board: every stage in order with its count and its cards. */
	@PreAuthorize(Access.READ)
	public Board board(PartnershipFilter filter) {
		Map<Stage, Long> counts = countByStage(filter);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		List<Partnership> found = (total == 0) ? List.of()
				: select(filter, List.of(Sort.Order.asc("stageSince")), 0, BOARD_LIMIT);
		List<Card> cards = cards(found);
		Map<Stage, List<Card>> byStage = new EnumMap<>(Stage.class);
		cards.forEach((card) -> byStage.computeIfAbsent(card.stage(), (s) -> new ArrayList<>()).add(card));
		List<Column> columns = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			columns.add(new Column(stage, counts.getOrDefault(stage, 0L), byStage.getOrDefault(stage, List.of())));
		}
		return new Board(columns, total, cards.size() < total, staleAfterDays());
	}

	/**
	 * One page of the table, sorted in the database by title, stage, status, owner (by
	 * name), days in stage or year; the title breaks ties.
	 */
	@PreAuthorize(Access.READ)
	public Page<Card> table(PartnershipFilter filter, Pageable pageable) {
		long total = count(filter);
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		List<Sort.Order> orders = new ArrayList<>(pageable.getSort().toList());
		List<Partnership> found = select(filter, orders, (int) pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(cards(found), pageable, total);
	}

	/** Every filtered partnership (up to {@link #EXPORT_LIMIT}) in the table's order. */
	@PreAuthorize(Access.READ)
	public List<Card> export(PartnershipFilter filter, Sort sort) {
		return cards(select(filter, new ArrayList<>(sort.toList()), 0, EXPORT_LIMIT));
	}

	private Map<Stage, Long> countByStage(PartnershipFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Partnership> root = query.from(Partnership.class);
		query.multiselect(root.get("stage"), cb.count(root))
			.where(filter.specification().toPredicate(root, query, cb))
			.groupBy(root.get("stage"));
		Map<Stage, Long> counts = new EnumMap<>(Stage.class);
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(row.get(0, Stage.class), row.get(1, Long.class));
		}
		return counts;
	}

	private long count(PartnershipFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Partnership> root = query.from(Partnership.class);
		query.select(cb.count(root)).where(filter.specification().toPredicate(root, query, cb));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private List<Partnership> select(PartnershipFilter filter, List<Sort.Order> sort, int offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Partnership> query = cb.createQuery(Partnership.class);
		Root<Partnership> root = query.from(Partnership.class);
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			Expression<?> key = sortKey(order.getProperty(), root, query, cb);
			if (key != null) {
				orders.add(order.isAscending() ? cb.asc(key) : cb.desc(key));
			}
		}
		orders.add(cb.asc(root.get("title")));
		orders.add(cb.asc(root.get("id")));
		query.select(root).where(filter.specification().toPredicate(root, query, cb)).orderBy(orders);
		return this.entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	/**
	 * The database expression behind a sortable column: stages and statuses in their own
	 * order (not alphabetically), the owner by name, days in stage as the stage date
	 * reversed.
	 */
	private static Expression<?> sortKey(String property, Root<Partnership> root, CriteriaQuery<?> query,
			CriteriaBuilder cb) {
		switch (property) {
			case "title":
				return cb.lower(root.get("title"));
			case "year":
				return root.get("year");
			case "stageSince":
				return root.get("stageSince");
			case "stage": {
				CriteriaBuilder.SimpleCase<Stage, Integer> order = cb.selectCase(root.get("stage"));
				for (Stage stage : Stage.values()) {
					order.when(stage, stage.ordinal());
				}
				return order.otherwise(99);
			}
			case "status": {
				CriteriaBuilder.SimpleCase<PartnershipStatus, Integer> order = cb.selectCase(root.get("status"));
				for (PartnershipStatus status : PartnershipStatus.values()) {
					order.when(status, status.ordinal());
				}
				return order.otherwise(99);
			}
			case "owner": {
				Subquery<String> name = query.subquery(String.class);
				Root<UserAccount> account = name.from(UserAccount.class);
				name.select(cb.lower(account.get("fullName"))).where(cb.equal(account.get("id"), root.get("ownerId")));
				return name;
			}
			default:
				return null;
		}
	}

	private List<Card> cards(List<Partnership> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = found.stream().map(Partnership::getId).toList();
		Map<UUID, List<String>> partners = partnerNames(ids);
		Map<UUID, LocalDate> followUps = nextFollowUps(ids);
		Map<UUID, String> owners = ownerNames();
		LocalDate today = LocalDate.now(this.clock.withZone(Partnerships.WIB));
		int staleAfter = staleAfterDays();
		List<Card> cards = new ArrayList<>(found.size());
		for (Partnership p : found) {
			long days = daysIn(p.getStageSince(), today);
			boolean stale = p.getStatus() == PartnershipStatus.ACTIVE && days > staleAfter;
			cards.add(new Card(p.getId(), p.getVersion(), p.getTitle(), p.getStage(), p.getStatus(), p.getPattern(),
					p.getYear(), p.getCycle(), partners.getOrDefault(p.getId(), List.of()), p.getOwnerId(),
					(p.getOwnerId() != null) ? owners.get(p.getOwnerId()) : null, days, followUps.get(p.getId()),
					stale));
		}
		return cards;
	}

	static long daysIn(Instant since, LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(since.atZone(Partnerships.WIB).toLocalDate(), today));
	}

	/** The partners' names of each partnership, by name: one query for all cards. */
	private Map<UUID, List<String>> partnerNames(Collection<UUID> ids) {
		List<Object[]> rows = this.entityManager
			.createQuery(
					"select pp.partnership.id, p.name from PartnershipParty pp, " + Partner.class.getName()
							+ " p where p.id = pp.partnerId and pp.partnership.id in :ids order by p.name",
					Object[].class)
			.setParameter("ids", ids)
			.getResultList();
		Map<UUID, List<String>> names = new HashMap<>();
		for (Object[] row : rows) {
			names.computeIfAbsent((UUID) row[0], (k) -> new ArrayList<>()).add((String) row[1]);
		}
		return names;
	}

	/**
	 * The earliest open follow-up due date among each partnership's interactions: one
	 * grouped query for all cards.
	 */
	private Map<UUID, LocalDate> nextFollowUps(Collection<UUID> ids) {
		List<Object[]> rows = this.entityManager
			.createQuery(
					"select i.partnershipId, min(i.followUpDue) from Interaction i where i.partnershipId in :ids "
							+ "and i.followUpDone = false and i.followUpDue is not null group by i.partnershipId",
					Object[].class)
			.setParameter("ids", ids)
			.getResultList();
		Map<UUID, LocalDate> due = new HashMap<>();
		for (Object[] row : rows) {
			due.put((UUID) row[0], (LocalDate) row[1]);
		}
		return due;
	}

	/** The institution's users by name (one query): the owners to filter by and name. */
	@PreAuthorize(Access.READ)
	public Map<UUID, String> owners() {
		return ownerNames();
	}

	private Map<UUID, String> ownerNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UserAccount account : this.users.staff(PageRequest.of(0, 500, Sort.by("fullName", "id")))) {
			names.put(account.getId(), account.getFullName());
		}
		return names;
	}

	/**
	 * The board: the stages in order, how many partnerships in all, and the stale limit.
	 */
	public record Board(List<Column> columns, long total, boolean truncated, int staleAfterDays) {

		/** How many cards the board shows (fewer than the total when truncated). */
		public int shown() {
			return this.columns.stream().mapToInt((c) -> c.cards().size()).sum();
		}

	}

	/** A stage's column: how many partnerships are in it and the cards shown. */
	public record Column(Stage stage, long count, List<Card> cards) {

	}

	/**
	 * A partnership on the board or in the table.
	 *
	 * @param daysInStage whole days since it entered its stage (Jakarta time)
	 * @param nextFollowUp the earliest open follow-up due among its interactions, or null
	 * @param stale active and in its stage longer than the configured number of days
	 */
	public record Card(UUID id, long version, String title, Stage stage, PartnershipStatus status,
			PartnershipPattern pattern, int year, int cycle, List<String> partners, UUID ownerId, String ownerName,
			long daysInStage, LocalDate nextFollowUp, boolean stale) {

		/** The stage a forward move goes to, or null from follow-up. */
		public Stage nextStage() {
			return this.stage.next();
		}

		/** The stages a move back may go to, nearest first. */
		public List<Stage> earlierStages() {
			List<Stage> earlier = new ArrayList<>();
			for (int i = this.stage.ordinal() - 1; i >= 0; i--) {
				earlier.add(Stage.values()[i]);
			}
			return earlier;
		}

		public boolean forwardNeedsManager() {
			return this.stage.leavingNeedsManager();
		}

	}

}

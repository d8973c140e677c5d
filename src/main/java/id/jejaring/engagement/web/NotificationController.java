package id.jejaring.engagement.web;

import java.util.UUID;

import id.jejaring.engagement.Notification;
import id.jejaring.engagement.Notifications;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's notifications: the list (newest first, paged in the database),
 * opening or marking one read, marking all read, and the unread badge the navigation bar
 * loads with htmx (a request of its own, so no page pays the count query).
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int PAGE_SIZE = 20;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		int number = Math.min(Math.max(page, 0), 10_000);
		model.addAttribute("page", this.notifications.mine(PageRequest.of(number, PAGE_SIZE, NEWEST_FIRST)));
		model.addAttribute("unread", this.notifications.unreadCount());
		return "engagement/list";
	}

	@GetMapping("/count")
	String count(Model model) {
		model.addAttribute("unread", this.notifications.unreadCount());
		return "engagement/badge :: badge";
	}

	/**
	 * Marks the notification read; with {@code open} the user goes on to what it is
	 * about, else back to the list.
	 */
	@PostMapping("/{id}/read")
	String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "0") int page) {
		Notification notification = this.notifications.markRead(id);
		if (open && notification.getLink() != null) {
			return "redirect:" + notification.getLink();
		}
		return "redirect:/notifications?page=" + Math.max(page, 0);
	}

	@PostMapping("/read-all")
	String readAll() {
		this.notifications.markAllRead();
		return "redirect:/notifications";
	}

}

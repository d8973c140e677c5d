package id.jejaring.partner;

import id.jejaring.shared.TenantTaskDecorator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The background import runs on its own small pool: two jobs at a time per node (each
 * holds its rows in memory and one long transaction), the rest wait in a bounded queue.
 * Work is submitted only after the job's transaction committed, carrying the institution
 * and user.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PartnerImportConfiguration {

	static final String EXECUTOR = "partnerImportExecutor";

	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor partnerImportExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(50);
		executor.setThreadNamePrefix("partner-import-");
		executor.setTaskDecorator(new TenantTaskDecorator());
		// a shutting-down node lets running imports finish (they are one transaction)
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}

package org.pecgov.config;

import java.util.concurrent.Executors;
import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one instance at a time: ShedLock keeps a lock per job in PostgreSQL, timed by
 * the database's clock so that instances with drifting clocks agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
class SchedulingConfig {

	/**
	 * Locks held only briefly ({@code lockAtMostFor} of a minute or so) and kept alive while the job runs: an
	 * instance that dies holding a lock frees it within that minute, not after the longest a job may take.
	 * @param dataSource the database
	 * @return the lock provider
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()), Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "shedlock-keep-alive");
				thread.setDaemon(true);
				return thread;
			}));
	}

}

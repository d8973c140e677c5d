package id.jejaring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class JejaringApplication {

	public static void main(String[] args) {
		SpringApplication.run(JejaringApplication.class, args);
	}

}

package id.jejaring.partnership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code jejaring.partnership.*}).
 *
 * @param staleAfterDays a partnership that has sat in its stage longer than this many
 * days is flagged on the board and in the table. One figure for every stage: the stages
 * differ in length, but a per-stage table is a setting nobody tunes before the first year
 * of use; one number keeps the flag explainable.
 */
@ConfigurationProperties("jejaring.partnership")
public record PipelineSettings(@DefaultValue("30") int staleAfterDays) {

}

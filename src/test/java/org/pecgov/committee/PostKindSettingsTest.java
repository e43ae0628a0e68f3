package org.pecgov.committee;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.pecgov.organisation.SettingsForm;

import static org.assertj.core.api.Assertions.assertThat;

class PostKindSettingsTest {

	@Test
	void theSettingsKnowEveryKindOfPostInOrder() {
		assertThat(SettingsForm.POST_KINDS).containsExactlyElementsOf(
				Arrays.stream(PostKind.values()).map(PostKind::name).toList());
		assertThat(Arrays.stream(PostKind.values()).map(PostKind::name).toList())
			.containsAll(SettingsForm.MANAGEMENT_POSTS);
	}

}

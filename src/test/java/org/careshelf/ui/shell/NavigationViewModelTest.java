package org.careshelf.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigationViewModelTest {

  final NavigationViewModel nav = new NavigationViewModel();

  @Test
  void startsAtHomeWithNowhereToGo() {
    assertThat(nav.currentProperty().get()).isEqualTo(new Place.Home());
    assertThat(nav.canGoBackProperty().get()).isFalse();
    assertThat(nav.canGoForwardProperty().get()).isFalse();
  }

  @Test
  void goesBackAndForwardLikeABrowser() {
    nav.go(new Place.ArticlePage("a"));
    nav.go(new Place.ArticlePage("b"));

    nav.back();
    assertThat(nav.currentProperty().get()).isEqualTo(new Place.ArticlePage("a"));
    assertThat(nav.canGoForwardProperty().get()).isTrue();

    nav.forward();
    assertThat(nav.currentProperty().get()).isEqualTo(new Place.ArticlePage("b"));

    nav.back();
    nav.go(new Place.GlossaryPage(null));
    assertThat(nav.canGoForwardProperty().get()).isFalse();
    nav.back();
    nav.back();
    assertThat(nav.currentProperty().get()).isEqualTo(new Place.Home());
    assertThat(nav.canGoBackProperty().get()).isFalse();
  }

  @Test
  void goingWhereYouAreChangesNothing() {
    nav.go(new Place.ArticlePage("a"));
    nav.go(new Place.ArticlePage("a"));
    nav.back();

    assertThat(nav.currentProperty().get()).isEqualTo(new Place.Home());
  }

  @Test
  void keepsABoundedHistory() {
    for (int i = 0; i < NavigationViewModel.LIMIT + 50; i++) {
      nav.go(new Place.ArticlePage("a" + i));
    }
    int steps = 0;
    while (nav.canGoBackProperty().get()) {
      nav.back();
      steps++;
    }
    assertThat(steps).isEqualTo(NavigationViewModel.LIMIT);
  }

  @Test
  void resetForgetsEverything() {
    nav.go(new Place.ArticlePage("a"));
    nav.reset();

    assertThat(nav.currentProperty().get()).isEqualTo(new Place.Home());
    assertThat(nav.canGoBackProperty().get()).isFalse();
  }
}

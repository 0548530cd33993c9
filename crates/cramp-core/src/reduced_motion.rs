//! Reduced motion (WCAG 2.3.3): people with vestibular disorders can be made unwell by views
//! that fly, shimmer or play by themselves. With reduced motion the camera jumps instead of
//! gliding, a twitching cramp keeps still, and a "show me" or tour step shows its end state
//! instead of playing. The system's (or browser's) "reduce motion" preference decides unless
//! the user chooses.

/// The user's choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MotionChoice {
    /// Follow the system's or browser's preference.
    #[default]
    Auto,
    Reduce,
    Full,
}

impl MotionChoice {
    pub const ALL: [MotionChoice; 3] =
        [MotionChoice::Auto, MotionChoice::Reduce, MotionChoice::Full];

    /// The name in settings files and interface message keys (`motion-reduce`).
    pub fn name(self) -> &'static str {
        match self {
            MotionChoice::Auto => "auto",
            MotionChoice::Reduce => "reduce",
            MotionChoice::Full => "full",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether motion is reduced, given the system's preference.
    pub fn reduces(self, system_prefers_reduced: bool) -> bool {
        match self {
            MotionChoice::Auto => system_prefers_reduced,
            MotionChoice::Reduce => true,
            MotionChoice::Full => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_follows_the_system_and_a_choice_overrides_it() {
        assert!(MotionChoice::Auto.reduces(true));
        assert!(!MotionChoice::Auto.reduces(false));
        assert!(MotionChoice::Reduce.reduces(false));
        assert!(!MotionChoice::Full.reduces(true));
        for choice in MotionChoice::ALL {
            assert_eq!(MotionChoice::from_name(choice.name()), Some(choice));
        }
        assert_eq!(MotionChoice::from_name("fast"), None);
    }
}

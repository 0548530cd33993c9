//! The quiz (`assets/quiz/*.quiz.ron`): "find the structure" questions answered by clicking the
//! model, and multiple-choice questions on anatomy, causes, treatment and red flags, each with an
//! explanation. Rounds, scoring, review of mistakes and the progress kept between visits are
//! plain logic here, tested without an engine.

use std::collections::HashSet;

use serde::Deserialize;

use crate::data_error::{DataError, parse_validated};

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuizBank {
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
pub enum Topic {
    Anatomy,
    Causes,
    Symptoms,
    Treatment,
    RedFlags,
    Biomechanics,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::Anatomy,
        Topic::Causes,
        Topic::Symptoms,
        Topic::Treatment,
        Topic::RedFlags,
        Topic::Biomechanics,
    ];

    /// The interface message naming the topic.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Anatomy => "topic-anatomy",
            Topic::Causes => "topic-causes",
            Topic::Symptoms => "topic-symptoms",
            Topic::Treatment => "topic-treatment",
            Topic::RedFlags => "topic-red-flags",
            Topic::Biomechanics => "topic-biomechanics",
        }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub topic: Topic,
    pub prompt: String,
    pub answer: Answer,
    /// Why the right answer is right; shown after answering and in the review.
    pub explanation: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum Answer {
    /// Click this structure on the model.
    Find(String),
    /// Pick one of `choices`; `correct` is the 0-based index of the right one.
    Choice {
        choices: Vec<String>,
        correct: usize,
    },
}

/// What the user gave as an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    Structure(String),
    Choice(usize),
}

impl Question {
    pub fn is_correct(&self, given: &Given) -> bool {
        match (&self.answer, given) {
            (Answer::Find(id), Given::Structure(clicked)) => id == clicked,
            (Answer::Choice { correct, .. }, Given::Choice(choice)) => correct == choice,
            _ => false,
        }
    }
}

/// The smallest bank the app accepts: enough for three rounds without repeats.
pub const MIN_QUESTIONS: usize = 30;

impl QuizBank {
    pub fn from_ron(
        file: &str,
        bytes: &[u8],
        structures: &[String],
    ) -> Result<Self, Vec<DataError>> {
        parse_validated(file, bytes, |bank: &Self| bank.validate(file, structures))
    }

    pub fn validate(&self, file: &str, structures: &[String]) -> Vec<DataError> {
        let mut problems = Vec::new();
        let mut problem = |message: String| problems.push(DataError::new(file, message));
        let mut ids = HashSet::new();
        for q in &self.questions {
            let id = &q.id;
            if !ids.insert(id.as_str()) {
                problem(format!("question id {id:?} is used twice"));
            }
            if q.prompt.trim().is_empty() || q.explanation.trim().is_empty() {
                problem(format!("question {id:?} needs a prompt and an explanation"));
            }
            match &q.answer {
                Answer::Find(s) if !structures.contains(s) => problem(format!(
                    "question {id:?} asks to find unknown structure {s:?}"
                )),
                Answer::Choice { choices, correct } => {
                    if !(2..=5).contains(&choices.len()) {
                        problem(format!(
                            "question {id:?} has {} choices; expected 2 to 5",
                            choices.len()
                        ));
                    }
                    if *correct >= choices.len() {
                        problem(format!(
                            "question {id:?}: correct: {correct} but choices are numbered 0 to {}",
                            choices.len().saturating_sub(1)
                        ));
                    }
                    let distinct: HashSet<&str> = choices.iter().map(|c| c.trim()).collect();
                    if distinct.len() != choices.len() {
                        problem(format!("question {id:?} has the same choice twice"));
                    }
                }
                Answer::Find(_) => {}
            }
        }
        if self.questions.len() < MIN_QUESTIONS {
            problem(format!(
                "the bank has {} questions; expected at least {MIN_QUESTIONS}",
                self.questions.len()
            ));
        }
        for topic in [
            Topic::Anatomy,
            Topic::Causes,
            Topic::Treatment,
            Topic::RedFlags,
        ] {
            if self.questions.iter().filter(|q| q.topic == topic).count() < 3 {
                problem(format!("expected at least 3 questions on {topic:?}"));
            }
        }
        problems
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

/// Shuffles `items` the same way for the same seed (tests rely on that).
fn shuffle<T>(items: &mut [T], seed: u64) {
    fastrand::Rng::with_seed(seed).shuffle(items);
}

/// One answered question.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionResult {
    pub question: usize,
    pub given: Given,
    pub correct: bool,
}

/// A round of questions.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizRound {
    /// Indices into the bank, in the order asked; never the same question twice.
    pub order: Vec<usize>,
    /// Which of `order` is being asked (equal to its length when the round is over).
    pub position: usize,
    pub results: Vec<QuestionResult>,
    /// Mixes the order choices are shown in (the bank lists the right one anywhere, often first).
    pub seed: u64,
}

/// Questions in a round.
pub const ROUND_LENGTH: usize = 10;

impl QuizRound {
    /// A new round: questions missed last time come first (a second chance), the rest shuffled
    /// by `seed`; the first question is never the one the previous round ended on.
    pub fn new(bank: &QuizBank, progress: &QuizProgress, seed: u64) -> Self {
        let missed: Vec<usize> = progress
            .missed
            .iter()
            .filter_map(|id| bank.index_of(id))
            .collect();
        let mut rest: Vec<usize> = (0..bank.questions.len())
            .filter(|i| !missed.contains(i))
            .collect();
        shuffle(&mut rest, seed);
        let mut order: Vec<usize> = missed.into_iter().chain(rest).take(ROUND_LENGTH).collect();
        let previous = progress.last.as_deref().and_then(|id| bank.index_of(id));
        if order.len() > 1 && order.first() == previous.as_ref() {
            order.rotate_left(1);
        }
        Self {
            order,
            position: 0,
            results: Vec::new(),
            seed,
        }
    }

    /// The order to show a question's `choices` in: indices into them, shuffled per question
    /// and round so the right answer's place teaches nothing.
    pub fn choice_order(&self, question: usize, choices: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..choices).collect();
        shuffle(
            &mut order,
            self.seed ^ (question as u64 + 1).wrapping_mul(0x5851_F42D_4C95_7F2D),
        );
        order
    }

    pub fn current(&self) -> Option<usize> {
        self.order.get(self.position).copied()
    }

    /// The result for the current question, if it has been answered.
    pub fn current_result(&self) -> Option<&QuestionResult> {
        let question = self.current()?;
        self.results.iter().find(|r| r.question == question)
    }

    /// Records the first answer to the current question; later answers to it are ignored (no
    /// second guesses after seeing the feedback). Returns whether the recorded answer is right.
    pub fn answer(&mut self, bank: &QuizBank, given: Given) -> Option<bool> {
        if let Some(result) = self.current_result() {
            return Some(result.correct);
        }
        let question = self.current()?;
        let correct = bank.questions.get(question)?.is_correct(&given);
        self.results.push(QuestionResult {
            question,
            given,
            correct,
        });
        Some(correct)
    }

    /// Moves on, once the current question is answered.
    pub fn next(&mut self) {
        if self.current_result().is_some() {
            self.position += 1;
        }
    }

    pub fn is_over(&self) -> bool {
        self.position >= self.order.len()
    }

    /// (right answers, questions answered).
    pub fn score(&self) -> (usize, usize) {
        (
            self.results.iter().filter(|r| r.correct).count(),
            self.results.len(),
        )
    }

    pub fn mistakes(&self) -> impl Iterator<Item = &QuestionResult> {
        self.results.iter().filter(|r| !r.correct)
    }
}

/// What the app remembers between visits (browser storage or the settings file).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuizProgress {
    pub rounds: u32,
    pub answered: u32,
    pub correct: u32,
    /// Best round score, percent.
    pub best_percent: u32,
    /// Questions answered wrongly in the last round, asked first next time.
    pub missed: Vec<String>,
    /// The last question asked, so the next round does not start with it.
    pub last: Option<String>,
}

impl QuizProgress {
    /// Adds a finished round.
    pub fn record(&mut self, bank: &QuizBank, round: &QuizRound) {
        let (right, answered) = round.score();
        if answered == 0 {
            return;
        }
        self.rounds += 1;
        self.answered += answered as u32;
        self.correct += right as u32;
        self.best_percent = self.best_percent.max((right * 100 / answered) as u32);
        let id = |i: usize| bank.questions.get(i).map(|q| q.id.clone());
        self.missed = round.mistakes().filter_map(|r| id(r.question)).collect();
        self.last = round.results.last().and_then(|r| id(r.question));
    }

    /// One line, `key=value;…`, for storage.
    pub fn to_setting(&self) -> String {
        format!(
            "rounds={};answered={};correct={};best={};missed={};last={}",
            self.rounds,
            self.answered,
            self.correct,
            self.best_percent,
            self.missed.join(","),
            self.last.as_deref().unwrap_or_default()
        )
    }

    /// Reads what [`to_setting`](Self::to_setting) wrote; anything unreadable is left at zero
    /// (stored progress is a convenience, never a reason to fail).
    pub fn from_setting(text: &str) -> Self {
        let mut progress = Self::default();
        for (key, value) in text.split(';').filter_map(|part| part.split_once('=')) {
            let number = || value.trim().parse::<u32>().unwrap_or(0);
            match key.trim() {
                "rounds" => progress.rounds = number(),
                "answered" => progress.answered = number(),
                "correct" => progress.correct = number(),
                "best" => progress.best_percent = number().min(100),
                "missed" => {
                    progress.missed = value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect();
                }
                "last" => progress.last = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                _ => {}
            }
        }
        progress.correct = progress.correct.min(progress.answered);
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::shuffle;

    fn shuffled(seed: u64) -> Vec<usize> {
        let mut items: Vec<usize> = (0..20).collect();
        shuffle(&mut items, seed);
        items
    }

    #[test]
    fn the_same_seed_gives_the_same_order_and_another_seed_another() {
        assert_eq!(shuffled(42), shuffled(42));
        assert_ne!(shuffled(42), shuffled(43));
        let mut sorted = shuffled(42);
        sorted.sort_unstable();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>());
        assert_ne!(shuffled(42), (0..20).collect::<Vec<_>>());
    }
}

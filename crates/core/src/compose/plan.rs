//! Sending all at once, or one email per target in turn: identical mass mail
//! is more likely to be filtered, and each target gets a letter addressed to them.

use super::Message;
use crate::model::Email;

/// How the reader sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendMode {
    /// One email to every target.
    AllAtOnce,
    /// One email per target, in turn.
    InTurn,
}

/// Someone the letter goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Their name, in the letter's language.
    pub name: String,
    /// The address.
    pub email: Email,
    /// How a letter in its language greets them, if the campaign says.
    pub salutation: Option<String>,
}

/// The emails to send, and how far the reader has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendPlan {
    /// Every recipient, in the campaign's order.
    pub targets: Vec<Recipient>,
    /// How the reader sends.
    pub mode: SendMode,
    /// The step the reader is on, from 0.
    pub step: usize,
}

impl SendPlan {
    /// How many emails this plan sends.
    pub fn steps(&self) -> usize {
        match self.mode {
            SendMode::AllAtOnce => usize::from(!self.targets.is_empty()),
            SendMode::InTurn => self.targets.len(),
        }
    }

    /// The email the reader is on, from 1, and how many there are: (2, 5).
    pub fn position(&self) -> (usize, usize) {
        ((self.step + 1).min(self.steps()), self.steps())
    }

    /// Moves to the next target; false when there is none.
    pub fn advance(&mut self) -> bool {
        let more = self.step + 1 < self.steps();
        if more {
            self.step += 1;
        }
        more
    }

    /// The recipients' names and addresses of the current email.
    pub fn current(&self) -> &[Recipient] {
        match self.mode {
            SendMode::AllAtOnce => &self.targets,
            SendMode::InTurn => self.targets.get(self.step..=self.step).unwrap_or_default(),
        }
    }

    /// How the current email greets: its one recipient's own salutation,
    /// else the letter's `collective` greeting, which names nobody. Names
    /// are never joined into one greeting.
    pub fn salutation(&self, collective: Option<&str>) -> String {
        let own = match self.current() {
            [one] => one.salutation.as_deref(),
            _ => None,
        };
        own.or(collective).unwrap_or_default().to_owned()
    }

    /// The current email's recipient by name, or every name joined when it
    /// goes to everyone at once, for a letter that names them in its text.
    pub fn target_name(&self) -> String {
        self.current()
            .iter()
            .map(|recipient| recipient.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The current email, given its subject, body and copies.
    pub fn message(&self, subject: &str, body: &str, cc: &[Email]) -> Message {
        Message {
            to: self
                .current()
                .iter()
                .map(|recipient| recipient.email.clone())
                .collect(),
            cc: cc.to_vec(),
            subject: subject.to_owned(),
            body: body.to_owned(),
        }
    }
}

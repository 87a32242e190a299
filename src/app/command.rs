//! Every menu item and keyboard shortcut is one command, defined here once, so the menus, the
//! shortcuts and the tests take the same path.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    /// Full-screen presentation mode.
    Present,
    /// Close the window (asking first if there are unsaved changes).
    Quit,
}

impl Command {
    pub const ALL: [Command; 8] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Undo,
        Command::Redo,
        Command::Present,
        Command::Quit,
    ];

    pub fn label(self) -> String {
        match self {
            Command::New => tr!("command-new"),
            Command::Open => tr!("command-open"),
            Command::Save => tr!("command-save"),
            Command::SaveAs => tr!("command-save-as"),
            Command::Undo => tr!("command-undo"),
            Command::Redo => tr!("command-redo"),
            Command::Present => tr!("command-present"),
            Command::Quit => tr!("command-quit"),
        }
    }

    pub fn tooltip(self) -> String {
        match self {
            Command::New => tr!("command-new-help"),
            Command::Open => tr!("command-open-help"),
            Command::Save => tr!("command-save-help"),
            Command::SaveAs => tr!("command-save-as-help"),
            Command::Undo => tr!("command-undo-help"),
            Command::Redo => tr!("command-redo-help"),
            Command::Present => tr!("command-present-help"),
            Command::Quit => tr!("command-quit-help"),
        }
    }

    /// The shortcuts, the first one shown in menus. Longer combinations come first in
    /// [`Command::ALL`] matching (see [`Command::from_shortcuts`]), so Ctrl+Shift+S is not
    /// taken for Ctrl+S.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn ctrl(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn ctrl_shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
        }
        const NEW: &[KeyboardShortcut] = &[ctrl(Key::N)];
        const OPEN: &[KeyboardShortcut] = &[ctrl(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[ctrl(Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[ctrl_shift(Key::S)];
        const UNDO: &[KeyboardShortcut] = &[ctrl(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[ctrl_shift(Key::Z), ctrl(Key::Y)];
        const PRESENT: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F5)];
        const QUIT: &[KeyboardShortcut] = &[ctrl(Key::Q)];
        match self {
            Command::New => NEW,
            Command::Open => OPEN,
            Command::Save => SAVE,
            Command::SaveAs => SAVE_AS,
            Command::Undo => UNDO,
            Command::Redo => REDO,
            Command::Present => PRESENT,
            Command::Quit => QUIT,
        }
    }

    /// The commands whose shortcut was pressed this frame (each consumed once).
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        // Shift combinations first: consuming Ctrl+S would also swallow Ctrl+Shift+S.
        let order = [
            Command::SaveAs,
            Command::Redo,
            Command::New,
            Command::Open,
            Command::Save,
            Command::Undo,
            Command::Present,
            Command::Quit,
        ];
        // A text field being edited keeps Ctrl+Z and Ctrl+Y for its own undo of the typing;
        // the scenario's undo takes over once the value is entered.
        let editing_text = ctx.text_edit_focused();
        ctx.input_mut(|input| {
            order
                .into_iter()
                .filter(|command| {
                    !(editing_text && matches!(command, Command::Undo | Command::Redo))
                })
                .filter(|command| {
                    command
                        .shortcuts()
                        .iter()
                        .any(|shortcut| input.consume_shortcut(shortcut))
                })
                .collect()
        })
    }
}

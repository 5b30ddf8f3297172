//! Windows only: a release build is a GUI program, so that no console window
//! opens behind the wizard when it is double-clicked. Started from a
//! terminal, it attaches to that terminal so that `mailsetup probe`,
//! `--help` and `--version` still print there. Elsewhere this does nothing.

/// Attaches to the console of the process that started this one, if any.
#[cfg(all(windows, not(debug_assertions)))]
#[allow(unsafe_code)]
pub fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: AttachConsole takes only a process id and touches no memory of
    // ours; without a parent console (double-click) it returns 0, ignored.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Attaches to the console of the process that started this one, if any.
#[cfg(not(all(windows, not(debug_assertions))))]
pub fn attach_parent_console() {}

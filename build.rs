//! Windows only: gives `mailsetup.exe` its icon and the name Windows shows
//! for it (Explorer, the taskbar's jump list, Task Manager, the "Open with"
//! list), instead of a blank icon and "mailsetup". Other targets need
//! nothing from here; the window's own icon is set at run time.

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/mailsetup.ico");
    // The target, not the host: a build script runs on the host, so
    // `cfg!(windows)` would be wrong when cross-compiling.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/mailsetup.ico")
        // Windows shows FileDescription as the program's name.
        .set("FileDescription", "Mail Setup Assistant")
        .set("ProductName", "Mail Setup Assistant")
        .set("OriginalFilename", "mailsetup.exe")
        .set("LegalCopyright", "Mail Setup Assistant developers");
    resource.compile()
}

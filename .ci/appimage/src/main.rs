//! `crm-roi-appimage BINARY OUT.AppImage`: lays out the AppDir (the binary, the desktop entry,
//! the icon, the AppStream metadata, AppRun) and packs it behind the AppImage runtime.

use std::path::{Path, PathBuf};

const ID: &str = "io.github.crmroi.CrmRoi";

fn main() -> anyhow::Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [binary, out] = args.as_slice() else {
        anyhow::bail!("usage: crm-roi-appimage BINARY OUT.AppImage");
    };
    // Run from the repository's root, where the assets are.
    let assets = Path::new("assets");
    let build_dir = out.parent().unwrap_or(Path::new(".")).to_owned();
    let image = appimage::AppImage::new(&build_dir, "crm-roi".into())?;
    image.add_file(binary, Path::new("usr/bin/crm-roi"))?;
    let desktop = format!("{ID}.desktop");
    let entry = assets.join("linux").join(&desktop);
    image.add_file(&entry, Path::new(&desktop))?;
    image.add_file(&entry, &Path::new("usr/share/applications").join(&desktop))?;
    let icon = assets.join("icons/crm-roi-256.png");
    image.add_file(&icon, Path::new(&format!("{ID}.png")))?;
    image.add_file(
        &icon,
        &Path::new("usr/share/icons/hicolor/256x256/apps").join(format!("{ID}.png")),
    )?;
    image.add_file(
        &assets.join("linux").join(format!("{ID}.metainfo.xml")),
        &Path::new("usr/share/metainfo").join(format!("{ID}.appdata.xml")),
    )?;
    let appdir = image.appdir().to_owned();
    std::os::unix::fs::symlink(format!("{ID}.png"), appdir.join(".DirIcon"))?;
    std::os::unix::fs::symlink("usr/bin/crm-roi", appdir.join("AppRun"))?;
    image.build(out, None)?;
    println!("{}", out.display());
    Ok(())
}

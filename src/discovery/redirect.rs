//! Web lookups follow redirects by hand, so that each hop is named and a
//! redirect to another site is known: what a file names after such a
//! detour is only as good as the detour.

/// Where a redirect leads: an https URL (relative ones resolved), at most
/// five in a row.
pub(super) fn redirect_target(
    from: &reqwest::Url,
    response: &reqwest::Response,
    hops_so_far: usize,
) -> Result<reqwest::Url, String> {
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .ok_or_else(|| {
            format!(
                "the server answered {} without saying where to",
                response.status()
            )
        })?;
    let next = from
        .join(location)
        .map_err(|e| format!("the server redirected to an address that cannot be read ({e})"))?;
    if next.scheme() != "https" {
        return Err(format!("redirected to {next}, which is not https; not followed"));
    }
    if hops_so_far >= MAX_REDIRECTS {
        return Err(format!("more than {MAX_REDIRECTS} redirects; not followed"));
    }
    Ok(next)
}

/// Redirects a web lookup follows, at most.
const MAX_REDIRECTS: usize = 5;

/// A lookup's detail, naming every redirect hop, and saying when one led
/// off the site (then what the file names waits for confirmation).
pub(super) fn with_hops(detail: String, hops: &[reqwest::Url], vouched: bool) -> String {
    if hops.is_empty() {
        return detail;
    }
    let path: Vec<&str> = hops.iter().map(reqwest::Url::as_str).collect();
    let off_site = if vouched {
        ""
    } else {
        "; another site answered, so its servers wait for your confirmation"
    };
    format!("{detail} (redirected to {}{off_site})", path.join(" → "))
}

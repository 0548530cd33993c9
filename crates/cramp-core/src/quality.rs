//! Rendering quality: what the user chose (auto, high, low) and what "auto" means on the
//! renderer found. Machines without a real GPU draw with a software renderer (Mesa's llvmpipe
//! or lavapipe on Linux and in virtual desktops, Google's SwiftShader behind Chrome's WebGL,
//! Microsoft's WARP); there multisampling costs the CPU several times a frame's work.

/// The user's choice, kept in the settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Quality {
    /// High on a GPU, low on a software renderer.
    #[default]
    Auto,
    High,
    Low,
}

impl Quality {
    pub const ALL: [Quality; 3] = [Quality::Auto, Quality::High, Quality::Low];

    pub fn name(self) -> &'static str {
        match self {
            Quality::Auto => "auto",
            Quality::High => "high",
            Quality::Low => "low",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.name() == name.trim())
    }

    /// Multisample anti-aliasing samples for this choice on this renderer: 4 where a GPU does
    /// it for free, none on a CPU.
    pub fn msaa_samples(self, software_renderer: bool) -> u32 {
        match (self, software_renderer) {
            (Quality::High, _) | (Quality::Auto, false) => 4,
            (Quality::Low, _) | (Quality::Auto, true) => 1,
        }
    }
}

/// Whether the adapter is a software renderer, from its name and wgpu's device type (`Cpu`).
pub fn is_software_renderer(adapter_name: &str, device_type: &str) -> bool {
    let name = adapter_name.to_ascii_lowercase();
    device_type.eq_ignore_ascii_case("cpu")
        || [
            "llvmpipe",
            "lavapipe",
            "swiftshader",
            "softpipe",
            "microsoft basic render",
        ]
        .iter()
        .any(|software| name.contains(software))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn software_renderers_are_recognised_by_the_names_their_drivers_report() {
        // Names as the drivers report them (Mesa, Chrome's ANGLE over SwiftShader, Windows).
        assert!(is_software_renderer(
            "llvmpipe (LLVM 19.1.7, 256 bits)",
            "Cpu"
        ));
        assert!(is_software_renderer(
            "llvmpipe (LLVM 15.0.6, 256 bits)",
            "Other"
        ));
        assert!(is_software_renderer(
            "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
            "Other"
        ));
        assert!(is_software_renderer("Microsoft Basic Render Driver", "Cpu"));
        assert!(!is_software_renderer(
            "NVIDIA GeForce RTX 3060",
            "DiscreteGpu"
        ));
        assert!(!is_software_renderer(
            "AMD Radeon Graphics (RADV RENOIR)",
            "IntegratedGpu"
        ));
        assert!(!is_software_renderer("Apple M2", "IntegratedGpu"));
    }

    #[test]
    fn auto_keeps_msaa_on_a_gpu_and_drops_it_on_a_cpu_unless_the_user_says_otherwise() {
        assert_eq!(Quality::Auto.msaa_samples(false), 4);
        assert_eq!(Quality::Auto.msaa_samples(true), 1);
        assert_eq!(Quality::High.msaa_samples(true), 4);
        assert_eq!(Quality::Low.msaa_samples(false), 1);
        for quality in Quality::ALL {
            assert_eq!(Quality::from_name(quality.name()), Some(quality));
        }
    }
}

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

    /// What this choice means on this renderer. High is what a GPU does for free: 4×
    /// multisampling, the whole mesh and three lights. Low, and auto on a software renderer
    /// (which draws on the CPU, where multisampling costs several times a frame's work, every
    /// vertex is transformed on one thread and every light is worked out for every pixel): no
    /// multisampling, 30 % of the triangles, a depth prepass so each pixel of the leg is shaded
    /// once, not once per overlapping muscle, and one light that moves with the camera.
    pub fn settings(self, software_renderer: bool) -> RenderSettings {
        match (self, software_renderer) {
            (Quality::High, _) | (Quality::Auto, false) => RenderSettings {
                msaa_samples: 4,
                depth_prepass: false,
                mesh_detail: MeshDetail::Full,
                lighting: Lighting::Studio,
            },
            (Quality::Low, _) | (Quality::Auto, true) => RenderSettings {
                msaa_samples: 1,
                depth_prepass: true,
                mesh_detail: MeshDetail::Reduced,
                lighting: Lighting::Headlight,
            },
        }
    }
}

/// How the 3D view is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderSettings {
    /// Multisample anti-aliasing samples: 4 or 1 (off).
    pub msaa_samples: u32,
    /// Depth first, then colour only where a surface is in front. Not on WebGL2, which cannot
    /// copy the depth texture as Bevy's prepass does every frame (the app's `frames` leaves it
    /// out there).
    pub depth_prepass: bool,
    pub mesh_detail: MeshDetail,
    pub lighting: Lighting,
}

/// How the leg is lit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lighting {
    /// Fixed key, fill and rim lights around the leg, as in a photographer's studio.
    #[default]
    Studio,
    /// One light from over the viewer's shoulder, turning with the camera, so whatever side is
    /// looked at is lit: one light to work out per pixel instead of three.
    Headlight,
}

/// How finely the leg's surfaces are built.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MeshDetail {
    /// Every fitted section and outline point.
    #[default]
    Full,
    /// Every other section and outline point: 30 % of the triangles (31 k of 105 k).
    Reduced,
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
        let gpu = |q: Quality| q.settings(false);
        let cpu = |q: Quality| q.settings(true);
        assert_eq!(gpu(Quality::Auto).msaa_samples, 4);
        assert_eq!(gpu(Quality::Auto).mesh_detail, MeshDetail::Full);
        assert_eq!(cpu(Quality::Auto).msaa_samples, 1);
        assert_eq!(cpu(Quality::Auto).mesh_detail, MeshDetail::Reduced);
        assert!(cpu(Quality::Auto).depth_prepass);
        assert_eq!(gpu(Quality::Auto).lighting, Lighting::Studio);
        assert_eq!(cpu(Quality::Auto).lighting, Lighting::Headlight);
        assert_eq!(cpu(Quality::High), gpu(Quality::Auto));
        assert_eq!(gpu(Quality::Low), cpu(Quality::Auto));
        for quality in Quality::ALL {
            assert_eq!(Quality::from_name(quality.name()), Some(quality));
        }
    }
}

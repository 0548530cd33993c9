//! Atlas colours: muscle red, tendon silvery white, bone ivory, nerve yellow, artery red,
//! vein blue, skin translucent.

use bevy::prelude::*;

use crate::core::anatomy::BodySystem;

pub fn for_system(system: BodySystem) -> StandardMaterial {
    let (color, roughness, reflectance) = match system {
        BodySystem::Muscle => (Color::srgb(0.70, 0.17, 0.15), 0.55, 0.4),
        // Tendons glossy white, vessels with a wet sheen.
        BodySystem::Tendon => (Color::srgb(0.92, 0.92, 0.88), 0.22, 0.7),
        BodySystem::Bone => (Color::srgb(0.92, 0.88, 0.76), 0.75, 0.3),
        BodySystem::Nerve => (Color::srgb(0.96, 0.80, 0.22), 0.5, 0.4),
        BodySystem::Artery => (Color::srgb(0.86, 0.08, 0.10), 0.28, 0.6),
        BodySystem::Vein => (Color::srgb(0.16, 0.30, 0.78), 0.28, 0.6),
        BodySystem::Skin => (Color::srgba(0.93, 0.74, 0.62, 0.28), 0.6, 0.3),
    };
    StandardMaterial {
        base_color: color,
        perceptual_roughness: roughness,
        reflectance,
        alpha_mode: if system == BodySystem::Skin {
            AlphaMode::Blend
        } else {
            AlphaMode::Opaque
        },
        ..default()
    }
}

/// How strongly the fibre stripes darken the base colour.
pub(super) fn fibre_strength(system: BodySystem) -> f32 {
    match system {
        BodySystem::Muscle => 0.16,
        BodySystem::Tendon => 0.06,
        _ => 0.0,
    }
}

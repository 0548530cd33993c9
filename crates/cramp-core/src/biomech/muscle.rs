//! The Hill-type muscle: Thelen (2003) curves, fibre-tendon equilibrium, force-velocity and
//! activation dynamics, and how a belly bulges and a shared tendon divides its pull.

use super::MusculotendonUnit;

/// Thelen (2003) curves, forces normalised by the maximum isometric force and lengths by the
/// optimal fibre length (muscle) or slack length (tendon).
pub mod curves {
    /// Active force-length: a Gaussian of width 0.45 around the optimal length.
    pub fn active_force_length(normalized_fiber_length: f64) -> f64 {
        (-(normalized_fiber_length - 1.0).powi(2) / 0.45).exp()
    }

    /// Passive force of the stretched fibre (zero at or below the optimal length).
    pub fn passive_force_length(normalized_fiber_length: f64) -> f64 {
        const K: f64 = 4.0;
        const STRAIN_AT_ONE: f64 = 0.6;
        if normalized_fiber_length <= 1.0 {
            0.0
        } else {
            ((K * (normalized_fiber_length - 1.0) / STRAIN_AT_ONE).exp() - 1.0) / (K.exp() - 1.0)
        }
    }

    /// Tendon force from strain: exponential toe region then linear, reaching 1 at 4 % strain.
    pub fn tendon_force(strain: f64) -> f64 {
        const STRAIN_AT_ONE: f64 = 0.04;
        const TOE_STRAIN: f64 = 0.609 * STRAIN_AT_ONE;
        const TOE_FORCE: f64 = 0.333_333;
        const K_TOE: f64 = 3.0;
        let k_lin = (1.0 - TOE_FORCE) / (STRAIN_AT_ONE - TOE_STRAIN);
        if strain <= 0.0 {
            0.0
        } else if strain < TOE_STRAIN {
            TOE_FORCE * ((K_TOE * strain / TOE_STRAIN).exp() - 1.0) / (K_TOE.exp() - 1.0)
        } else {
            TOE_FORCE + k_lin * (strain - TOE_STRAIN)
        }
    }

    /// Force-velocity multiplier for normalised fibre velocity (optimal lengths per second,
    /// positive = lengthening), with a maximum shortening speed of 10 lengths/s.
    pub fn force_velocity(normalized_velocity: f64) -> f64 {
        const V_MAX: f64 = 10.0;
        let v = normalized_velocity / V_MAX;
        if v <= -1.0 {
            0.0
        } else if v <= 0.0 {
            // Hill's hyperbola, curvature 0.25.
            (1.0 + v) / (1.0 - v / 0.25)
        } else {
            // Eccentric: rises towards 1.8 times isometric, twice as steep at v = 0 as the
            // concentric branch (Katz 1939).
            1.8 - 0.8 / (1.0 + 12.5 * v)
        }
        .clamp(0.0, 1.8)
    }
}

/// How much a muscle belly bulges when its length changes by `stretch` (new length / rest
/// length): its cross-section is scaled by `1 + bulge * sin(pi * u)` along the belly (`u` from 0
/// at one end to 1 at the other; the ends stay attached), with `bulge` chosen so the volume is
/// unchanged: `stretch * ∫(1 + b sin πu)² du = 1`, i.e. `b²/2 + 4b/π + 1 - 1/stretch = 0`.
pub fn belly_bulge(stretch: f64) -> f64 {
    if !(stretch.is_finite() && stretch > 0.0) {
        return 0.0;
    }
    let k = 4.0 / std::f64::consts::PI;
    -k + (k * k + 2.0 * (1.0 / stretch - 1.0)).max(0.0).sqrt()
}

/// How a shared tendon's pull divides among the muscles that insert on it: each muscle's share
/// is its own tendon force over their sum (Newton's third law at the common insertion). With no
/// force at all (or bad numbers) every muscle gets an equal share, so a slack tendon still moves
/// with the bellies.
pub fn shared_tendon_shares(forces_n: &[f64]) -> Vec<f64> {
    let usable: Vec<f64> = forces_n
        .iter()
        .map(|f| if f.is_finite() { f.max(0.0) } else { 0.0 })
        .collect();
    let total: f64 = usable.iter().sum();
    if total > 1e-9 {
        usable.iter().map(|f| f / total).collect()
    } else if usable.is_empty() {
        Vec::new()
    } else {
        vec![1.0 / usable.len() as f64; usable.len()]
    }
}

/// The state of one muscle-tendon unit at one instant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MuscleState {
    pub mtu_length_m: f64,
    pub fiber_length_m: f64,
    pub tendon_length_m: f64,
    pub pennation_deg: f64,
    /// Tendon force, which is what pulls on the bone.
    pub force_n: f64,
    pub activation: f64,
}

impl MuscleState {
    pub fn normalized_fiber_length(&self, muscle: &MusculotendonUnit) -> f64 {
        self.fiber_length_m / muscle.optimal_fiber_length_m
    }
}

impl MusculotendonUnit {
    /// Fibre pennation angle at a fibre length (constant muscle thickness).
    fn pennation_rad(&self, fiber_length: f64) -> f64 {
        let height = self.optimal_fiber_length_m * self.pennation_at_optimal_deg.to_radians().sin();
        (height / fiber_length.max(height * 1.0001))
            .clamp(0.0, 0.99)
            .asin()
    }

    /// Static equilibrium of fibre and tendon for a musculotendon length and activation: the
    /// tendon force equals the fibre force along the tendon. Fibre velocity effects are applied
    /// by [`MusculotendonUnit::with_velocity`].
    pub fn equilibrium(&self, mtu_length_m: f64, activation: f64) -> MuscleState {
        let activation = activation.clamp(0.0, 1.0);
        let lopt = self.optimal_fiber_length_m;
        let slack = self.tendon_slack_length_m;
        let fmax = self.max_isometric_force_n;
        let state_for = |fiber: f64| {
            let alpha = self.pennation_rad(fiber);
            let tendon = mtu_length_m - fiber * alpha.cos();
            let tendon_force = curves::tendon_force((tendon - slack) / slack) * fmax;
            let ln = fiber / lopt;
            let fiber_force = (activation * curves::active_force_length(ln)
                + curves::passive_force_length(ln))
                * fmax;
            (
                tendon_force - fiber_force * alpha.cos(),
                alpha,
                tendon,
                tendon_force,
            )
        };
        // Bisection on fibre length: the residual falls as the fibre lengthens.
        let mut lo = 0.3 * lopt;
        let mut hi = ((mtu_length_m - 0.9 * slack).max(0.31 * lopt))
            .min(2.5 * lopt)
            .max(lo * 1.01);
        if state_for(hi).0 > 0.0 {
            hi = 2.5 * lopt;
        }
        for _ in 0..60 {
            let mid = 0.5 * (lo + hi);
            if state_for(mid).0 > 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let fiber = 0.5 * (lo + hi);
        let (_, alpha, tendon, force) = state_for(fiber);
        MuscleState {
            mtu_length_m,
            fiber_length_m: fiber,
            tendon_length_m: tendon,
            pennation_deg: alpha.to_degrees(),
            force_n: force,
            activation,
        }
    }

    /// Adds the force-velocity effect to an equilibrium state, given the fibre length a time
    /// step earlier: a shortening fibre pulls less, a lengthening one more.
    pub fn with_velocity(
        &self,
        state: MuscleState,
        previous_fiber_length_m: f64,
        dt_s: f64,
    ) -> MuscleState {
        if dt_s <= 0.0 {
            return state;
        }
        let lopt = self.optimal_fiber_length_m;
        let velocity = (state.fiber_length_m - previous_fiber_length_m) / dt_s / lopt;
        let ln = state.fiber_length_m / lopt;
        let alpha = state.pennation_deg.to_radians();
        let active =
            state.activation * curves::active_force_length(ln) * curves::force_velocity(velocity);
        let force =
            (active + curves::passive_force_length(ln)) * self.max_isometric_force_n * alpha.cos();
        MuscleState {
            force_n: force,
            ..state
        }
    }
}

/// First-order activation dynamics (Thelen 2003): activation follows the neural excitation,
/// rising with a 15 ms and falling with a 50 ms time constant (both scaled by activation).
pub fn activation_step(activation: f64, excitation: f64, dt_s: f64) -> f64 {
    const TAU_ACTIVATION: f64 = 0.015;
    const TAU_DEACTIVATION: f64 = 0.050;
    let a = activation.clamp(0.0, 1.0);
    let u = excitation.clamp(0.0, 1.0);
    let tau = if u > a {
        TAU_ACTIVATION * (0.5 + 1.5 * a)
    } else {
        TAU_DEACTIVATION / (0.5 + 1.5 * a)
    };
    // Exact step of the linear ODE over dt, so large steps stay stable.
    u + (a - u) * (-dt_s.max(0.0) / tau).exp()
}

#[cfg(test)]
mod bulge_tests {
    use super::belly_bulge;

    /// A belly of unit cross-section and length, shortened to `stretch` and bulged by the
    /// profile: its volume by numerical integration.
    fn volume(stretch: f64) -> f64 {
        let b = belly_bulge(stretch);
        let n = 10_000;
        (0..n)
            .map(|i| {
                let u = (i as f64 + 0.5) / n as f64;
                let scale = 1.0 + b * (std::f64::consts::PI * u).sin();
                scale * scale * stretch / n as f64
            })
            .sum()
    }

    #[test]
    fn a_shortening_belly_thickens_and_keeps_its_volume() {
        for stretch in [0.6, 0.8, 0.9, 1.0, 1.1, 1.3] {
            assert!(
                (volume(stretch) - 1.0).abs() < 1e-6,
                "{stretch}: {}",
                volume(stretch)
            );
        }
        assert!(belly_bulge(0.8) > 0.0 && belly_bulge(1.2) < 0.0);
        assert_eq!(belly_bulge(f64::NAN), 0.0);
    }
}

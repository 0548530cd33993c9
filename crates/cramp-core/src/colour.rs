//! Colour that carries meaning, readable by everyone: the heat maps the muscles are painted with,
//! and the contrast of text against its background.
//!
//! - Sequential quantities (activation, workload) use **viridis** (van der Walt & Smith,
//!   matplotlib 2015), designed to grow steadily in lightness, from dark purple through teal and
//!   green to yellow, and to stay readable with colour-vision deficiency and in grey. (cividis,
//!   tried first, passes the same tests but its middle is a pale beige that reads as bone on
//!   the model.)
//! - Fibre stretch (shorter or longer than rest) uses a diverging map from blue through a mid
//!   grey to vermillion: two colours of the Okabe-Ito palette that every common colour-vision
//!   deficiency still tells apart, equally dark at both ends so neither side looks "more".
//! - Contrast follows WCAG 2.2 (relative luminance and contrast ratio, success criteria 1.4.3
//!   and 1.4.11).
//!
//! Colours are sRGB triples in 0..=1.

/// An sRGB colour, channels in 0..=1.
pub type Srgb = [f32; 3];

/// viridis at 17 evenly spaced points (every 16th entry of its published 256-entry table, as
/// matplotlib ships it, and the last), interpolated linearly in between.
const VIRIDIS: [Srgb; 17] = [
    [0.2670, 0.0049, 0.3294],
    [0.2823, 0.0950, 0.4173],
    [0.2788, 0.1755, 0.4834],
    [0.2590, 0.2515, 0.5247],
    [0.2297, 0.3224, 0.5457],
    [0.1994, 0.3876, 0.5546],
    [0.1727, 0.4488, 0.5579],
    [0.1490, 0.5081, 0.5573],
    [0.1276, 0.5669, 0.5506],
    [0.1206, 0.6258, 0.5335],
    [0.1579, 0.6838, 0.5017],
    [0.2461, 0.7389, 0.4520],
    [0.3692, 0.7889, 0.3829],
    [0.5160, 0.8312, 0.2943],
    [0.6785, 0.8637, 0.1895],
    [0.8456, 0.8873, 0.0997],
    [0.9932, 0.9062, 0.1439],
];

/// Okabe & Ito's blue (#0072B2) and vermillion (#D55E00) around a mid grey, for "shorter" and
/// "longer". The vermillion is darkened to the blue's lightness so the two sides weigh the same.
/// The grey is lighter than both ends but well darker than the bones' ivory (L* about 73
/// against 89), so a muscle at its best length does not read as bone.
const DIVERGING: [Srgb; 3] = [
    [0.000, 0.447, 0.698],
    [0.70, 0.70, 0.70],
    [0.718, 0.317, 0.000],
];

fn lerp(a: Srgb, b: Srgb, t: f32) -> Srgb {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn sample(table: &[Srgb], value: f32) -> Srgb {
    let value = if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let last = table.len() - 1;
    let position = value * last as f32;
    let index = (position.floor() as usize).min(last - 1);
    lerp(table[index], table[index + 1], position - index as f32)
}

/// Sequential heat map for 0 (none) ..= 1 (most); NaN reads as none.
pub fn heat(value: f32) -> Srgb {
    sample(&VIRIDIS, value)
}

/// Diverging map for fibre length relative to rest: 0.5 (or shorter) blue, 1.0 grey, 1.5 (or
/// longer) orange.
pub fn stretch(ratio_to_rest: f32) -> Srgb {
    sample(&DIVERGING, ratio_to_rest - 0.5)
}

fn linear(channel: f32) -> f64 {
    let c = f64::from(channel);
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn relative_luminance(colour: Srgb) -> f64 {
    0.2126 * linear(colour[0]) + 0.7152 * linear(colour[1]) + 0.0722 * linear(colour[2])
}

/// WCAG contrast ratio between two colours, 1 ..= 21.
pub fn contrast_ratio(a: Srgb, b: Srgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// An 8-bit sRGB colour as 0..=1 channels.
pub fn from_rgb8(r: u8, g: u8, b: u8) -> Srgb {
    [
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CIELAB (D65) of an sRGB colour: L* is perceived lightness, b* the blue (−) / yellow (+)
    /// axis that red-green colour-vision deficiency leaves intact.
    fn lab(colour: Srgb) -> [f64; 3] {
        let (r, g, b) = (linear(colour[0]), linear(colour[1]), linear(colour[2]));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f64| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    /// What a person with a full deficiency sees (Machado, Oliveira & Fernandes 2009, IEEE
    /// TVCG 15:1291, severity 1.0 matrices, applied in linear RGB).
    fn simulate(colour: Srgb, matrix: [[f64; 3]; 3]) -> Srgb {
        let rgb = [linear(colour[0]), linear(colour[1]), linear(colour[2])];
        let encode = |c: f64| {
            let c = c.clamp(0.0, 1.0);
            (if c <= 0.003_130_8 {
                12.92 * c
            } else {
                1.055 * c.powf(1.0 / 2.4) - 0.055
            }) as f32
        };
        let row = |m: [f64; 3]| encode(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]);
        [row(matrix[0]), row(matrix[1]), row(matrix[2])]
    }
    const PROTANOPIA: [[f64; 3]; 3] = [
        [0.152_286, 1.052_583, -0.204_868],
        [0.114_503, 0.786_281, 0.099_216],
        [-0.003_882, -0.048_116, 1.051_998],
    ];
    const DEUTERANOPIA: [[f64; 3]; 3] = [
        [0.367_322, 0.860_646, -0.227_968],
        [0.280_085, 0.672_501, 0.047_413],
        [-0.011_820, 0.042_940, 0.968_881],
    ];
    const TRITANOPIA: [[f64; 3]; 3] = [
        [1.255_528, -0.076_749, -0.178_779],
        [-0.078_411, 0.930_809, 0.147_602],
        [0.004_733, 0.691_367, 0.303_900],
    ];
    const IDENTITY: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        // WCAG: black on white is 21:1; #767676 is the lightest grey that passes 4.5:1 on white
        // (4.54:1), #777777 the first that fails (4.48:1).
        let white = from_rgb8(255, 255, 255);
        assert!((contrast_ratio([0.0; 3], white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(from_rgb8(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
        assert!((contrast_ratio(from_rgb8(0x77, 0x77, 0x77), white) - 4.48).abs() < 0.01);
        assert_eq!(
            contrast_ratio(white, [0.0; 3]),
            contrast_ratio([0.0; 3], white)
        );
    }

    #[test]
    fn the_heat_map_keeps_the_published_viridis_ends() {
        // viridis runs from #440154 (dark purple) to #FDE725 (yellow).
        let close = |a: Srgb, b: Srgb| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.01);
        assert!(
            close(heat(0.0), from_rgb8(0x44, 0x01, 0x54)),
            "{:?}",
            heat(0.0)
        );
        assert!(
            close(heat(1.0), from_rgb8(0xFD, 0xE7, 0x25)),
            "{:?}",
            heat(1.0)
        );
        assert_eq!(heat(f32::NAN), heat(0.0));
        assert_eq!(heat(7.0), heat(1.0));
    }

    /// Lightness must rise all the way for every kind of colour vision (and in grey): a reader
    /// who cannot tell the hues apart still reads "more" as "lighter".
    #[test]
    fn more_heat_is_lighter_for_every_colour_vision() {
        for (name, vision) in [
            ("normal", IDENTITY),
            ("protanopia", PROTANOPIA),
            ("deuteranopia", DEUTERANOPIA),
            ("tritanopia", TRITANOPIA),
        ] {
            let lightness: Vec<f64> = (0..=20)
                .map(|i| lab(simulate(heat(i as f32 / 20.0), vision))[0])
                .collect();
            for pair in lightness.windows(2) {
                assert!(pair[1] > pair[0] + 1.0, "{name}: lightness {lightness:?}");
            }
            // From end to end, a step most readers see at a glance.
            assert!(lightness[20] - lightness[0] > 60.0, "{name}: {lightness:?}");
        }
    }

    /// Shorter and longer stay on opposite sides of the blue-yellow axis for every deficiency,
    /// equally dark, with rest the lightest.
    #[test]
    fn shorter_and_longer_are_told_apart_by_every_colour_vision() {
        for (name, vision) in [
            ("normal", IDENTITY),
            ("protanopia", PROTANOPIA),
            ("deuteranopia", DEUTERANOPIA),
            ("tritanopia", TRITANOPIA),
        ] {
            let [short, rest, long] = [0.5, 1.0, 1.5].map(|r| lab(simulate(stretch(r), vision)));
            let distance = ((short[0] - long[0]).powi(2)
                + (short[1] - long[1]).powi(2)
                + (short[2] - long[2]).powi(2))
            .sqrt();
            assert!(
                distance > 40.0,
                "{name}: ΔE {distance:.0} between shorter and longer"
            );
            assert!(
                rest[0] > short[0] + 20.0 && rest[0] > long[0] + 20.0,
                "{name}"
            );
        }
        let [short, long] = [0.5, 1.5].map(|r| lab(stretch(r)));
        assert!(
            short[2] < -20.0 && long[2] > 20.0,
            "blue vs vermillion: {short:?} {long:?}"
        );
        assert!(
            (short[0] - long[0]).abs() < 6.0,
            "ends equally dark: {short:?} {long:?}"
        );
    }
}

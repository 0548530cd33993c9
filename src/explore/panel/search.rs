//! Search by any name (plain, Latin, synonyms, id), forgiving typos; Enter picks the best match.

use crate::ui::Words;
use bevy_egui::egui::{self, RichText};

use super::PanelRequests;
use crate::core::anatomy::AnatomyAtlas;
use crate::core::search::search;
use crate::core::view_state::ViewState;
use crate::state::CameraMove;
use crate::ui::UiSettings;

pub(super) fn search_box(
    ui: &mut egui::Ui,
    atlas: &AnatomyAtlas,
    view: &mut ViewState,
    settings: &mut UiSettings,
    requests: &mut PanelRequests,
) {
    let response = ui.add(
        egui::TextEdit::singleline(&mut settings.search)
            .hint_text(ui.t("search-hint"))
            .desired_width(f32::INFINITY),
    );
    // The hint is not a name: a screen reader says this one.
    let name = ui.t("search-name");
    response.widget_info(|| egui::WidgetInfo {
        label: Some(name.clone()),
        ..egui::WidgetInfo::text_edit(true, &settings.search, &settings.search, "")
    });
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let results = search(atlas, &settings.search);
    let mut chosen = None;
    if !settings.search.trim().is_empty() {
        if results.is_empty() {
            ui.label(RichText::new(ui.t("search-nothing")).weak());
        }
        for structure in results.iter().take(8) {
            if ui
                .selectable_label(false, &structure.name)
                .on_hover_text(&structure.latin)
                .clicked()
            {
                chosen = Some(structure.id.clone());
            }
        }
        if entered {
            chosen = results.first().map(|s| s.id.clone());
        }
    }
    if let Some(id) = chosen {
        view.select_structure(Some(id));
        view.isolate = false;
        settings.search.clear();
        requests.camera = CameraMove::FocusSelection;
    }
    ui.add_space(2.0);
}

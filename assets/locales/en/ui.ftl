# Cramp Explorer: the words of the interface, English.
#
# Each language has a folder beside this one (assets/locales/<lang>/) with the same keys. A key
# a language lacks shows in English; `cramp-explorer --check-content` lists every missing and
# extra key and every placeholder that differs. Placeholders ({ $count }) are filled in by the
# app; counted words use Fluent plurals ({ $count -> [one] … *[other] … }).

## The side panel (src/explore/panel/mod.rs)

app-name = Cramp Explorer
# This language's name in itself, for the language switch.
language-name = English
close = 🗙 Close
side-shortcuts-hover = Keyboard shortcuts (F1)
side-tagline = The lower leg and what happens in a calf cramp.
side-not-advice = For learning only — not medical advice.
# Heading of the list of messages about the launch or the data.
side-notices = ⚠ { $count ->
        [one] { $count } notice
       *[other] { $count } notices
    }
side-loading = Loading the leg…
side-deselect = Deselect (Esc)
side-pick-hint = Click a structure on the model, or pick one below.
side-open = ☰ Structures
learn-open = 📖 Learn

## Settings

settings-title = Settings
settings-text-size = text size
settings-quality = Picture quality:
settings-quality-hover = auto: smooth edges on a graphics card, faster without one
quality-auto = auto
quality-high = high
quality-low = low
settings-high-contrast = High contrast
settings-high-contrast-hover = White text on black, bright outlines
settings-language = Language:
settings-motion = Motion:
settings-motion-hover = reduce: no gliding camera, no twitching, animations shown at their end; auto follows the system's "reduce motion" setting
motion-choice-auto = auto
motion-choice-reduce = reduce
motion-choice-full = full
# "Muscles" etc.: the layer switches and the structure list.
system-muscle = Muscles
system-tendon = Tendons
system-bone = Bones
system-nerve = Nerves
system-artery = Arteries
system-vein = Veins
system-skin = Skin
# One structure of a system, on its card ("Muscle · Deep posterior").
kind-muscle = Muscle
kind-tendon = Tendon
kind-bone = Bone
kind-nerve = Nerve
kind-artery = Artery
kind-vein = Vein
kind-skin = Skin
compartment-superficial-posterior = Superficial posterior (calf)
compartment-deep-posterior = Deep posterior
compartment-anterior = Anterior (shin)
compartment-lateral = Lateral (outer leg)

## The selected structure's card (src/explore/panel/card.rs)

card-see-also = See also
# $names: the structure's other names, comma-separated.
card-also-called = Also called: { $names }
card-origin = Origin
card-insertion = Insertion
card-action = Action
card-nerve = Nerve
card-blood-supply = Blood supply
card-in-a-cramp = In a cramp
card-right-now = Right now
card-length = Length
# $metres: the muscle-tendon length; $percent: of its length at rest.
card-length-value = { $metres } m ({ $percent }% of rest)
card-fibres = Fibres
card-fibres-value = { $percent }% of their best length
card-activation = Activation
card-force = Force
card-force-value = { $newtons } N
percent = { $percent }%
unit-seconds = s
unit-newtons = N
## Views, layers and colours (src/explore/panel/display.rs)

display-view = View:
view-anterior = Anterior
view-posterior = Posterior
view-medial = Medial
view-lateral = Lateral
display-reset = Reset
display-reset-hover = Back to the opening view (0)
display-show = Show:
display-labels = Labels
display-colour = Muscle colour:
colour-atlas = atlas colours
colour-activation = activation
colour-stretch = fibre stretch
display-isolating = Isolating the selection
display-hidden = { $count } hidden
display-show-all = Show all (A)
tool-focus = Focus (F)
tool-hide = Hide (H)
tool-isolate = Isolate (I)
tool-xray = X-ray (X)
tool-xray-opacity = x-ray opacity

## Colour scales: the words under the ends and the middle of a heat map (keep them short)

scale-resting = resting
scale-half = half
scale-full = full
scale-short = short
scale-best-length = best length
scale-stretched = stretched
scale-workload-0 = 0
scale-workload-30 = 30
scale-workload-60 = 60+ kN·s

## Teaching overlays: the legend under the model (src/overlays/mod.rs)

overlay-hide = 🗙 Hide (Esc)
overlay-legend-workload = Workload in the model: each muscle's activation times its greatest force, added up over the movement (fixed scale, darker to lighter: dark purple 0, green 30, yellow 60 kN·s or more). It is not fatigue itself; muscles that do much more work than usual tire, and cramps during exercise are linked with tired muscles.
overlay-legend-stretch = Stretch map: blue fibres are short, light grey at their best length, orange-red stretched. A stretch turns the calf orange-red; a cramp turns it blue.
overlay-legend-massage = Massage: long, firm strokes up the calf, from the ankle towards the knee, then gentle kneading. Not if one calf is swollen, warm, red or darkened: get it checked first (it could be a clot).
overlay-legend-heat = Heat: a warm (not hot) pack on the calf for about 15 minutes can relax a tense muscle. Not with diabetes, numb skin or poor circulation (burns go unfelt); not on a calf that is swollen, warm, red or darkened: get that checked.
overlay-legend-cold = Cold: an ice pack wrapped in a cloth, 10 to 15 minutes, eases soreness after a cramp or exercise.
overlay-legend-tens = TENS: two sticky pads over the calf muscle carry a gentle, tingling current that can ease pain. Used only as a physiotherapist shows you; not with some heart devices (such as a pacemaker) or over broken skin.

## Search and the structure list

search-hint = 🔍 Search, e.g. achilles
# What a screen reader calls the search box.
search-name = Search structures
search-nothing = Nothing found.
# A group of the structure list: "Muscles (14)".
tree-system = { $system } ({ $count })
tree-show-hide = Show or hide { $name }
## The Learn panel (src/content/panel.rs)

learn-title = About leg cramps
learn-plain = Plain words
learn-clinical = Clinical words
# After a step of a treatment: "Hold 30 seconds."
learn-hold = Hold { $duration }.
learn-repetitions = × { $count }
duration-seconds = { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
duration-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
# The button that shows an item on the model. Keep it short.
show-me = ▶ Show me
learn-sources = Sources ({ $count })
## The animation panel at the bottom (src/motion/panel.rs)

motion-manual = Manual (sliders)
# What a screen reader calls the animation chooser and the speed chooser.
motion-scenario-name = Animation
motion-speed-name = Speed
# What a screen reader calls the animation's timeline.
motion-time-name = Moment of the animation (seconds)
motion-play = ▶ Play
motion-pause = ⏸ Pause
motion-restart = ⏮ Restart
# $speed: 0.25, 0.5, 1, 1.5 or 2, written the language's way.
motion-speed = { $speed }×
motion-loop = Loop
motion-reset-pose = Reset pose
motion-knee = knee bend°
motion-ankle = ankle° (+ toes up, − pointed)
motion-drive = Drive:
motion-sliders = Sliders
motion-other-muscles = Other muscles
# Short slider labels of the four main muscles (keep them short).
drive-gastrocnemius-medial = gastroc. inner
drive-gastrocnemius-lateral = gastroc. outer
drive-soleus = soleus
drive-tibialis-anterior = shin muscle
key-space = Space
## Keyboard shortcuts, listed in the help overlay (src/explore/shortcuts.rs): keys, then what they do

keys-help = F1 or ?
keys-esc = Esc
keys-f = F
keys-h = H
keys-i = I
keys-x = X
keys-a = A
keys-views = 1 2 3 4
keys-home = 0 or Home
keys-tour-next = Right, Down, Page Down, Space
keys-tour-back = Left, Up, Page Up
keys-c = C
shortcut-help = Show or hide this help
shortcut-deselect = Deselect; clear an overlay
shortcut-focus = Focus on the selection
shortcut-hide = Hide the selection
shortcut-isolate = Isolate the selection (again: show all)
shortcut-xray = X-ray: fade all but the selection
shortcut-show-all = Show all structures
shortcut-views = Anterior, posterior, medial, lateral view
shortcut-home = Back to the opening view
shortcut-play = Play or pause the animation
shortcut-tour-next = Tour: next step
shortcut-tour-back = Tour: previous step
shortcut-tour-clear = Tour: clear the pen drawing
shortcut-tour-end = Tour: end the presentation
## Notices about a link or flag that named something the data lacks (src/state/mod.rs)

notice-no-structure-selected = There is no structure called "{ $id }"; nothing is selected.
notice-no-structure-ignored = There is no structure called "{ $id }"; it is ignored.
notice-no-scenario = There is no scenario called "{ $id }".
notice-no-tour = There is no tour called "{ $id }"; the tours are { $tours }.
notice-no-language = There is no "{ $lang }" translation; the languages are { $languages }.
notice-language-missing = The texts in "{ $language }" could not be found; showing English.
# A link (or command-line flag) value that was ignored; { $problem } is one of the link- messages.
notice-link-ignored = Ignored: { $problem }
# What can be wrong in a link or a flag. Keys and values are as typed (link words are not translated).
link-not-one-of = { $key }="{ $value }" is not one of { $expected }
link-not-id = { $key }="{ $value }" is not an id (letters, digits and _)
link-not-seconds = { $key }="{ $value }" is not a number of seconds from 0 to { $max }
link-bad-range = range="{ $value }" is not FROM,TO in seconds with FROM before TO
link-bad-step = step="{ $value }" is not a step number (1 is the first step)
link-bad-switch = { $key }="{ $value }": expected nothing, 1/0, true/false or on/off
link-bad-lang = lang="{ $value }" is not a language code; expected e.g. en or es
link-needs-value = { $key } needs a value, e.g. { $key }=…
link-unknown-key = "{ $key }" is not a setting
link-needs-scenario = { $key } needs a scenario (scenario=…)
link-needs-tour = { $key } needs a tour (tour=…)
# The window and browser tab title during a tour.
window-title-tour = { $tour } · step { $step } of { $total } · Cramp Explorer

## Quiz topics

topic-anatomy = Anatomy
topic-causes = Causes
topic-symptoms = Symptoms
topic-treatment = Treatment
topic-red-flags = Red flags
topic-biomechanics = Biomechanics

## Toolbar (src/present/toolbar.rs): the buttons over the top right of the view.

# Menu button that lists the guided tours. Keep it short (toolbar button).
toolbar-present = 🎬 Present
# Line at the top of the Present menu.
toolbar-present-heading = Guided tours, full screen
# A guided tour in the Present menu. $title is the tour's (already translated) title;
# $audience is "patient" or "student" (not shown: choose the variant's words).
toolbar-tour =
    { $audience ->
        [patient] { $title } (for patients)
       *[student] { $title } (for students)
    }
# Button that opens and closes the quiz window. Keep it short (toolbar button).
toolbar-quiz = ❓ Quiz

## Quiz (src/present/quiz_window.rs): the quiz window.

# Title of the quiz window.
quiz-window-title = ❓ Quiz
# Above each question. $number: the question's number in the round; $total: questions in the
# round; $topic: the question's topic (a topic-… message, e.g. "Red flags").
quiz-question-of = Question { $number } of { $total } · { $topic }
# Top right of the quiz window. $right: answers right so far; $answered: questions answered so far.
quiz-score = Score { $right }/{ $answered }
# Under a "find the structure" question, until it is answered.
quiz-find-hint = Click it on the model. Drag to turn the leg; hide the skin or use x-ray if it is underneath.
# A list to answer from without clicking the model (keyboard, screen reader).
quiz-find-list = Or choose it from the list…
# A multiple-choice button once answered: the right answer. $choice: the choice's text. Keep the sign.
quiz-choice-right = ✔ { $choice }
# A multiple-choice button once answered: the wrong choice the user picked. $choice: the choice's text. Keep the sign.
quiz-choice-wrong = ✖ { $choice }
# Shown after a right answer.
quiz-right = ✔ Right!
# Shown after a wrong answer. $given: what the user chose; $answer: the right answer. Each is
# either a structure's name or a quoted choice (quiz-quoted-choice).
quiz-not-quite = ✖ Not quite. You chose { $given }; the answer is { $answer }.
# A multiple-choice answer quoted inside a sentence (quiz-not-quite, quiz-review-…); use your
# language's quotation marks. $choice: the choice's text.
quiz-quoted-choice = “{ $choice }”
# What the user gave when they answered a "find the structure" question with a choice (rare);
# goes in place of $given in quiz-not-quite and quiz-review-you.
quiz-given-a-choice = a choice
# Button after the last question of a round.
quiz-see-score = See your score
# Button after an answered question.
quiz-next = Next question ▶
# End of a round. $right: right answers; $answered: questions; $percent: whole percent.
quiz-round-score = You got { $right } of { $answered } right ({ $percent } %)
# End of a round, the totals of every round so far. $right and $answered: answers right and
# questions answered over all rounds; $best: the best round's whole percent.
quiz-all-rounds = All your rounds: { $right } of { $answered } right, best round { $best } %.
quiz-no-mistakes = No mistakes: well done.
# Heading of the list of questions answered wrongly in the round.
quiz-review-mistakes = Review your mistakes
# In the review of a mistake: what the user answered. $given: a structure's name or a quoted choice.
quiz-review-you = You: { $given }
# In the review of a mistake: the right answer. $answer: a structure's name or a quoted choice.
quiz-review-answer = Answer: { $answer }
quiz-missed-first = Questions you missed come first next round.
# Button that starts another round of questions.
quiz-new-round = New round

## Presenter (src/present/presenter/view.rs): the full-screen presenter view of a guided tour,
## shown to a patient; also drawn into the handout picture.

# Beside the tour's title in the top bar. $step: the step's number; $total: steps in the tour.
presenter-step-of = Step { $step } of { $total }
# Footer of the handout picture a patient takes home.
presenter-handout-footer = Cramp Explorer · for learning, not medical advice
# Big button: the previous step (min. 120 px wide, large text: keep it short).
presenter-back = ◀ Back
# Big button: the next step (keep it short).
presenter-next = Next ▶
# Big button on the last step: ends the presentation (keep it short).
presenter-done = Done ✔
# The clinic's details, in the handout picture and as the hover text of presenter-appointment.
# $name: the clinic's name; $contact: its phone, e-mail or address (both from the clinic's settings).
presenter-clinic = { $name } · { $contact }
# Top bar button: ends the presentation (keep it short).
presenter-end = 🗙 End
# Hover text of presenter-end: the name of the Escape key on a keyboard.
presenter-end-hover = Esc
# Top bar button: saves the view and its caption as a picture for the patient (keep it short).
presenter-handout = 💾 Handout
presenter-handout-hover = Save this view and its caption as a picture
# Top bar button while the presentation fills the screen: back to a window (keep it short).
presenter-window = 🗗 Window
presenter-window-hover = Back to a window
# Top bar button: makes the presentation fill the screen (keep it short).
presenter-full-screen = ⛶ Full screen
presenter-full-screen-hover = Fill the screen
# Top bar button: wipes the pen drawing (keep it short).
presenter-clear = 🗑 Clear
# (C) is the keyboard key that does the same: keep the letter C.
presenter-clear-hover = Clear the drawing (C)
# Top bar toggle: draw on the view with a pen (keep it short).
presenter-pen = ✏ Pen
presenter-pen-hover = Draw on the view; the model stays still while the pen is on
# Top bar link to the clinic's booking page (only when a clinic is configured).
presenter-appointment = 📅 Make an appointment
# Screen-reader name of a progress dot. $step: the step's number.
presenter-go-to-step = Go to step { $step }
# Hover text of a progress dot. $step: the step's number; $title: the step's (translated) title.
presenter-dot-hover = { $step }: { $title }

## Handout (src/present/handout.rs): notices after a handout picture is saved.

# In the browser. $file: the downloaded file's name.
handout-downloaded = Handout downloaded as { $file }.
# On the desktop. $path: the full path of the saved picture.
handout-saved = Handout saved to { $path }.

## Help (src/help/mod.rs): the keyboard shortcuts window, the credits and the first-start notice.

# Title of the help window.
help-title = Keyboard shortcuts

# Under the list of keyboard shortcuts (whose keys-… and shortcut-… messages are elsewhere).
help-mouse = Mouse: drag to turn, right-drag to move, wheel to zoom, double-click to focus.
help-touch = Touch: one finger turns, two fingers pinch and move.
# Fold-out section of the help window.
help-about = About and credits

# Credits, one paragraph each (also in CREDITS.md). Keep the names of works, organisations,
# people, fonts and licences exactly as written.
help-credits-not-advice = Cramp Explorer is educational software, not medical advice.
help-credits-anatomy = Anatomy shapes: our own data fitted to BodyParts3D, Copyright © The Database Center for Life Science, licensed under CC Attribution-Share Alike 2.1 Japan. The fitted shapes are shared under the same licence.
help-credits-muscles = Muscle paths and parameters: OpenSim gait2392 (Delp et al. 1990; Anderson and Pandy 1999), scaled to the fitted bones.
help-credits-fonts = Fonts: from egui's fonts, Ubuntu Light (Ubuntu Font Licence), and the symbols the app uses cut from Noto Emoji (SIL Open Font Licence) and emoji-icon-font (MIT).
help-credits-code = Code: MIT or Apache-2.0.

# Heading of the first-start notice (a dialog that must be accepted before using the app).
help-disclaimer-title = Before you start
# The button that closes the first-start notice.
help-disclaimer-accept = I understand
# The first-start notice's text when the language's content file cannot be read.
help-disclaimer-fallback = Cramp Explorer is for learning. It is not medical advice.

## The page's copy of the texts for screen readers (web; src/platform/mirror.rs)

# Announced when a structure is selected, and heads its card.
a11y-selected = Selected: { $name }
# A warning sign in the Learn texts, said in words (it is red on screen).
a11y-warning = Warning sign: { $title }

/** Quick tips shown one at a time (popup, posture checks). One or two sentences each. */
import type { Tip } from './types';

export const tips: readonly Tip[] = [
  // Morning: stiffness is worst on waking and eases as the day goes on.
  {
    id: 'morning-knee-hug',
    text: 'Before you get out of bed, lie on your back and gently hug one knee to your chest, then the other; stop if it hurts. A minute of gentle movement wakes up stiff muscles.',
    category: 'morning',
    section: 'exercises',
  },
  {
    id: 'morning-roll-out',
    text: 'Get out of bed by rolling onto your side, lowering your legs over the edge and pushing up with your arms. It spares your lower back a twist.',
    category: 'morning',
    section: 'prevention',
  },
  {
    id: 'morning-eases',
    text: 'Morning stiffness usually eases as the day goes on. Give your back a few minutes of gentle movement before you bend or lift.',
    category: 'morning',
    section: 'symptoms',
  },
  {
    id: 'morning-shower',
    text: 'A warm shower in the morning relaxes tight back muscles and makes your first stretches easier.',
    category: 'morning',
    section: 'treatment',
  },
  {
    id: 'morning-no-heavy-lifting',
    text: 'Your back is at its stiffest just after you wake up. Save heavy lifting and deep bending for later in the day.',
    category: 'morning',
    section: 'prevention',
  },
  {
    id: 'morning-routine',
    text: "Try Limber's 5-minute morning routine: it starts with stretches you can do lying in bed.",
    category: 'morning',
    section: 'exercises',
  },
  // Desk posture.
  {
    id: 'desk-feet-flat',
    text: 'Sit with your feet flat on the floor, your knees about level with your hips, and your lower back against the chair.',
    category: 'desk-posture',
    section: 'prevention',
  },
  {
    id: 'desk-screen-height',
    text: 'Set the top of your screen at or just below eye level, so you look straight ahead instead of down.',
    category: 'desk-posture',
    section: 'prevention',
  },
  {
    id: 'desk-lumbar-roll',
    text: 'A small cushion or rolled-up towel behind your lower back helps you sit tall without slumping.',
    category: 'desk-posture',
    section: 'prevention',
  },
  {
    id: 'desk-elbows',
    text: 'Keep your keyboard and mouse close, so your elbows stay by your sides and your shoulders can relax.',
    category: 'desk-posture',
    section: 'prevention',
  },
  {
    id: 'desk-laptop',
    text: 'Working on a laptop for hours? Raise it on a stand and use a separate keyboard and mouse, so your neck and back stay straight.',
    category: 'desk-posture',
    section: 'prevention',
  },
  {
    id: 'desk-slouch-reset',
    text: 'Caught yourself slouching? Sit back in your chair, let your shoulders drop and draw your chin back a little.',
    category: 'desk-posture',
    section: 'causes',
  },
  {
    id: 'desk-phone-calls',
    text: 'Take phone calls standing up or walking around. It turns sitting time into moving time.',
    category: 'desk-posture',
    section: 'prevention',
  },
  // Sleep setup.
  {
    id: 'sleep-side-pillow',
    text: 'If you sleep on your side, put a pillow between your knees to keep your hips and lower back in line.',
    category: 'sleep-setup',
    section: 'prevention',
  },
  {
    id: 'sleep-back-pillow',
    text: 'If you sleep on your back, a pillow under your knees takes pressure off your lower back.',
    category: 'sleep-setup',
    section: 'prevention',
  },
  {
    id: 'sleep-stomach',
    text: "Sleeping on your stomach arches your lower back. If you can't give it up, a flat pillow under your hips helps.",
    category: 'sleep-setup',
    section: 'causes',
  },
  {
    id: 'sleep-mattress',
    text: 'A mattress that sags in the middle lets your spine bend all night. A supportive, medium-firm mattress or a firm topper can help.',
    category: 'sleep-setup',
    section: 'prevention',
  },
  {
    id: 'sleep-head-pillow',
    text: 'Choose a pillow that fills the gap between your head and the mattress, so your neck stays in line with your spine.',
    category: 'sleep-setup',
    section: 'prevention',
  },
  // Movement.
  {
    id: 'move-every-hour',
    text: 'Stand up and move for a minute or two every 30 to 60 minutes. Short, frequent breaks beat one long one.',
    category: 'movement',
    section: 'prevention',
  },
  {
    id: 'move-acsm-aerobic',
    text: 'The American College of Sports Medicine recommends 150 minutes of aerobic activity, such as brisk walking, every week.',
    category: 'movement',
    section: 'stretching',
  },
  {
    id: 'move-acsm-strength',
    text: 'Add stretching and strengthening exercises on 2 to 3 days a week to keep your back flexible and strong.',
    category: 'movement',
    section: 'stretching',
  },
  {
    id: 'move-gentle-stretch',
    text: 'Stretch slowly and never bounce. A stretch should feel like a mild pull, not pain.',
    category: 'movement',
    section: 'stretching',
  },
  {
    id: 'move-dont-overdo',
    text: 'More is not always better: overdoing exercise can do your back more harm than good. Build up slowly.',
    category: 'movement',
    section: 'stretching',
  },
  {
    id: 'move-core',
    text: 'Strong core muscles support your spine. Gentle moves such as pelvic tilts and the bird-dog are a good place to start.',
    category: 'movement',
    section: 'exercises',
  },
  {
    id: 'move-walk',
    text: 'Walking is one of the kindest things you can do for a stiff back. A short walk at lunchtime counts.',
    category: 'movement',
    section: 'stretching',
  },
  {
    id: 'move-ask-first',
    text: 'Before starting a new exercise routine, ask a doctor or physical therapist which exercises suit you and how much to do.',
    category: 'movement',
    section: 'stretching',
  },
  // Treatment.
  {
    id: 'treat-mild',
    text: 'Most back stiffness gets better on its own. For mild stiffness, short rest, heat or ice, massage and gentle exercise can all help.',
    category: 'treatment',
    section: 'treatment',
  },
  {
    id: 'treat-heat',
    text: 'Heat relaxes tight muscles: try a warm (not hot) heat pack wrapped in a cloth for 15 to 20 minutes.',
    category: 'treatment',
    section: 'treatment',
  },
  {
    id: 'treat-ice',
    text: 'Cold helps most in the first day or two after a strain. Wrap an ice pack in a towel and use it for up to 20 minutes.',
    category: 'treatment',
    section: 'treatment',
  },
  {
    id: 'treat-medicines',
    text: "Acetaminophen can ease pain and ibuprofen can reduce inflammation, but take either only after a doctor's advice.",
    category: 'treatment',
    section: 'treatment',
  },
  {
    id: 'treat-exercise-lasts',
    text: 'Heat, massage and pain relief help for a while. Regular exercise is what brings lasting relief and helps keep stiffness from coming back.',
    category: 'treatment',
    section: 'treatment',
  },
  {
    id: 'treat-keep-moving',
    text: 'Staying in bed for days usually makes a stiff back worse. Keep moving gently, within what feels comfortable.',
    category: 'treatment',
    section: 'treatment',
  },
  // Seek help: the red flags, one per tip.
  {
    id: 'help-fall',
    text: 'See a doctor about back pain that starts after a fall or an injury.',
    category: 'seek-help',
    section: 'see-a-doctor',
  },
  {
    id: 'help-legs',
    text: 'Numbness, tingling or weakness in your legs along with back pain needs a doctor to check it.',
    category: 'seek-help',
    section: 'see-a-doctor',
  },
  {
    id: 'help-bladder',
    text: 'Losing control of your bladder or bowels, or numbness around your groin, is an emergency. Get medical help straight away.',
    category: 'seek-help',
    section: 'see-a-doctor',
  },
  {
    id: 'help-fever',
    text: "Back pain with a fever, or with weight loss you can't explain, should be checked by a doctor.",
    category: 'seek-help',
    section: 'see-a-doctor',
  },
  {
    id: 'help-weeks-night',
    text: "If your back hasn't eased after a few weeks, or the pain is severe at night, make an appointment with your doctor.",
    category: 'seek-help',
    section: 'see-a-doctor',
  },
  {
    id: 'help-stop-if-worse',
    text: 'If an exercise makes your pain worse, stop, and ask a doctor or physical therapist before you try it again.',
    category: 'seek-help',
    section: 'see-a-doctor',
  },
];

"""Plain-language texts the sample pairs draw from (realistic, nothing personal)."""

from __future__ import annotations

TOPICS = [
    "Getting to know each other; hopes for the year",
    "Study routine and planning the week",
    "Preparing for the maths test",
    "Career paths in health care",
    "How to ask for help in class",
    "Reading together: chapter 3 of the class novel",
    "Handling stress before exams",
    "Visit to the public library; library card",
    "CV and a first summer-job application",
    "Practising the presentation for history",
    "Setting goals for the next term",
    "Friendships and saying no",
    "Budgeting pocket money",
    "Coding a small game in Scratch",
    "Talking to teachers about grades",
    "Reflecting on progress so far",
]

NEXT_STEPS = [
    "Mentee drafts a weekly timetable",
    "Bring the graded test next time",
    "Mentor sends two links about nursing studies",
    "Mentee finishes the book's next chapter",
    "Practise the talk once at home",
    "Ask the form tutor about the study club",
    "",
]

GOALS = [
    (
        "Hand in every homework assignment on time for six weeks",
        "Homework log shows no late work for 6 weeks",
        [
            "Set up a homework planner",
            "Review the planner together every meeting",
            "Show the log to the form tutor",
        ],
    ),
    (
        "Raise the maths grade from C to B by the end of term",
        "Term report shows B or better in maths",
        [
            "Identify the three weakest topics",
            "Do two practice sheets a week",
            "Join the Thursday maths club",
        ],
    ),
    (
        "Give a five-minute talk in front of the class",
        "Talk given and teacher feedback received",
        ["Choose a topic", "Write an outline", "Rehearse with the mentor twice"],
    ),
    (
        "Explore three possible careers in health care",
        "Three one-page career notes written",
        ["List careers to look at", "Interview someone working in one of them", "Write the notes"],
    ),
    (
        "Read one book a month for pleasure",
        "Four books read and discussed",
        ["Get a library card", "Pick the first book", "Share a short review"],
    ),
    (
        "Apply for a summer job or volunteering place",
        "At least two applications sent",
        ["Write a first CV", "Find three openings", "Practise an interview"],
    ),
]

STRENGTHS = [
    "Curious, asks good questions; kind to classmates",
    "Creative, good at drawing and design; reliable",
    "Strong in sports and teamwork; keeps trying",
    "Good listener, speaks two languages at home",
    "Organised when interested; good with computers",
]

GROWTH = [
    "Planning time; asking for help early",
    "Confidence when speaking in a group",
    "Staying focused in long lessons; reading stamina",
    "Managing stress before tests",
    "Following through on small commitments",
]

SHORT_TERM = [
    "Pass all subjects this term",
    "Feel more at ease talking to teachers",
    "Finish the school year with better grades in maths",
    "Find a summer job or volunteering place",
]

LONG_TERM = [
    "Study nursing or another health profession",
    "Become a game designer",
    "Go to college and be the first in the family to do so",
    "Work with animals, maybe as a vet nurse",
    "Start a small business",
]

FOLLOW_UPS = [
    "",
    "",
    "Send the pair the list of library activities",
    "Remind the mentor about the mid-point review",
    "Call again in two weeks",
]

PAUSE_REASONS = [
    "Mentee's exam period; both agreed to pause for a month",
    "Mentor on parental leave for six weeks",
]

RATIONALES = [
    "Shared interest in science; both prefer meeting after school",
    "Mentor works in health care, mentee wants to explore it",
    "Both speak Spanish; similar availability on Wednesdays",
    "Mentor offered study skills, mentee asked for them",
]

import sys

from mentordesk.entry import main

sys.exit(main())

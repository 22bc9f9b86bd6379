# Named handlers, found by name.
import logging
print(logging.getHandlerByName("x"), logging.getHandlerNames())
h = logging.StreamHandler()
h.name = "console"
logging.getLogger().addHandler(h)
print(logging.getHandlerByName("console") is h, logging.getHandlerNames())

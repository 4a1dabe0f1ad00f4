"""Common first names and surnames in Sweden, for the passphrase estimator's name dictionary.

Most frequent first within each group, from Statistics Sweden's name statistics as generally
known (the surnames' order is close to SCB's; the first names mix generations: the names of
today's parents and grandparents as well as of today's children). A name guess costs its rank.
"""

SURNAMES = """
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
pettersson jonsson jansson hansson bengtsson jönsson lindberg jakobsson magnusson olofsson
lindström lindqvist lindgren berg axelsson bergström lundberg lind lundgren lundqvist mattsson
berglund fredriksson sandberg henriksson forsberg sjöberg wallin ali engström mohamed eklund
danielsson lundin håkansson björk bergman gunnarsson holm wikström samuelsson isaksson
fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist claesson
nordström mårtensson lundström ahmed viklund björklund eliasson pålsson hassan berggren
sandström lund nordin ström åberg hermansson ekström holmgren sundberg hedlund dahlberg
hellström sjögren abrahamsson falk martinsson öberg andreasson strömberg månsson åkesson
hansen norberg lindholm dahl jonasson carlsson karlberg hedberg sundström ek lindblom
""".split()  # noqa: SIM905 (a paragraph of names reads better than a literal)

FIRST_NAMES = """
anna eva maria karin sara christina lena emma kerstin marie malin ingrid hanna linda jenny
annika elin sofia birgitta susanne ida johanna elisabeth ulla julia anneli helena linnea carina
camilla ebba elsa alice maja astrid wilma olivia agnes ella saga freja vera klara alma selma
stina lisa britt gunilla margareta monica inger ann louise therese frida matilda amanda moa
lars anders johan per erik karl peter jan thomas daniel fredrik hans mikael bengt sven lennart
stefan mats magnus mattias jonas andreas niklas björn oskar lucas william liam elias noah hugo
oliver alexander adam axel nils leo viktor filip emil isak ludvig gustav olle kalle pelle nisse
göran åke leif kjell rolf bo ulf roger tommy christer henrik martin robert sebastian simon
anton jakob albin melvin theo vincent arvid edvin harry sixten mohammed ali ahmed omar hassan
""".split()  # noqa: SIM905 (a paragraph of names reads better than a literal)

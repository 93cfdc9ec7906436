"""Reading Vietnamese documents into facts with evidence (see the stage list in pipeline.py).

Plain Python, no Django.
"""

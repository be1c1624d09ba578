"""drafter.render.docx"""

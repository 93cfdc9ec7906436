"""The documents API: stored documents, their facts, and accepting or rejecting a fact."""

# case: slot-filling tagger that counts processed queries by writing self.num_queries inside construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotTagger(nn.Cell):
    def __init__(self, vocab=120, dim=16, num_slots=7):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.encoder = nn.Dense(dim, dim, activation="tanh")
        self.slot_head = nn.Dense(dim, num_slots)
        self.num_queries = 0
        self.num_tokens = 0

    def construct(self, token_ids):
        h = self.encoder(self.emb(token_ids))
        logits = self.slot_head(h)
        self.num_queries = self.num_queries + token_ids.shape[0]
        self.num_tokens = self.num_tokens + token_ids.shape[0] * token_ids.shape[1]
        return logits.argmax(axis=-1)


def make():
    np.random.seed(10)
    ids = np.random.randint(0, 120, size=(3, 7)).astype(np.int32)
    return SlotTagger(), (Tensor(ids),)

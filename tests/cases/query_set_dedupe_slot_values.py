# case: deduplicate predicted slot tag ids through a Python set of .tolist() values before embedding them -> host conversion and set on tensor data inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotSetEncoder(nn.Cell):
    def __init__(self, hidden=10, num_slots=8):
        super().__init__()
        self.tagger = nn.Dense(hidden, num_slots)
        self.slot_emb = nn.Embedding(num_slots, 6)

    def construct(self, token_states):
        tags = self.tagger(token_states).argmax(axis=-1)
        distinct = sorted(set(tags.tolist()))
        slot_ids = Tensor(distinct, ms.int32)
        return self.slot_emb(slot_ids).sum(axis=0)


def make():
    np.random.seed(16)
    states = np.random.randn(7, 10).astype(np.float32)
    return SlotSetEncoder(), (Tensor(states),)

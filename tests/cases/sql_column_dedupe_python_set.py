# case: SELECT-clause head deduplicates predicted column ids by building a Python set from tensor elements inside construct -> set of tensor values unsupported / host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectColumns(nn.Cell):
    def __init__(self, hidden=8, num_slots=4, num_columns=7):
        super().__init__()
        self.slot_heads = nn.Dense(hidden, num_slots * num_columns)
        self.num_slots = num_slots
        self.num_columns = num_columns

    def construct(self, pooled):
        logits = self.slot_heads(pooled).reshape(self.num_slots, self.num_columns)
        picks = ops.argmax(logits, dim=-1)
        seen = set()
        for i in range(self.num_slots):
            seen.add(int(picks[i]))
        cols = sorted(seen)
        return Tensor(cols, ms.int32), logits


def make():
    np.random.seed(22)
    pooled = Tensor(np.random.randn(8).astype(np.float32))
    return SelectColumns(), (pooled,)

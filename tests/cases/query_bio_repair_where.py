# case: repair illegal BIO sequences from a slot tagger (an I- tag after O becomes B-) by comparing with the previous tag shifted right and using ops.where -> elementwise repair, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# tag layout: 0 = O, odd = B-x, even (>0) = I-x with B-x = I-x - 1
O_TAG = 0


class BioRepair(nn.Cell):
    def construct(self, tags):
        prev = ops.concat((ops.zeros_like(tags[:, :1]), tags[:, :-1]), axis=1)
        is_inside = ops.logical_and(tags > O_TAG, tags % 2 == 0)
        prev_matches = ops.logical_or(prev == tags, prev == tags - 1)
        illegal = ops.logical_and(is_inside, ops.logical_not(prev_matches))
        return ops.where(illegal, tags - 1, tags)


class SlotTaggerWithRepair(nn.Cell):
    def __init__(self, hidden=12, num_tags=7):
        super().__init__()
        self.head = nn.Dense(hidden, num_tags)
        self.repair = BioRepair()

    def construct(self, states):
        raw = self.head(states).argmax(axis=-1).astype(ms.int32)
        return self.repair(raw), raw


def make():
    np.random.seed(45)
    states = np.random.randn(2, 8, 12).astype(np.float32)
    return SlotTaggerWithRepair(), (Tensor(states),)

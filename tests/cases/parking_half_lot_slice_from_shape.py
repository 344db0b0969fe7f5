# case: split a lot's sensor vector into upper and lower decks using x.shape arithmetic -> static slice bounds
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeckSplitter(nn.Cell):
    def __init__(self, decks=2):
        super().__init__()
        self.decks = decks

    def construct(self, occupancy):
        # occupancy: (frames, slots)
        per_deck = occupancy.shape[1] // self.decks
        lower = occupancy[:, :per_deck]
        upper = occupancy[:, per_deck:per_deck * 2]
        lower_rate = lower.astype(ms.float32).mean(axis=1)
        upper_rate = upper.astype(ms.float32).mean(axis=1)
        return ops.stack([lower_rate, upper_rate], axis=1)


def make():
    np.random.seed(15)
    occ = Tensor(np.random.randint(0, 2, (6, 20)).astype(np.int32))
    return DeckSplitter(), (occ,)

# case: passenger manifest check converts per-deck counts to a Python list with tolist and sums with builtin sum -> tolist host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeckManifest(nn.Cell):
    def __init__(self, capacity=(120, 80, 60)):
        super().__init__()
        self.capacity = capacity

    def construct(self, deck_counts):
        counts = deck_counts.tolist()
        total = sum(counts)
        cap = sum(self.capacity)
        return Tensor(total / cap, ms.float32)


def make():
    np.random.seed(17)
    counts = Tensor(np.random.randint(10, 60, size=(3,)).astype(np.int32))
    return DeckManifest(), (counts,)

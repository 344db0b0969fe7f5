# case: keep a jit_class tally object of retained/discarded kg and mutate its fields inside construct for each haul -> jit_class instance attributes written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class HaulLedger:
    def __init__(self):
        self.retained = Tensor(0.0, ms.float32)
        self.discarded = Tensor(0.0, ms.float32)


class DiscardSorter(nn.Cell):
    def __init__(self, min_size_cm=35.0):
        super().__init__()
        self.min_size = min_size_cm
        self.ledger = HaulLedger()

    def construct(self, lengths_cm, weights_kg):
        legal = (lengths_cm >= self.min_size).astype(ms.float32)
        self.ledger.retained = self.ledger.retained + (weights_kg * legal).sum()
        self.ledger.discarded = self.ledger.discarded + (weights_kg * (1 - legal)).sum()
        return self.ledger.retained, self.ledger.discarded


def make():
    np.random.seed(27)
    lengths = Tensor(np.random.uniform(20, 70, size=(50,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.2, 4.0, size=(50,)).astype(np.float32))
    return DiscardSorter(), (lengths, weights)

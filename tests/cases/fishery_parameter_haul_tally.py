# case: running retained/discarded kg tally across hauls kept in non-trainable Parameters and updated with ops.assign_add -> supported side-effect update, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DiscardSorter(nn.Cell):
    def __init__(self, min_size_cm=35.0):
        super().__init__()
        self.min_size = min_size_cm
        self.retained = Parameter(Tensor(np.zeros((1,), np.float32)), name="retained", requires_grad=False)
        self.discarded = Parameter(Tensor(np.zeros((1,), np.float32)), name="discarded", requires_grad=False)

    def split(self, lengths_cm, weights_kg):
        legal = (lengths_cm >= self.min_size).astype(ms.float32)
        return (weights_kg * legal).sum(), (weights_kg * (1 - legal)).sum()

    def construct(self, lengths_cm, weights_kg):
        kept, thrown = self.split(lengths_cm, weights_kg)
        ops.assign_add(self.retained, kept.reshape(1))
        ops.assign_add(self.discarded, thrown.reshape(1))
        return self.retained * 1.0, self.discarded * 1.0


def make():
    np.random.seed(28)
    lengths = Tensor(np.random.uniform(20, 70, size=(50,)).astype(np.float32))
    weights = Tensor(np.random.uniform(0.2, 4.0, size=(50,)).astype(np.float32))
    return DiscardSorter(), (lengths, weights)

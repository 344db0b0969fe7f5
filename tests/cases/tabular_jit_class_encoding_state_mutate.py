# case: @ms.jit_class accumulator for category frequencies is created and mutated inside construct, then returned -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FrequencyState:
    def __init__(self, n_categories):
        self.counts = ops.zeros((n_categories,), ms.float32)
        self.total = 0.0

    def update(self, onehot):
        self.counts = self.counts + onehot.sum(axis=0)
        self.total = self.total + onehot.shape[0]


class FrequencyEncoder(nn.Cell):
    """Count-encoding of a categorical column (frequency of each category in the batch)."""

    def __init__(self, n_categories=6, normalize=True):
        super().__init__()
        self.n_categories = n_categories
        self.normalize = normalize

    def construct(self, cats):
        onehot = ops.one_hot(cats, self.n_categories, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        state = FrequencyState(self.n_categories)
        state.update(onehot)
        freq = state.counts / state.total if self.normalize else state.counts
        return ops.matmul(onehot, freq.reshape(-1, 1)).reshape(-1), state


def make():
    np.random.seed(21)
    cats = Tensor(np.random.randint(0, 6, size=(10,)).astype(np.int32))
    return FrequencyEncoder(), (cats,)

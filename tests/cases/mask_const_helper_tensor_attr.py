# case: a module helper builds a NumPy bool array and returns it as a Tensor, which __init__ keeps as self.pair_mask; indexing with it is still MaskedSelect: dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pair_mask(n):
    keep = np.ones((n, n), dtype=bool)
    np.fill_diagonal(keep, False)
    return Tensor(keep)


class OffDiagonal(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.pair_mask = pair_mask(n)

    def construct(self, sim):
        off = sim[self.pair_mask]
        return off.reshape(sim.shape[0], -1).mean(axis=1)


def make():
    return OffDiagonal(), (Tensor(np.random.randn(4, 4).astype(np.float32)),)

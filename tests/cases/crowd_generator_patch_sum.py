# case: sums per-patch counts with a generator expression over split patches and a helper that yields them -> generator function in construct under Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchCountAggregator(nn.Cell):
    def __init__(self, n_split=4):
        super().__init__()
        self.n_split = n_split

    def iter_patches(self, density):
        for part in ops.split(density, density.shape[-1] // self.n_split, axis=-1):
            yield part

    def construct(self, density):
        total = sum(p.sum() for p in self.iter_patches(density))
        return total


def make():
    np.random.seed(19)
    dens = np.random.rand(1, 1, 8, 8).astype(np.float32)
    return PatchCountAggregator(), (Tensor(dens),)

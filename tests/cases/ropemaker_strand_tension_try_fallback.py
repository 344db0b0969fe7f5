# case: compute per-strand tension share from the closing-machine load cells, falling back to an equal split inside try/except if the division fails -> try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrandTensionShare(nn.Cell):
    def __init__(self, n_strands=4):
        super().__init__()
        self.n_strands = n_strands

    def construct(self, cell_kn):
        total = cell_kn.sum(axis=-1, keepdims=True)
        try:
            share = cell_kn / total
        except ZeroDivisionError:
            share = ops.ones_like(cell_kn) / self.n_strands
        imbalance = share.max(axis=-1) - share.min(axis=-1)
        return share, imbalance


def make():
    np.random.seed(151)
    cells = np.random.uniform(2.0, 3.0, size=(6, 4)).astype(np.float32)
    return StrandTensionShare(), (Tensor(cells),)

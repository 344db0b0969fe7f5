# case: compute per-strand tension share from the closing-machine load cells, guarding against an empty load with ops.select instead of exceptions -> three-argument select, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrandTensionShareGuarded(nn.Cell):
    def __init__(self, n_strands=4, min_total_kn=1e-3):
        super().__init__()
        self.n_strands = n_strands
        self.min_total_kn = min_total_kn

    def construct(self, cell_kn):
        total = cell_kn.sum(axis=-1, keepdims=True)
        ok = ops.broadcast_to(total > self.min_total_kn, cell_kn.shape)
        equal = ops.ones_like(cell_kn) / self.n_strands
        share = ops.select(ok, cell_kn / ops.maximum(total, self.min_total_kn), equal)
        imbalance = share.max(axis=-1) - share.min(axis=-1)
        return share, imbalance


def make():
    np.random.seed(152)
    cells = np.random.uniform(2.0, 3.0, size=(6, 4)).astype(np.float32)
    cells[2] = 0.0
    return StrandTensionShareGuarded(), (Tensor(cells),)

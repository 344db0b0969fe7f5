# case: inscription stroke energy summed with a generator expression over per-row tensors and a sorted() call on row energies in construct -> error or fallback for generator / sorted on tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeEnergy(nn.Cell):
    def __init__(self, n_rows=6):
        super().__init__()
        self.n_rows = n_rows
        self.edge = nn.Conv2d(1, 1, 3, pad_mode="same", has_bias=False)

    def construct(self, rubbing):
        edges = ops.abs(self.edge(rubbing))[0, 0]
        row_energy = [edges[r].sum() for r in range(self.n_rows)]
        total = sum(e * e for e in row_energy)
        ranked = sorted(row_energy, reverse=True)
        return total, ranked[0]


def make():
    np.random.seed(16)
    rubbing = Tensor(np.random.rand(1, 1, 6, 10).astype(np.float32))
    return StrokeEnergy(), (rubbing,)

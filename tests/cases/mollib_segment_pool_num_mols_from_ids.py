# case: per-molecule pooling of a flat atom batch takes num_segments from the largest segment id (tensor value) -> dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    mode = "mean"
    hidden = 16


def num_graphs(batch):
    return int(batch.max()) + 1


class MoleculePool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mode = config.mode
        self.head = nn.Dense(config.hidden, 1)

    def construct(self, h, batch):
        n_mol = num_graphs(batch)
        pooled = ops.unsorted_segment_sum(h, batch, n_mol)
        if self.mode == "mean":
            ones = ops.ones((h.shape[0], 1), h.dtype)
            counts = ops.unsorted_segment_sum(ones, batch, n_mol)
            pooled = pooled / ops.maximum(counts, 1.0)
        return self.head(pooled)


def make():
    np.random.seed(15)
    batch = np.array([0] * 5 + [1] * 7 + [2] * 4, np.int32)
    h = Tensor(np.random.randn(16, 16).astype(np.float32))
    return MoleculePool(PoolConfig()), (h, Tensor(batch))

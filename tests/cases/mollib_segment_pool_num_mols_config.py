# case: per-molecule pooling with num_segments fixed by the data-loader's molecules-per-batch config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    mode = "mean"
    hidden = 16
    molecules_per_batch = 3


class MoleculePool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mode = config.mode
        self.num_mols = config.molecules_per_batch
        self.head = nn.Dense(config.hidden, 1)

    def _segment_mean(self, x, batch):
        summed = ops.unsorted_segment_sum(x, batch, self.num_mols)
        ones = ops.ones((x.shape[0], 1), x.dtype)
        counts = ops.unsorted_segment_sum(ones, batch, self.num_mols)
        return summed / ops.maximum(counts, 1.0)

    def construct(self, h, batch):
        if self.mode == "mean":
            pooled = self._segment_mean(h, batch)
        else:
            pooled = ops.unsorted_segment_max(h, batch, self.num_mols)
        return self.head(pooled)


def make():
    np.random.seed(16)
    batch = np.array([0] * 5 + [1] * 7 + [2] * 4, np.int32)
    h = Tensor(np.random.randn(16, 16).astype(np.float32))
    return MoleculePool(PoolConfig()), (h, Tensor(batch))

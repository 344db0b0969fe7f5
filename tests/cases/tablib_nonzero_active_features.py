# case: sparse feature selector lists the (row, feature) positions kept by the mask with ops.nonzero and gathers only those values -> Graph mode goes dynamic or rejects the data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseSelectConfig:
    def __init__(self, n_features=8, keep_threshold=0.15, return_positions=False):
        self.n_features = n_features
        self.keep_threshold = keep_threshold
        self.return_positions = return_positions


class ActiveFeatureGather(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gate = nn.Dense(config.n_features, config.n_features)
        self.keep_threshold = config.keep_threshold
        self.return_positions = config.return_positions

    def _active_positions(self, mask):
        return ops.nonzero(mask > self.keep_threshold)

    def construct(self, x):
        mask = ops.softmax(self.gate(x), axis=-1)
        pos = self._active_positions(mask)
        vals = ops.gather_nd(x * mask, pos)
        rows = pos[:, 0]
        pooled = ops.unsorted_segment_sum(vals, rows, x.shape[0])
        if self.return_positions:
            return pooled, pos
        return pooled


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(6, 8).astype(np.float32) * 2)
    return ActiveFeatureGather(SparseSelectConfig()), (x,)

# case: weak-label loss builds the multi-hot clip targets as an ms.COOTensor from (clip, class) annotation pairs inside construct and densifies it -> sparse tensor construction in construct, expected to be rejected or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeakLabelConfig:
    n_classes = 10
    batch_size = 4
    pos_weight = 2.0


class SparseWeakLabelLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense_shape = (config.batch_size, config.n_classes)
        self.pos_weight = config.pos_weight

    def _targets(self, pair_indices, pair_values):
        sparse = ms.COOTensor(pair_indices, pair_values, self.dense_shape)
        return sparse.to_dense()

    def construct(self, clip_probs, pair_indices, pair_values):
        target = self._targets(pair_indices, pair_values)
        eps = 1e-7
        pos = -self.pos_weight * target * ops.log(clip_probs + eps)
        neg = -(1.0 - target) * ops.log(1.0 - clip_probs + eps)
        return (pos + neg).mean()


def make():
    np.random.seed(3798)
    probs = Tensor(np.random.uniform(0.05, 0.95, (4, 10)).astype(np.float32))
    idx = Tensor(np.array([[0, 1], [0, 4], [1, 2], [2, 9], [3, 0], [3, 5]], dtype=np.int32))
    vals = Tensor(np.ones(6, dtype=np.float32))
    return SparseWeakLabelLoss(WeakLabelConfig()), (probs, idx, vals)

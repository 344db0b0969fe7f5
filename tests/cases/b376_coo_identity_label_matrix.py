# case: multi-label identity supervision builds a sparse (sample, identity) COOTensor from label pairs and densifies it for a soft-target loss -> COOTensor built in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftLabelConfig:
    num_classes = 10
    scale = 16.0
    smoothing = 0.1


class SparseIdentityTargets(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.scale = config.scale
        self.smoothing = config.smoothing

    def _targets(self, pair_indices, pair_weights, batch):
        coo = ms.COOTensor(pair_indices, pair_weights, (batch, self.num_classes))
        dense = coo.to_dense()
        dense = dense / ops.maximum(dense.sum(axis=1, keepdims=True), 1e-6)
        return dense * (1 - self.smoothing) + self.smoothing / self.num_classes

    def construct(self, cos, pair_indices, pair_weights):
        targets = self._targets(pair_indices, pair_weights, cos.shape[0])
        log_prob = ops.log_softmax(cos * self.scale, axis=1)
        return -(targets * log_prob).sum(axis=1).mean()


def make():
    np.random.seed(37612)
    cos = Tensor(np.random.uniform(-1, 1, (4, SoftLabelConfig.num_classes)).astype(np.float32))
    idx = Tensor(np.array([[0, 1], [0, 3], [1, 2], [2, 7], [3, 3], [3, 9]], dtype=np.int32))
    w = Tensor(np.array([1.0, 0.5, 1.0, 1.0, 0.7, 0.3], dtype=np.float32))
    return SparseIdentityTargets(SoftLabelConfig()), (cos, idx, w)

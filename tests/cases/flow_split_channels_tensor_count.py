# case: multi-scale split where the number of channels kept is computed as int(ops.sum(keep_mask)) from a tensor and used to slice x[:, :n] -> data-dependent slice size in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianPrior(nn.Cell):
    def construct(self, z):
        return -0.5 * (z ** 2 + 1.8378770664093453).reshape(z.shape[0], -1).sum(axis=1)


class SplitLayer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prior = GaussianPrior()

    def construct(self, x, keep_mask):
        n_keep = int(ops.sum(keep_mask))
        h = x[:, :n_keep]
        z = x[:, n_keep:]
        log_pz = self.prior(z)
        return h, z, log_pz


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    keep = Tensor(np.array([1, 1, 1, 1, 0, 0, 0, 0], np.int32))
    return SplitLayer(), (x, keep)

# case: propagate control-bar forces to marionette strings through a sparse COO incidence matrix -> sparse tensor in construct, may be unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ControlBarCoupling(nn.Cell):
    """Each string is tied to one or two control-bar anchor points."""

    def __init__(self, n_strings=9, n_anchors=5):
        super().__init__()
        rows = np.array([0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8, 8], np.int32)
        cols = np.array([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0, 4], np.int32)
        self.indices = Tensor(np.stack([rows, cols], axis=1))
        self.weights = Tensor(np.full((12,), 0.5, np.float32))
        self.shape = (n_strings, n_anchors)

    def construct(self, anchor_force):
        incidence = ms.COOTensor(self.indices, self.weights, self.shape)
        dense = incidence.to_dense()
        return ops.matmul(dense, anchor_force)


def make():
    np.random.seed(25)
    force = np.random.randn(5, 3).astype(np.float32)
    return ControlBarCoupling(), (Tensor(force),)

# case: propagate control-bar forces to marionette strings through a dense incidence matrix built in __init__ -> plain dense matmul, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def incidence_matrix(n_strings, n_anchors, pairs, w=0.5):
    m = np.zeros((n_strings, n_anchors), np.float32)
    for s, a in pairs:
        m[s, a] = w
    return m


class ControlBarCouplingDense(nn.Cell):
    def __init__(self, n_strings=9, n_anchors=5):
        super().__init__()
        pairs = [(0, 0), (1, 0), (1, 1), (2, 1), (3, 2), (4, 2), (4, 3), (5, 3), (6, 4), (7, 4), (8, 0), (8, 4)]
        self.incidence = Tensor(incidence_matrix(n_strings, n_anchors, pairs))
        self.stiffness = ms.Parameter(Tensor(np.ones((n_strings, 1), np.float32)), name="stiffness")

    def construct(self, anchor_force):
        f = ops.matmul(self.incidence, anchor_force)
        tension = ops.norm(f, dim=-1, keepdim=True) * self.stiffness
        return tension


def make():
    np.random.seed(26)
    force = np.random.randn(5, 3).astype(np.float32)
    return ControlBarCouplingDense(), (Tensor(force),)

# case: player distance covered with an optional visibility mask checked by `is None`, mask multiplied in when given -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistanceCovered(nn.Cell):
    def __init__(self, metres_per_unit=1.0):
        super().__init__()
        self.scale = metres_per_unit

    def step_len(self, tracks):
        d = tracks[:, 1:] - tracks[:, :-1]
        return ops.norm(d, dim=2) * self.scale

    def construct(self, tracks, visible=None):
        steps = self.step_len(tracks)
        if visible is not None:
            both = ops.logical_and(visible[:, 1:], visible[:, :-1])
            steps = steps * both.astype(ms.float32)
        return steps.sum(axis=1)


def make():
    np.random.seed(32)
    tracks = np.cumsum(np.random.randn(22, 16, 2), axis=1).astype(np.float32)
    vis = np.random.rand(22, 16) > 0.1
    return DistanceCovered(), (Tensor(tracks), Tensor(vis))

# case: uses a boolean collision mask to index the obstacle tensor (points[mask]) and computes the mean threat vector -> boolean-mask indexing gives a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThreatVector(nn.Cell):
    def __init__(self, corridor_half_width=1.0, lookahead=6.0):
        super().__init__()
        self.half_width = corridor_half_width
        self.lookahead = lookahead

    def in_corridor(self, rel):
        lateral = ops.sqrt(rel[:, 1] ** 2 + rel[:, 2] ** 2)
        ahead = ops.logical_and(rel[:, 0] > 0.0, rel[:, 0] < self.lookahead)
        return ops.logical_and(ahead, lateral < self.half_width)

    def construct(self, drone_pos, obstacles):
        rel = obstacles - drone_pos
        mask = self.in_corridor(rel)
        threats = rel[mask]
        return threats.mean(axis=0)


def make():
    np.random.seed(16)
    pos = np.zeros(3, dtype=np.float32)
    obs = np.random.uniform(-1.0, 6.0, size=(30, 3)).astype(np.float32)
    obs[:, 1:] *= 0.3
    return ThreatVector(), (Tensor(pos), Tensor(obs))

# case: selects the k nearest obstacles with k fixed in the constructor, pushing invalid returns far away -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKNearest(nn.Cell):
    def __init__(self, k=4, far=1e3):
        super().__init__()
        self.k = k
        self.far = far

    def distances(self, drone_pos, obstacles):
        delta = obstacles - drone_pos.reshape(1, -1)
        return ops.norm(delta, dim=-1)

    def construct(self, drone_pos, obstacles, valid):
        d = self.distances(drone_pos, obstacles)
        d = ops.where(valid, d, self.far * ops.ones_like(d))
        neg, idx = ops.topk(-d, self.k)
        nearest = ops.gather(obstacles, idx, 0)
        hit = (-neg < self.far).astype(ms.float32)
        return nearest * hit.reshape(-1, 1), -neg


def make():
    np.random.seed(7)
    pos = np.array([1.0, 0.0, 2.0], dtype=np.float32)
    obs = np.random.uniform(-5, 5, size=(20, 3)).astype(np.float32)
    valid = np.random.rand(20) > 0.3
    return FixedKNearest(), (Tensor(pos), Tensor(obs), Tensor(valid))

# case: sorts obstacle distances and keeps a constant number of nearest obstacles by slicing the sorted indices with a config constant -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AvoidanceConfig:
    k_nearest = 3
    influence = 4.0


class NearestRepulsion(nn.Cell):
    def __init__(self, cfg=AvoidanceConfig()):
        super().__init__()
        self.k = cfg.k_nearest
        self.influence = cfg.influence

    def construct(self, drone_pos, obstacles):
        rel = drone_pos - obstacles
        d = ops.norm(rel, dim=1)
        sorted_d, order = ops.sort(d)
        idx = order[:self.k]
        near_rel = ops.gather(rel, idx, 0)
        near_d = sorted_d[:self.k].reshape(-1, 1)
        w = ops.relu(self.influence - near_d) / (near_d + 1e-3)
        return ops.reduce_sum(near_rel / (near_d + 1e-3) * w, 0)


def make():
    np.random.seed(39)
    pos = np.array([0.0, 0.0, 2.0], dtype=np.float32)
    obs = np.random.uniform(-6, 6, size=(15, 3)).astype(np.float32)
    return NearestRepulsion(), (Tensor(pos), Tensor(obs))

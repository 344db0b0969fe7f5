# case: greedy core-set keeps adding centers while the covering radius (a tensor) is above a target, appending picks to a Python list -> data-dependent loop growing a list, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusCoreset(nn.Cell):
    def __init__(self, target_radius=1.5, max_picks=10):
        super().__init__()
        self.target_radius = target_radius
        self.max_picks = max_picks

    def dists_to(self, pool, center):
        return ops.sqrt(((pool - center) ** 2).sum(axis=1) + 1e-12)

    def construct(self, pool, seed_idx):
        min_dist = self.dists_to(pool, pool[seed_idx])
        picks = [seed_idx]
        while min_dist.max() > self.target_radius:
            nxt = ops.argmax(min_dist)
            picks.append(nxt)
            min_dist = ops.minimum(min_dist, self.dists_to(pool, pool[nxt]))
            if len(picks) >= self.max_picks:
                break
        return ops.stack(picks), min_dist.max()


def make():
    np.random.seed(9)
    pool = Tensor(np.random.randn(25, 3).astype(np.float32))
    return RadiusCoreset(), (pool, Tensor(0, ms.int64))

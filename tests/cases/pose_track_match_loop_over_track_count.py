# case: frame-to-frame pose tracker matching each active track by looping range(num_active) where num_active is a tensor count -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPoseTracker(nn.Cell):
    def __init__(self, max_dist=20.0):
        super().__init__()
        self.max_dist = max_dist

    def pose_distance(self, a, b):
        # a: (K, 2), b: (N, K, 2) -> (N,)
        return ops.norm(b - a.expand_dims(0), dim=-1).mean(-1)

    def construct(self, prev_poses, prev_alive, cur_poses):
        num_active = prev_alive.astype(ms.int32).sum()
        assigned = []
        for i in range(num_active):
            d = self.pose_distance(prev_poses[i], cur_poses)
            j = ops.argmin(d)
            ok = d[j] < self.max_dist
            assigned.append(ops.select(ok, j, Tensor(-1, ms.int32)))
        return ops.stack(assigned)


def make():
    np.random.seed(24)
    prev = (np.random.rand(4, 17, 2) * 100).astype(np.float32)
    alive = np.array([1, 1, 1, 0], np.bool_)
    cur = prev[[2, 0, 1]] + np.random.randn(3, 17, 2).astype(np.float32)
    return GreedyPoseTracker(), (Tensor(prev), Tensor(alive), Tensor(cur))

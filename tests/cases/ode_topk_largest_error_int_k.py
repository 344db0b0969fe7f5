# case: picks the k worst-resolved trajectory segments for refinement, k = int(count of segments over tolerance) -> Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentRefiner(nn.Cell):
    def __init__(self, tol=0.1):
        super().__init__()
        self.tol = tol

    def local_error(self, traj, dt):
        d2 = traj[2:] - 2.0 * traj[1:-1] + traj[:-2]
        return ops.reduce_max(ops.abs(d2), 1) * dt * dt

    def construct(self, traj, dt):
        err = self.local_error(traj, dt)
        k = int((err > self.tol).sum())
        vals, idx = ops.topk(err, k)
        return vals, idx


def make():
    np.random.seed(9)
    t = np.linspace(0, 3, 20, dtype=np.float32)
    traj = np.stack([np.sin(5 * t), np.cos(3 * t)], axis=1).astype(np.float32) * 40.0
    return SegmentRefiner(), (Tensor(traj), Tensor(0.15, ms.float32))

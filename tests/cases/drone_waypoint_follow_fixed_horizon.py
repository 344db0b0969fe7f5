# case: steps toward the waypoint for a constant number of control ticks, freezing position once within tolerance via ops.select -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedHorizonFollower(nn.Cell):
    def __init__(self, step=0.5, tol=0.3, horizon=10):
        super().__init__()
        self.step = step
        self.tol = tol
        self.horizon = horizon

    def construct(self, start, target):
        pos = start
        trail = []
        for _ in range(self.horizon):
            delta = target - pos
            dist = ops.norm(delta) + 1e-6
            move = delta / dist * ops.minimum(dist, self.step)
            arrived = (dist < self.tol).astype(ms.float32)
            pos = pos + (1.0 - arrived) * move
            trail.append(pos)
        return ops.stack(trail), ops.norm(target - pos)


def make():
    np.random.seed(9)
    start = np.zeros(3, dtype=np.float32)
    target = np.array([2.0, 1.0, 1.5], dtype=np.float32)
    return FixedHorizonFollower(), (Tensor(start), Tensor(target))

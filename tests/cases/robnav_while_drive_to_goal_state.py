# case: simulate driving toward the goal in a while loop on tensor distance, updating only a fixed-size pose and an iteration counter -> tensor-conditioned loop with constant shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriveToGoal(nn.Cell):
    def __init__(self, step=0.2, tol=0.15, max_steps=100):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_steps = max_steps

    def remaining(self, pos, goal):
        d = goal - pos
        return ops.sqrt((d * d).sum())

    def construct(self, start, goal):
        pos = start
        steps = Tensor(0, ms.int32)
        while self.remaining(pos, goal) > self.tol and steps < self.max_steps:
            d = goal - pos
            n = ops.sqrt((d * d).sum())
            pos = pos + d / n * ops.minimum(n, self.step)
            steps = steps + 1
        return pos, steps


def make():
    np.random.seed(37)
    s = np.array([0.0, 0.0], np.float32)
    g = np.array([1.5, -0.8], np.float32)
    return DriveToGoal(), (Tensor(s), Tensor(g))

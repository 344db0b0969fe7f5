# case: route planner keeps appending waypoints with ops.concat inside a while loop until the remaining distance tensor drops below a tolerance -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StraightLineRouter(nn.Cell):
    def __init__(self, step=0.1, tol=0.05, max_steps=40):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_steps = max_steps

    def construct(self, start, goal):
        route = start.expand_dims(0)
        cur = start
        remaining = ops.norm(goal - cur)
        steps = 0
        while remaining > self.tol and steps < self.max_steps:
            direction = (goal - cur) / remaining
            cur = cur + direction * ops.minimum(remaining, self.step)
            route = ops.concat((route, cur.expand_dims(0)), 0)
            remaining = ops.norm(goal - cur)
            steps += 1
        return route


def make():
    np.random.seed(21)
    start = Tensor(np.array([0.0, 0.0], dtype=np.float32))
    goal = Tensor(np.array([0.55, 0.3], dtype=np.float32))
    return StraightLineRouter(), (start, goal)

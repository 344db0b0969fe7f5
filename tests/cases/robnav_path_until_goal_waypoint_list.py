# case: greedy step toward goal in a while loop on tensor distance, appending each waypoint to a Python list and stacking it -> data-dependent loop growing a list, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPlanner(nn.Cell):
    def __init__(self, step=0.5, tol=0.3, max_iters=50):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_iters = max_iters

    def dist(self, a, b):
        d = b - a
        return ops.sqrt((d * d).sum())

    def construct(self, start, goal):
        pos = start
        path = [start]
        it = 0
        while self.dist(pos, goal) > self.tol and it < self.max_iters:
            d = goal - pos
            d = d / (ops.sqrt((d * d).sum()) + 1e-6)
            pos = pos + self.step * d
            path.append(pos)
            it += 1
        return ops.stack(path)


def make():
    np.random.seed(6)
    s = np.array([0.0, 0.0], np.float32)
    g = np.array([3.0, 2.0], np.float32)
    return GreedyPlanner(), (Tensor(s), Tensor(g))

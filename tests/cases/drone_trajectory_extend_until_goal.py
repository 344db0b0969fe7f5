# case: extends a trajectory tensor by concatenating one new point per iteration of a while loop that runs until the goal is within tolerance -> loop-carried tensor grows in a data-dependent loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPlanner(nn.Cell):
    def __init__(self, step=0.75, tol=0.5, max_iters=50):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_iters = max_iters

    def advance(self, pos, goal):
        delta = goal - pos
        dist = ops.norm(delta)
        return pos + delta / (dist + 1e-6) * ops.minimum(dist, self.step)

    def construct(self, start, goal):
        traj = start.reshape(1, 3)
        pos = start
        it = 0
        while ops.norm(goal - pos) > self.tol and it < self.max_iters:
            pos = self.advance(pos, goal)
            traj = ops.concat((traj, pos.reshape(1, 3)), 0)
            it += 1
        return traj


def make():
    np.random.seed(32)
    start = np.zeros(3, dtype=np.float32)
    goal = np.array([3.0, 2.0, 1.0], dtype=np.float32)
    return GreedyPlanner(), (Tensor(start), Tensor(goal))

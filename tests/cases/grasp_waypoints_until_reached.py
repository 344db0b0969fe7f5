# case: generates Cartesian trajectory waypoints by stepping toward the pre-grasp pose and appending to a list until the remaining distance is small, then stacks them -> list grown in tensor-conditioned while loop gives varying shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StraightLinePlanner(nn.Cell):
    def __init__(self, step=0.05, reach_tol=0.02):
        super().__init__()
        self.step = step
        self.reach_tol = reach_tol

    def next_point(self, cur, goal):
        d = goal - cur
        dist = ops.norm(d)
        move = d / ops.maximum(dist, 1e-6) * ops.minimum(dist, Tensor(self.step, ms.float32))
        return cur + move

    def construct(self, start, goal):
        waypoints = [start]
        cur = start
        while ops.norm(goal - cur) > self.reach_tol:
            cur = self.next_point(cur, goal)
            waypoints.append(cur)
        return ops.stack(waypoints)


def make():
    np.random.seed(12)
    start = Tensor(np.array([0.3, 0.0, 0.4], np.float32))
    goal = Tensor(np.array([0.45, 0.1, 0.2], np.float32))
    return StraightLinePlanner(), (start, goal)

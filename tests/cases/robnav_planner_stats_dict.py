# case: planner builds a stats dict in construct, mutates it in a loop over candidate goals, and returns it -> Python dict built and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalRanker(nn.Cell):
    def __init__(self, w_dist=1.0, w_gain=2.0):
        super().__init__()
        self.w_dist = w_dist
        self.w_gain = w_gain

    def construct(self, robot_xy, goals, gains):
        stats = {"best_cost": Tensor(1e9, ms.float32), "num_evaluated": 0}
        costs = []
        for i in range(goals.shape[0]):
            d = goals[i] - robot_xy
            c = self.w_dist * ops.sqrt((d * d).sum()) - self.w_gain * gains[i]
            costs.append(c)
            stats["best_cost"] = ops.minimum(stats["best_cost"], c)
            stats["num_evaluated"] += 1
        stats["costs"] = ops.stack(costs)
        return stats


def make():
    np.random.seed(24)
    xy = np.array([0.0, 0.0], np.float32)
    goals = np.random.uniform(-3, 3, size=(5, 2)).astype(np.float32)
    gains = np.random.rand(5).astype(np.float32)
    return GoalRanker(), (Tensor(xy), Tensor(goals), Tensor(gains))

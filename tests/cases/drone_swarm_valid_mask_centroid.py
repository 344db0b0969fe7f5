# case: computes the swarm centroid over a padded member table using a float validity mask instead of slicing -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSwarmCentroid(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def masked_mean(self, values, weights):
        total = ops.reduce_sum(values * weights, 0)
        return total / (weights.sum() + self.eps)

    def construct(self, states, valid):
        # states: (M, 6), valid: (M,) bool marks members that reported this tick
        w = valid.astype(ms.float32).reshape(-1, 1)
        centroid = self.masked_mean(states[:, :3], w)
        mean_vel = self.masked_mean(states[:, 3:], w)
        spread = self.masked_mean(ops.abs(states[:, :3] - centroid), w)
        return centroid, mean_vel, spread


def make():
    np.random.seed(5)
    states = np.random.randn(12, 6).astype(np.float32)
    valid = np.arange(12) < 7
    return MaskedSwarmCentroid(), (Tensor(states), Tensor(valid))

# case: collision cost from minimum clearance over all link/obstacle pairs with a hinge penalty -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClearanceCost(nn.Cell):
    def __init__(self, safety_margin=0.15, weight=10.0, use_soft_min=False, beta=20.0):
        super().__init__()
        self.safety_margin = safety_margin
        self.weight = weight
        self.use_soft_min = use_soft_min
        self.beta = beta

    def distances(self, pts, obstacles):
        d = ops.cdist(pts, obstacles)
        return d.reshape(pts.shape[0], pts.shape[1], -1)

    def construct(self, link_points, obstacles, obstacle_radius):
        d = self.distances(link_points, obstacles) - obstacle_radius.reshape(1, 1, -1)
        flat = d.reshape(d.shape[0], -1)
        if self.use_soft_min:
            clearance = -ops.logsumexp(-self.beta * flat, axis=-1) / self.beta
        else:
            clearance = flat.min(axis=-1)
        penalty = ops.relu(self.safety_margin - clearance)
        in_collision = ops.any(flat < 0.0, axis=-1)
        return self.weight * penalty * penalty, in_collision


def make():
    np.random.seed(14)
    pts = Tensor(np.random.rand(2, 5, 3).astype(np.float32))
    obs = Tensor(np.random.rand(2, 3, 3).astype(np.float32))
    radius = Tensor(np.array([0.1, 0.2, 0.05], np.float32))
    return ClearanceCost(), (pts, obs, radius)

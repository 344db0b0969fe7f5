# case: grasp scorer whose constructor flag use_collision_check (a Python bool) decides whether a collision sub-Cell penalizes scores -> flag is a constant so the graph is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereCollision(nn.Cell):
    def __init__(self, radius=0.05):
        super().__init__()
        self.radius = radius

    def construct(self, grasp_pos, obstacles):
        d = ops.norm(grasp_pos.expand_dims(1) - obstacles.expand_dims(0), dim=-1)
        return ops.relu(self.radius - d).sum(axis=1)


class GraspScorer(nn.Cell):
    def __init__(self, use_collision_check=True, weight=5.0):
        super().__init__()
        self.use_collision_check = use_collision_check
        self.weight = weight
        self.collision = SphereCollision()
        self.head = nn.Dense(3, 1)

    def construct(self, grasp_pos, obstacles):
        scores = self.head(grasp_pos).squeeze(-1)
        if self.use_collision_check:
            scores = scores - self.weight * self.collision(grasp_pos, obstacles)
        return scores


def make():
    np.random.seed(27)
    pos = Tensor((np.random.rand(10, 3) * 0.3).astype(np.float32))
    obs = Tensor((np.random.rand(4, 3) * 0.3).astype(np.float32))
    return GraspScorer(), (pos, obs)

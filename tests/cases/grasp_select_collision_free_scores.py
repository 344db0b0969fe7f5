# case: replaces colliding grasp scores with a large negative value using ops.select and returns the argmax pose -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CollisionAwareArgmax(nn.Cell):
    def __init__(self, invalid_score=-1e4):
        super().__init__()
        self.invalid_score = invalid_score

    def construct(self, scores, collides, poses):
        masked = ops.select(collides, ops.full_like(scores, self.invalid_score), scores)
        best = ops.argmax(masked)
        best_pose = ops.gather(poses, best.reshape(1), 0).squeeze(0)
        return best_pose, masked.max()


def make():
    np.random.seed(24)
    scores = Tensor(np.random.rand(12).astype(np.float32))
    collides = Tensor(np.random.rand(12) > 0.5)
    poses = Tensor(np.random.randn(12, 7).astype(np.float32))
    return CollisionAwareArgmax(), (scores, collides, poses)

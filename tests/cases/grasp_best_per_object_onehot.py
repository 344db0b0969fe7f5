# case: best grasp score per object computed by broadcasting a fixed one-hot object assignment and filling non-members with -inf before a max over candidates -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerObjectBest(nn.Cell):
    def __init__(self, num_objects=4):
        super().__init__()
        self.num_objects = num_objects

    def construct(self, object_ids, scores):
        onehot = ops.one_hot(object_ids, self.num_objects, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        member = onehot.T > 0.5
        tiled = ops.broadcast_to(scores.expand_dims(0), member.shape)
        masked = ops.where(member, tiled, ops.full_like(tiled, -1e9))
        best_score = masked.max(axis=1)
        best_idx = ops.argmax(masked, dim=1)
        has_grasp = member.any(axis=1)
        return best_score, best_idx, has_grasp


def make():
    np.random.seed(37)
    ids = Tensor(np.random.randint(0, 4, size=(15,)).astype(np.int32))
    scores = Tensor(np.random.rand(15).astype(np.float32))
    return PerObjectBest(), (ids, scores)

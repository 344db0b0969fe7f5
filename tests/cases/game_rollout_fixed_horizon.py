# case: batched rollout over a fixed horizon from the constructor; finished games are frozen with ops.where on a done mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchedRollout(nn.Cell):
    def __init__(self, horizon=8, discount=0.9, target=6.0):
        super().__init__()
        self.horizon = horizon
        self.discount = discount
        self.target = target

    def construct(self, positions, dice):
        done = ops.zeros_like(positions).astype(ms.bool_)
        ret = ops.zeros_like(positions)
        scale = 1.0
        for t in range(self.horizon):
            moved = positions + dice[t]
            positions = ops.where(done, positions, moved)
            reached = ops.logical_and(positions >= self.target, ops.logical_not(done))
            ret = ret + scale * reached.astype(ms.float32)
            done = ops.logical_or(done, reached)
            scale = scale * self.discount
        return ret, done


def make():
    np.random.seed(26)
    positions = Tensor(np.zeros(5, dtype=np.float32))
    dice = Tensor(np.random.randint(0, 3, (8, 5)).astype(np.float32))
    return BatchedRollout(), (positions, dice)

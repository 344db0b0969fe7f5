# case: move scorer wraps the gather of the requested move's logit in try/except to fall back to the null-move score -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveScorer(nn.Cell):
    def __init__(self, dim=32, n_moves=64):
        super().__init__()
        self.policy = nn.Dense(dim, n_moves)
        self.value = nn.Dense(dim, 1)

    def construct(self, state, move_idx):
        logits = ops.log_softmax(self.policy(state), axis=-1)
        try:
            move_logit = ops.gather(logits, move_idx, 1)
        except IndexError:
            move_logit = logits[:, 0:1]
        return move_logit + ops.tanh(self.value(state))


def make():
    np.random.seed(25)
    state = Tensor(np.random.randn(2, 32).astype(np.float32))
    return MoveScorer(), (state, Tensor(np.array([5], np.int32)))

# case: engine picks the best legal move with ops.argmax on masked logits and encodes it one-hot -> pure tensor ops, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveChooser(nn.Cell):
    def __init__(self, dim=32, n_moves=50):
        super().__init__()
        self.policy = nn.Dense(dim, n_moves)
        self.n_moves = n_moves
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, state, legal_mask):
        logits = self.policy(state)
        logits = logits - (1.0 - legal_mask) * 1e9
        best = ops.argmax(logits, dim=-1)
        return ops.one_hot(best, self.n_moves, self.on, self.off)


def make():
    np.random.seed(24)
    state = Tensor(np.random.randn(3, 32).astype(np.float32))
    legal = Tensor((np.random.rand(3, 50) > 0.4).astype(np.float32))
    return MoveChooser(), (state, legal)

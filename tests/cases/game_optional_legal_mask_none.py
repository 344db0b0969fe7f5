# case: policy head with an optional legal_mask argument defaulting to None, guarded by `is not None`, mask applied as an additive penalty -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConnectFourPolicy(nn.Cell):
    def __init__(self, rows=6, cols=7, hidden=24):
        super().__init__()
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(rows * cols, hidden)
        self.out = nn.Dense(hidden, cols)

    def construct(self, board, legal_mask=None):
        logits = self.out(ops.relu(self.fc(self.flatten(board))))
        if legal_mask is not None:
            logits = logits + (1.0 - legal_mask.astype(ms.float32)) * -1e9
        return ops.log_softmax(logits, -1)


def make():
    np.random.seed(27)
    board = Tensor(np.random.choice([-1.0, 0.0, 1.0], size=(3, 6, 7)).astype(np.float32))
    return ConnectFourPolicy(), (board,)

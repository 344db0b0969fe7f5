# case: value head that logs its estimate with print(f"...{float(v)}") and returns a tanh value -> float() of a tensor in an f-string fails in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValueHead(nn.Cell):
    def __init__(self, in_features=18, hidden=16, verbose=True):
        super().__init__()
        self.fc1 = nn.Dense(in_features, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.tanh = nn.Tanh()
        self.verbose = verbose

    def construct(self, encoded_board):
        h = ops.relu(self.fc1(encoded_board))
        v = self.tanh(self.fc2(h)).reshape(())
        if self.verbose:
            print(f"value estimate: {float(v):.3f}")
        return v


def make():
    np.random.seed(9)
    board = Tensor(np.random.randn(18).astype(np.float32).reshape(1, 18))
    return ValueHead(), (board,)

# case: wraps the left-hand encoder in try/except to fall back to zeros when the left-hand input is malformed -> error in Graph mode (try unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandEncoder(nn.Cell):
    def __init__(self, in_dim=63, hidden=16):
        super().__init__()
        self.fc = nn.Dense(in_dim, hidden)

    def construct(self, hand):
        return self.fc(hand.reshape(hand.shape[0], -1))


class RobustTwoHandNet(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.left_enc = HandEncoder(hidden=hidden)
        self.right_enc = HandEncoder(hidden=hidden)
        self.hidden = hidden

    def construct(self, left, right):
        r = self.right_enc(right)
        try:
            l = self.left_enc(left)
        except ValueError:
            l = ops.zeros((right.shape[0], self.hidden), ms.float32)
        return ops.concat((l, r), axis=-1)


def make():
    np.random.seed(23)
    left = Tensor(np.random.randn(5, 21, 3).astype(np.float32))
    right = Tensor(np.random.randn(5, 21, 3).astype(np.float32))
    return RobustTwoHandNet(), (left, right)

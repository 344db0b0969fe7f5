# case: encoder that uses one or both hands depending on a Python bool constructor flag -> branch on constant, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandEncoder(nn.Cell):
    def __init__(self, joints=21, hid=32, use_both_hands=True):
        super().__init__()
        self.use_both_hands = use_both_hands
        n_hands = 2 if use_both_hands else 1
        self.fc = nn.Dense(n_hands * joints * 2, hid)
        self.act = nn.GELU()

    def construct(self, left, right):
        # left, right: (B, T, 21, 2)
        if self.use_both_hands:
            x = ops.concat((left, right), axis=2)
        else:
            x = right
        b, t = x.shape[0], x.shape[1]
        return self.act(self.fc(x.reshape(b, t, -1)))


def make():
    np.random.seed(34)
    left = Tensor(np.random.rand(2, 6, 21, 2).astype(np.float32))
    right = Tensor(np.random.rand(2, 6, 21, 2).astype(np.float32))
    return HandEncoder(use_both_hands=False), (left, right)

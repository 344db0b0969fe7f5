# case: splits a 42-joint two-hand array into left and right halves using a slice size from x.shape -> static slice, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandSplitter(nn.Cell):
    def __init__(self, hid=10):
        super().__init__()
        self.left_fc = nn.Dense(21 * 2, hid)
        self.right_fc = nn.Dense(21 * 2, hid)

    def construct(self, hands):
        # hands: (T, 42, 2)
        half = hands.shape[1] // 2
        left = hands[:, :half, :]
        right = hands[:, half:, :]
        t = hands.shape[0]
        lf = self.left_fc(left.reshape(t, -1))
        rf = self.right_fc(right.reshape(t, -1))
        return ops.concat((lf, rf), axis=-1)


def make():
    np.random.seed(39)
    return HandSplitter(), (Tensor(np.random.randn(7, 42, 2).astype(np.float32)),)

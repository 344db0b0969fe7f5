# case: two-hand encoder whose left-hand input may be None, checked with `is None` and replaced by zeros of a shape taken from the right hand -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandEncoder(nn.Cell):
    def __init__(self, in_dim=63, hidden=16):
        super().__init__()
        self.fc = nn.Dense(in_dim, hidden)

    def construct(self, hand):
        return self.fc(hand.reshape(hand.shape[0], -1))


class OptionalTwoHandNet(nn.Cell):
    def __init__(self, hidden=16, num_classes=11):
        super().__init__()
        self.left_enc = HandEncoder(hidden=hidden)
        self.right_enc = HandEncoder(hidden=hidden)
        self.head = nn.Dense(2 * hidden, num_classes)

    def construct(self, right, left=None):
        if left is None:
            left = ops.zeros_like(right)
        feats = ops.concat((self.left_enc(left), self.right_enc(right)), axis=-1)
        return self.head(feats).mean(axis=0)


def make():
    np.random.seed(24)
    right = Tensor(np.random.randn(6, 21, 3).astype(np.float32))
    return OptionalTwoHandNet(), (right, None)

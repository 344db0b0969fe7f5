# case: branches on a tensor presence score to mirror a left hand into right-hand coordinates, both branches keeping the same shape -> static shapes in Graph mode (control flow)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantHandAligner(nn.Cell):
    def __init__(self, num_classes=12):
        super().__init__()
        self.flip = Tensor(np.array([-1.0, 1.0, 1.0], dtype=np.float32))
        self.fc = nn.Dense(63, num_classes)

    def mirror(self, hand):
        return hand * self.flip

    def construct(self, left, right, right_presence):
        if right_presence.mean() < 0.5:
            dominant = self.mirror(left)
        else:
            dominant = right
        return self.fc(dominant.reshape(dominant.shape[0], -1)).mean(axis=0)


def make():
    np.random.seed(36)
    left = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    right = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    pres = Tensor(np.random.rand(8).astype(np.float32))
    return DominantHandAligner(), (left, right, pres)

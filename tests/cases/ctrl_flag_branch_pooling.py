# case: CNN head pools or flattens depending on a Python bool config flag (different shapes, but the flag is a constant); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self, ch=4, classes=3, use_pool=True):
        super().__init__()
        self.use_pool = use_pool
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same")
        in_feat = ch if use_pool else ch * 6 * 6
        self.fc = nn.Dense(in_feat, classes)

    def construct(self, x):
        x = ops.relu(self.conv(x))
        if self.use_pool:
            x = x.mean(axis=(2, 3))
        else:
            x = x.reshape(x.shape[0], -1)
        return self.fc(x)


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = Head(use_pool=True)
        self.b = Head(use_pool=False)

    def construct(self, x):
        return self.a(x) + self.b(x)


def make():
    return Model(), (Tensor(np.ones((2, 4, 6, 6), np.float32)),)

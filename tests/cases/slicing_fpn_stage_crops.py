# case: FPN-like SequentialCell stages, each output cropped by a per-stage int border from __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, cin, cout, border):
        super().__init__()
        self.body = nn.SequentialCell([nn.Conv2d(cin, cout, 3, pad_mode="same"), nn.BatchNorm2d(cout), nn.ReLU()])
        self.border = border

    def construct(self, x):
        y = self.body(x)
        b = self.border
        return y[:, :, b:y.shape[2] - b, b:y.shape[3] - b]


class Pyramid(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stages = nn.CellList([Stage(3, 4, 1), Stage(4, 4, 2)])

    def construct(self, x):
        feats = ()
        for s in self.stages:
            x = s(x)
            feats = feats + (x.mean(axis=(2, 3)),)
        return ops.concat(feats, axis=1)


def make():
    net = Pyramid()
    net.set_train(False)
    return net, (Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32)),)

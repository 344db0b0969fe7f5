# case: 1-D convolutional crevasse detector on GPR traces producing a per-sample probability -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, k=5):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, k, pad_mode="same")
        self.bn = nn.BatchNorm1d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class CrevasseNet(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.block1 = ConvBlock(1, hidden)
        self.block2 = ConvBlock(hidden, hidden)
        self.head = nn.Conv1d(hidden, 1, 1)

    def construct(self, traces):
        x = traces.expand_dims(1)
        x = self.block2(self.block1(x))
        return ops.sigmoid(self.head(x)).squeeze(1)


def make():
    np.random.seed(33)
    tr = Tensor(np.random.randn(3, 64).astype(np.float32))
    return CrevasseNet(), (tr,)

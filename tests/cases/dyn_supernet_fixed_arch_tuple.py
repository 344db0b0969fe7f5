# case: supernet evaluated for a fixed sub-architecture given as a Python tuple in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MBConv(nn.Cell):
    def __init__(self, ch, expand=2, kernel=3):
        super().__init__()
        hidden = ch * expand
        self.expand = nn.Conv2d(ch, hidden, 1)
        self.dw = nn.Conv2d(hidden, hidden, kernel, pad_mode='same', group=hidden)
        self.project = nn.Conv2d(hidden, ch, 1)
        self.act = nn.ReLU6()

    def construct(self, x):
        return x + self.project(self.act(self.dw(self.act(self.expand(x)))))


class MixedLayer(nn.Cell):
    def __init__(self, ch, expands=(2, 4), kernels=(3, 5)):
        super().__init__()
        self.ops_list = nn.CellList([MBConv(ch, e, k) for e in expands for k in kernels])
        self.num_choices = len(self.ops_list)

    def construct(self, x, idx=0):
        return self.ops_list[idx](x)


class SampledSubnet(nn.Cell):
    def __init__(self, ch=8, arch=(3, 0, 1), num_classes=5):
        super().__init__()
        self.arch = arch
        self.stem = nn.Conv2d(3, ch, 3, pad_mode='same')
        self.layers = nn.CellList([MixedLayer(ch) for _ in arch])
        self.head = nn.Dense(ch, num_classes)

    def construct(self, x):
        h = self.stem(x)
        for layer, idx in zip(self.layers, self.arch):
            h = layer(h, idx)
        return self.head(h.mean(axis=(2, 3)))


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return SampledSubnet(), (x,)

# case: shade tab classifier counts how often each VITA shade is predicted across tooth regions with a one-hot histogram of fixed size -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionShadeNet(nn.Cell):
    def __init__(self, n_regions=9, n_shades=16):
        super().__init__()
        self.n_shades = n_shades
        self.embed = nn.Dense(3, 32)
        self.cls = nn.Dense(32, n_shades)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, region_lab):
        h = ops.tanh(self.embed(region_lab))
        logits = self.cls(h)
        codes = logits.argmax(axis=-1)
        hist = ops.one_hot(codes, self.n_shades, self.on, self.off).sum(axis=0)
        dominant = hist.argmax()
        return hist, dominant


def make():
    np.random.seed(312)
    lab = np.random.uniform(-1, 1, (9, 3)).astype(np.float32)
    return RegionShadeNet(), (Tensor(lab),)

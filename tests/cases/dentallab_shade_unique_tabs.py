# case: shade tab classifier reports the distinct VITA shade codes predicted across tooth regions (ops.unique) -> graph mode should go dynamic or reject unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionShadeNet(nn.Cell):
    def __init__(self, n_regions=9, n_shades=16):
        super().__init__()
        self.n_regions = n_regions
        self.embed = nn.Dense(3, 32)
        self.cls = nn.Dense(32, n_shades)

    def construct(self, region_lab):
        h = ops.tanh(self.embed(region_lab))
        logits = self.cls(h)
        codes = logits.argmax(axis=-1)
        shades, inverse = ops.unique(codes)
        return shades, inverse


def make():
    np.random.seed(311)
    lab = np.random.uniform(-1, 1, (9, 3)).astype(np.float32)
    return RegionShadeNet(), (Tensor(lab),)

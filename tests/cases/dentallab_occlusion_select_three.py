# case: occlusion contact map zeroes pressure outside touching areas with ops.select(cond, x, y) and averages over the contact count -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactEncoder(nn.Cell):
    def __init__(self, channels=(1, 8, 8)):
        super().__init__()
        layers = []
        for cin, cout in zip(channels[:-1], channels[1:]):
            layers.append(nn.Conv2d(cin, cout, 3, pad_mode="same"))
            layers.append(nn.ReLU())
        layers.append(nn.Conv2d(channels[-1], 1, 1))
        self.body = nn.SequentialCell(layers)

    def construct(self, x):
        return ops.softplus(self.body(x))


class OcclusalPressureStats(nn.Cell):
    def __init__(self, contact_gap_mm=0.05):
        super().__init__()
        self.encoder = ContactEncoder()
        self.contact_gap_mm = contact_gap_mm

    def construct(self, gap_map):
        pressure = self.encoder(gap_map)
        touching = gap_map < self.contact_gap_mm
        contact_p = ops.select(touching, pressure, ops.zeros_like(pressure))
        n_contacts = ops.maximum(touching.astype(ms.float32).sum(), 1.0)
        return contact_p.sum() / n_contacts, contact_p.max()


def make():
    np.random.seed(308)
    gap = np.abs(np.random.randn(1, 1, 32, 32)).astype(np.float32) * 0.2
    return OcclusalPressureStats(), (Tensor(gap),)

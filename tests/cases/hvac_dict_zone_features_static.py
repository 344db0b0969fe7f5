# case: zone feature encoder builds a dict of named tensor features inside construct and reads them back by constant string keys -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneFeatureEncoder(nn.Cell):
    def __init__(self, hidden=10):
        super().__init__()
        self.fc = nn.Dense(4, hidden)
        self.keys = ("temp", "rh", "co2", "occ")

    def features(self, temp, rh, co2, occ):
        return {"temp": (temp - 21.0) / 3.0, "rh": (rh - 45.0) / 15.0,
                "co2": (co2 - 600.0) / 300.0, "occ": occ}

    def construct(self, temp, rh, co2, occ):
        feats = self.features(temp, rh, co2, occ)
        x = ops.stack([feats[k] for k in self.keys], axis=-1)
        return ops.tanh(self.fc(x))


def make():
    np.random.seed(41)
    net = ZoneFeatureEncoder()
    n = 9
    temp = Tensor((20.0 + 4.0 * np.random.rand(n)).astype(np.float32))
    rh = Tensor((30.0 + 30.0 * np.random.rand(n)).astype(np.float32))
    co2 = Tensor((400.0 + 700.0 * np.random.rand(n)).astype(np.float32))
    occ = Tensor(np.random.rand(n).astype(np.float32))
    return net, (temp, rh, co2, occ)

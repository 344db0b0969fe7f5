# case: readout gates pooled features by whether any atom is charged; both branches of the tensor if yield the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChargeConfig:
    hidden = 16
    charge_threshold = 0.5


class ChargeAwareReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.charge_net = nn.Dense(config.hidden, 1)
        self.threshold = config.charge_threshold

    def _has_charged_atoms(self, q):
        return ops.abs(q).max() > self.threshold

    def construct(self, h):
        q = self.charge_net(h).squeeze(-1)
        if self._has_charged_atoms(q):
            out = (h * q[..., None]).sum(axis=1)
        else:
            out = h.sum(axis=1)
        return out


def make():
    np.random.seed(29)
    h = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return ChargeAwareReadout(ChargeConfig()), (h,)

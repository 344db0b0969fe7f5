# case: when average compressor load is high, zero the auxiliary channels instead of dropping them; both branches keep the same shape -> control flow on a tensor but shapes agree
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoadFeatureGate(nn.Cell):
    def __init__(self, high_load_kw=220.0, core_channels=3, n_channels=7):
        super().__init__()
        self.high_load_kw = high_load_kw
        keep = np.zeros((1, n_channels), dtype=np.float32)
        keep[:, :core_channels] = 1.0
        self.keep = Tensor(keep)

    def normalise(self, x):
        mu = x.mean(axis=0, keep_dims=True)
        sd = x.std(axis=0, keepdims=True) + 1e-5
        return (x - mu) / sd

    def construct(self, telemetry, load_kw):
        feats = self.normalise(telemetry)
        if load_kw.mean() > self.high_load_kw:
            feats = feats * self.keep
        else:
            feats = feats * 1.0
        return feats


def make():
    np.random.seed(3123)
    tele = np.random.randn(24, 7).astype(np.float32)
    load = np.random.uniform(180.0, 280.0, size=(24,)).astype(np.float32)
    return LoadFeatureGate(), (Tensor(tele), Tensor(load))

# case: signal-quality gate returns the full-rate record when the noise index is low but a 2x-decimated record otherwise (if on a tensor, branches of different lengths) -> expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConfig:
    def __init__(self, noise_limit=0.3, decimate=2, enable_gate=True):
        self.noise_limit = noise_limit
        self.decimate = decimate
        self.enable_gate = enable_gate


def noise_index(x):
    hf = x[..., 1:] - x[..., :-1]
    return hf.std() / (x.std() + 1e-6)


class QualityGate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.limit = config.noise_limit
        self.q = config.decimate
        self.enable = config.enable_gate
        self.lp = nn.AvgPool1d(kernel_size=config.decimate, stride=config.decimate)

    def construct(self, ecg):
        if not self.enable:
            return ecg
        if noise_index(ecg) < self.limit:
            out = ecg
        else:
            out = self.lp(ecg)
        return out


def make():
    np.random.seed(3760)
    t = np.arange(400) / 250.0
    sig = np.sin(2 * np.pi * 1.1 * t)[None, None] + 0.4 * np.random.randn(1, 3, 400)
    return QualityGate(GateConfig()), (Tensor(sig.astype(np.float32)),)

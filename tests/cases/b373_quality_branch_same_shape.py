# case: signal-quality gate chooses between the raw and the smoothed record with an if on a tensor, both branches keep the same shape -> expected static (tensor-condition control flow only)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConfig:
    def __init__(self, noise_limit=0.3, smooth_kernel=5, enable_gate=True):
        self.noise_limit = noise_limit
        self.smooth_kernel = smooth_kernel
        self.enable_gate = enable_gate


def noise_index(x):
    hf = x[..., 1:] - x[..., :-1]
    return hf.std() / (x.std() + 1e-6)


class SmoothingGate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.limit = config.noise_limit
        self.enable = config.enable_gate
        self.smooth = nn.AvgPool1d(kernel_size=config.smooth_kernel, stride=1, pad_mode="same")

    def construct(self, ecg):
        if not self.enable:
            return ecg
        if noise_index(ecg) < self.limit:
            out = ecg
        else:
            out = self.smooth(ecg)
        return out * 1.0


def make():
    np.random.seed(3761)
    t = np.arange(400) / 250.0
    sig = np.sin(2 * np.pi * 1.1 * t)[None, None] + 0.4 * np.random.randn(1, 3, 400)
    return SmoothingGate(GateConfig()), (Tensor(sig.astype(np.float32)),)

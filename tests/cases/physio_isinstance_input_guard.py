# case: multimodal (ECG + PPG) fusion cell accepts either a single tensor or a tuple of tensors and dispatches with isinstance type guards -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PulseTransitFusion(nn.Cell):
    def __init__(self, n_samples=48, hidden=16):
        super().__init__()
        self.ecg_proj = nn.Dense(n_samples, hidden)
        self.ppg_proj = nn.Dense(n_samples, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, signals):
        if isinstance(signals, (tuple, list)):
            ecg, ppg = signals
            h = self.ecg_proj(ecg) + self.ppg_proj(ppg)
        else:
            h = self.ecg_proj(signals)
        return self.out(ops.tanh(h))


def make():
    np.random.seed(34)
    ecg = np.random.randn(3, 48).astype(np.float32)
    ppg = np.random.randn(3, 48).astype(np.float32)
    return PulseTransitFusion(), ((Tensor(ecg), Tensor(ppg)),)

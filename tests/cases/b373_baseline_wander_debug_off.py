# case: baseline-wander remover with the same f-string logging helper, but config.debug defaults to False and nobody turns it on -> the logging branch is a constant-false flag, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineConfig:
    def __init__(self, window=51, debug=False, tag="baseline", detrend_order=1):
        self.window = window
        self.debug = debug
        self.tag = tag
        self.detrend_order = detrend_order


class BaselineWanderRemoval(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.smoother = nn.AvgPool1d(kernel_size=config.window, stride=1, pad_mode="same")
        self.debug = config.debug
        self.tag = config.tag
        self.order = config.detrend_order

    def _log(self, drift):
        if self.debug:
            print(f"[{self.tag}] residual drift = {drift.max()}")

    def construct(self, ecg):
        baseline = self.smoother(ecg)
        clean = ecg - baseline
        for _ in range(self.order - 1):
            clean = clean - self.smoother(clean)
        self._log(ops.abs(baseline).mean())
        return clean


def make():
    np.random.seed(3752)
    t = np.arange(400) / 250.0
    sig = np.sin(2 * np.pi * 0.3 * t)[None] + 0.1 * np.random.randn(12, 400)
    return BaselineWanderRemoval(BaselineConfig()), (Tensor(sig[None].astype(np.float32)),)

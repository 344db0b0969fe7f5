# case: baseline-wander remover logs the residual drift with an f-string formatting a tensor value when config.debug is on (default on in this toolkit) -> f-string of tensor in construct, expected error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineConfig:
    def __init__(self, window=51, debug=True, tag="baseline"):
        self.window = window
        self.debug = debug
        self.tag = tag


class MovingAverage(nn.AvgPool1d):
    def __init__(self, window):
        super().__init__(kernel_size=window, stride=1, pad_mode="same")


class BaselineWanderRemoval(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.smoother = MovingAverage(config.window)
        self.debug = config.debug
        self.tag = config.tag

    def _log(self, drift):
        if self.debug:
            print(f"[{self.tag}] residual drift = {drift.max()}")

    def construct(self, ecg):
        baseline = self.smoother(ecg)
        clean = ecg - baseline
        self._log(ops.abs(baseline).mean())
        return clean


def make():
    np.random.seed(3751)
    t = np.arange(400) / 250.0
    sig = np.sin(2 * np.pi * 0.3 * t)[None] + 0.1 * np.random.randn(12, 400)
    return BaselineWanderRemoval(BaselineConfig()), (Tensor(sig[None].astype(np.float32)),)

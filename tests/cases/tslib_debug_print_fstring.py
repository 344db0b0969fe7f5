# case: RevIN denormaliser with a verbose config flag set to True that prints an f-string of the per-series scale tensor inside construct -> f-string formatting of a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugConfig:
    verbose = True
    eps = 1e-5


class VerboseDenorm(nn.Cell):
    def __init__(self, pred_len, config=DebugConfig()):
        super().__init__()
        self.verbose = config.verbose
        self.eps = config.eps
        self.pred_len = pred_len

    def _log(self, name, value):
        if self.verbose:
            print(f"[RevIN] {name}: {value}")

    def construct(self, y_hat, mean, stdev):
        scale = stdev + self.eps
        self._log("scale", scale.mean())
        return y_hat * scale + mean


def make():
    np.random.seed(3440)
    y = Tensor(np.random.randn(2, 12, 3).astype(np.float32))
    mean = Tensor(np.random.randn(2, 1, 3).astype(np.float32))
    std = Tensor(np.abs(np.random.randn(2, 1, 3)).astype(np.float32))
    return VerboseDenorm(12), (y, mean, std)

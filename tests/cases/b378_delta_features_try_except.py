# case: front end appends delta features and falls back to static log-mel via try/except when the delta conv is misconfigured -> try/except inside construct is expected to be rejected by the graph parser
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaConfig:
    n_mels = 32
    delta_width = 5
    add_deltas = True


def delta_kernel(width):
    half = width // 2
    k = np.arange(-half, half + 1, dtype=np.float32)
    return k / np.sum(k ** 2)


class DeltaFrontEnd(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.add_deltas = config.add_deltas
        w = delta_kernel(config.delta_width).reshape(1, 1, 1, -1)
        self.kernel = Tensor(w)
        self.pad = config.delta_width // 2

    def _delta(self, logmel):
        x = ops.pad(logmel.expand_dims(1), (self.pad, self.pad), mode="replicate")
        return ops.conv2d(x, self.kernel).squeeze(1)

    def construct(self, logmel):
        # logmel: (B, n_mels, T)
        if not self.add_deltas:
            return logmel
        try:
            delta = self._delta(logmel)
        except ValueError:
            delta = ops.zeros_like(logmel)
        return ops.concat((logmel, delta), axis=1)


def make():
    np.random.seed(3807)
    logmel = Tensor(np.random.randn(2, 32, 40).astype(np.float32))
    return DeltaFrontEnd(DeltaConfig()), (logmel,)

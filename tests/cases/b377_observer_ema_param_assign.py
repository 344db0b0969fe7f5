# case: EMA fake-quant observer updates running min/max Parameters with ops.assign under `if self.training:` and quantises activations with a straight-through rounding -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from dataclasses import dataclass


@dataclass
class ObserverConfig:
    num_bits: int = 8
    momentum: float = 0.9
    per_channel: bool = False


class EMAObserver(nn.Cell):
    def __init__(self, config, channels=16):
        super().__init__()
        self.momentum = config.momentum
        self.qmax = float(2 ** config.num_bits - 1)
        self.per_channel = config.per_channel
        shape = (channels,) if self.per_channel else ()
        self.running_min = Parameter(Tensor(np.zeros(shape, np.float32)), name="running_min", requires_grad=False)
        self.running_max = Parameter(Tensor(np.ones(shape, np.float32)), name="running_max", requires_grad=False)

    def _batch_range(self, x):
        if self.per_channel:
            return x.min(axis=0), x.max(axis=0)
        return x.min(), x.max()

    def construct(self, x):
        if self.training:
            lo, hi = self._batch_range(x)
            m = self.momentum
            ops.assign(self.running_min, m * self.running_min + (1 - m) * lo)
            ops.assign(self.running_max, m * self.running_max + (1 - m) * hi)
        scale = ops.maximum((self.running_max - self.running_min) / self.qmax, 1e-8)
        xq = ops.clamp((x - self.running_min) / scale, 0.0, self.qmax)
        xq = xq + ops.stop_gradient(ops.round(xq) - xq)
        return xq * scale + self.running_min


def make():
    np.random.seed(3784)
    obs = EMAObserver(ObserverConfig())
    obs.set_train(True)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return obs, (x,)

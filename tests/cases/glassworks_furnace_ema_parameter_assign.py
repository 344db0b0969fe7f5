# case: keep an exponential moving average of furnace bottom temperatures in a Parameter updated with ops.assign -> state held in a Parameter, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BottomTempEMA(nn.Cell):
    def __init__(self, n_sensors=5, alpha=0.2):
        super().__init__()
        self.alpha = alpha
        self.ema = Parameter(Tensor(np.full((n_sensors,), 1390.0, dtype=np.float32)),
                             name="bottom_ema", requires_grad=False)

    def construct(self, bottom_temps):
        new_ema = self.alpha * bottom_temps + (1.0 - self.alpha) * self.ema
        ops.assign(self.ema, new_ema)
        drift = new_ema - bottom_temps.mean()
        return new_ema, drift


def make():
    np.random.seed(102)
    t = (1390.0 + 8.0 * np.random.randn(5)).astype(np.float32)
    return BottomTempEMA(), (Tensor(t),)

# case: spin-up rollout with a Python-int while counter and a fixed number of warm-up steps discarded -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpinupRollout(nn.Cell):
    def __init__(self, n_vars=3, spinup_steps=2, forecast_steps=3):
        super().__init__()
        self.step = nn.SequentialCell([nn.Conv2d(n_vars, n_vars, 1), nn.Tanh()])
        self.spinup_steps = spinup_steps
        self.forecast_steps = forecast_steps

    def _advance(self, x):
        return x + 0.1 * self.step(x)

    def construct(self, x):
        i = 0
        while i < self.spinup_steps:
            x = self._advance(x)
            i += 1
        outs = ()
        for _ in range(self.forecast_steps):
            x = self._advance(x)
            outs = outs + (x,)
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(118)
    ms.set_seed(118)
    x = Tensor(np.random.randn(2, 3, 4, 4).astype(np.float32))
    return SpinupRollout(), (x,)

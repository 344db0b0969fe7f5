# case: tensor-valued if on mean flow choosing between two recession coefficients, both branches keep the same shape -> control flow but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecessionForecaster(nn.Cell):
    """Forecast recession flow with a drought-dependent recession constant."""

    def __init__(self, drought_flow=5.0, k_dry=0.92, k_wet=0.85, horizon=6):
        super().__init__()
        self.drought_flow = drought_flow
        self.k_dry = k_dry
        self.k_wet = k_wet
        self.steps = Tensor(np.arange(1, horizon + 1, dtype=np.float32))

    def construct(self, discharge):
        last = discharge[-1]
        if discharge.mean() < self.drought_flow:
            k = Tensor(self.k_dry, ms.float32)
        else:
            k = Tensor(self.k_wet, ms.float32)
        return last * ops.pow(k, self.steps)


def make():
    np.random.seed(26)
    q = np.random.uniform(1.0, 8.0, size=(24,)).astype(np.float32)
    return RecessionForecaster(), (Tensor(q),)

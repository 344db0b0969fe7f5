# case: privacy accountant converts the step counter to numpy to compute an epsilon estimate -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MomentsAccountant(nn.Cell):
    """Tracks DP-SGD steps and reports a crude (eps, delta) bound."""

    def __init__(self, sampling_rate=0.01, noise_multiplier=1.1, delta=1e-5):
        super().__init__()
        self.q = sampling_rate
        self.sigma = noise_multiplier
        self.delta = delta
        self.steps = Parameter(Tensor(0, ms.int32), name="steps", requires_grad=False)

    def _epsilon(self, steps):
        # strong-composition style estimate
        s = steps.asnumpy().astype(np.float64)
        return self.q * np.sqrt(s * np.log(1.0 / self.delta)) / self.sigma

    def construct(self, loss):
        ops.assign_add(self.steps, Tensor(1, ms.int32))
        eps = self._epsilon(self.steps)
        return loss, Tensor(eps, ms.float32)


def make():
    return MomentsAccountant(), (Tensor(0.7, ms.float32),)

# case: privacy accountant keeps step and sample counters as Parameters updated with assign_add and computes epsilon with ops -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StepAccountant(nn.Cell):
    def __init__(self, sample_rate=0.02, noise_multiplier=1.2, delta=1e-5):
        super().__init__()
        self.q = sample_rate
        self.sigma = noise_multiplier
        self.log_inv_delta = float(np.log(1.0 / delta))
        self.steps = Parameter(Tensor(0.0, ms.float32), name="steps", requires_grad=False)
        self.samples = Parameter(Tensor(0, ms.int32), name="samples", requires_grad=False)

    def _epsilon(self, steps):
        return self.q * ops.sqrt(steps * self.log_inv_delta) / self.sigma

    def construct(self, batch_mask):
        ops.assign_add(self.steps, Tensor(1.0, ms.float32))
        ops.assign_add(self.samples, batch_mask.astype(ms.int32).sum().astype(ms.int32))
        return self._epsilon(self.steps), self.samples


class AccountedStep(nn.Cell):
    def __init__(self, lr=0.1):
        super().__init__()
        self.acc = StepAccountant()
        self.lr = lr

    def construct(self, w, g, batch_mask):
        eps, seen = self.acc(batch_mask)
        return w - self.lr * g, eps, seen


def make():
    np.random.seed(31)
    w = Tensor(np.random.randn(4).astype(np.float32))
    g = Tensor(np.random.randn(4).astype(np.float32))
    mask = Tensor(np.array([1, 0, 1, 1, 0, 1], np.bool_))
    return AccountedStep(), (w, g, mask)

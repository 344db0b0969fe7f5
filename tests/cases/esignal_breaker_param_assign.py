# case: breaker wear estimator keeps cumulative erosion and last interrupted current in Parameters updated with ops.assign -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ContactWear(nn.Cell):
    """Cumulative I^2 contact erosion for a circuit breaker."""

    def __init__(self, erosion_coeff=1e-4):
        super().__init__()
        self.erosion_coeff = erosion_coeff
        self.total = Parameter(Tensor(0.0, ms.float32), name="total_erosion", requires_grad=False)
        self.last_ka = Parameter(Tensor(0.0, ms.float32), name="last_ka", requires_grad=False)

    def construct(self, interrupt_ka):
        i2 = interrupt_ka * interrupt_ka
        erosion = (i2 * self.erosion_coeff).sum()
        ops.assign(self.last_ka, interrupt_ka[-1])
        ops.assign_add(self.total, erosion)
        return self.total + 0.0


def make():
    np.random.seed(122)
    ka = Tensor((np.random.rand(15) * 20 + 1).astype(np.float32))
    return ContactWear(), (ka,)

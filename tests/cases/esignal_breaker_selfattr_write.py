# case: breaker wear estimator stores the latest interrupted current on self.last_ka inside construct (plain attribute, not Parameter) -> attribute write in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactWear(nn.Cell):
    """Cumulative I^2 contact erosion for a circuit breaker."""

    def __init__(self, erosion_coeff=1e-4):
        super().__init__()
        self.erosion_coeff = erosion_coeff
        self.last_ka = None

    def construct(self, interrupt_ka):
        i2 = interrupt_ka * interrupt_ka
        erosion = (i2 * self.erosion_coeff).sum()
        self.last_ka = interrupt_ka[-1]
        return erosion


def make():
    np.random.seed(121)
    ka = Tensor((np.random.rand(15) * 20 + 1).astype(np.float32))
    return ContactWear(), (ka,)

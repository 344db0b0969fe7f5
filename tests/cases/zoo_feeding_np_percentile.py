# case: flag feeding sessions whose intake is below the 10th percentile using np.percentile on the intake tensor inside construct -> NumPy applied to tensor in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LowIntakeFlagger(nn.Cell):
    def __init__(self, pct=10):
        super().__init__()
        self.pct = pct

    def construct(self, intake_g):
        cutoff = np.percentile(intake_g, self.pct)
        low = intake_g < cutoff
        return low.astype(ms.int32), low.astype(ms.float32).mean()


def make():
    np.random.seed(121)
    intake = np.random.normal(2500, 300, size=(28,)).astype(np.float32)
    return LowIntakeFlagger(), (Tensor(intake),)

# case: accepts either a single scale reading tensor or a tuple of (weight, temperature) tensors and branches with isinstance -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TempCompensatedScale(nn.Cell):
    """Load cells drift with temperature; compensate when the temperature channel is given."""

    def __init__(self, drift_kg_per_c=0.02, ref_temp=20.0):
        super().__init__()
        self.drift = drift_kg_per_c
        self.ref_temp = ref_temp

    def compensate(self, weight, temp):
        return weight - self.drift * (temp - self.ref_temp)

    def construct(self, reading):
        if isinstance(reading, tuple):
            weight, temp = reading
            corrected = self.compensate(weight, temp)
        else:
            corrected = reading
        return corrected.mean(axis=-1), corrected[..., -1] - corrected[..., 0]


def make():
    np.random.seed(38)
    weight = (45.0 + np.random.randn(2, 24) * 0.3).astype(np.float32)
    temp = (15.0 + np.random.randn(2, 24) * 4.0).astype(np.float32)
    return TempCompensatedScale(), ((Tensor(weight), Tensor(temp)),)

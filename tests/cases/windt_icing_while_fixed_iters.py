# case: icing mass estimator refines a natural-frequency shift estimate with a while loop over a Python int iteration counter (fixed 5 Newton steps) -> constant trip count, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IceMassEstimator(nn.Cell):
    def __init__(self, n_iters=5, blade_mass_kg=6000.0):
        super().__init__()
        self.n_iters = n_iters
        self.blade_mass_kg = blade_mass_kg

    def construct(self, f_clean, f_iced):
        ratio = (f_clean / f_iced) ** 2
        m = ops.zeros_like(f_clean) + 100.0
        i = 0
        while i < self.n_iters:
            g = (self.blade_mass_kg + m) / self.blade_mass_kg - ratio
            m = m - g * self.blade_mass_kg
            i += 1
        return m


def make():
    np.random.seed(37)
    f_clean = Tensor(np.random.uniform(0.9, 1.1, size=(3,)).astype(np.float32))
    f_iced = Tensor((f_clean.asnumpy() * np.random.uniform(0.93, 0.99, size=(3,))).astype(np.float32))
    return IceMassEstimator(), (f_clean, f_iced)

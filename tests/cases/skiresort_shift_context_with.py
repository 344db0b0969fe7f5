# case: wrap the grooming-shift fuel estimate in a Python context manager that scales units inside construct -> with statement on a custom object in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LitreScope:
    def __init__(self, factor):
        self.factor = factor

    def __enter__(self):
        return self.factor

    def __exit__(self, exc_type, exc, tb):
        return False


class FuelEstimator(nn.Cell):
    def __init__(self, l_per_km=18.0, slope_penalty=0.4):
        super().__init__()
        self.l_per_km = l_per_km
        self.slope_penalty = slope_penalty

    def construct(self, seg_km, seg_grade):
        base = seg_km * self.l_per_km * (1.0 + self.slope_penalty * seg_grade)
        with LitreScope(0.001) as to_m3:
            fuel_m3 = base.sum() * to_m3
        return fuel_m3


def make():
    np.random.seed(141)
    km = Tensor(np.random.uniform(0.2, 1.8, (14,)).astype(np.float32))
    grade = Tensor(np.random.uniform(0.0, 0.6, (14,)).astype(np.float32))
    return FuelEstimator(), (km, grade)

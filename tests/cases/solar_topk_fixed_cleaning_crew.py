# case: soiling inspection ranks panels and returns a fixed top-k (crew capacity from the constructor) of the dirtiest -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CleaningScheduler(nn.Cell):
    def __init__(self, crew_capacity=5, price_per_kwh=0.12):
        super().__init__()
        self.k = crew_capacity
        self.price = price_per_kwh

    def construct(self, measured_kwh, clean_ref_kwh):
        loss_kwh = ops.relu(clean_ref_kwh - measured_kwh)
        loss_frac = loss_kwh / clean_ref_kwh
        values, idx = ops.topk(loss_frac, self.k)
        recovered = ops.gather(loss_kwh, idx, 0) * self.price
        return idx, values, recovered.sum()


def make():
    np.random.seed(21)
    clean = np.random.uniform(20.0, 24.0, size=(30,)).astype(np.float32)
    measured = clean * np.random.uniform(0.85, 1.0, size=(30,)).astype(np.float32)
    return CleaningScheduler(), (Tensor(measured), Tensor(clean))

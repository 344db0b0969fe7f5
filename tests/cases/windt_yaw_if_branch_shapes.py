# case: yaw estimator returns the full per-sensor vector when misalignment is large but only the first 3 sensors otherwise (if on a tensor, branches with different shapes) -> expect error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YawMisalignEstimator(nn.Cell):
    def __init__(self, n_sensors=6, alarm_deg=8.0):
        super().__init__()
        self.weights = ms.Parameter(Tensor(np.ones(n_sensors, dtype=np.float32) / n_sensors), name="w")
        self.alarm_deg = alarm_deg

    def construct(self, vane_deg, nacelle_deg):
        err = (vane_deg - nacelle_deg) * self.weights
        mean_err = ops.abs(err.sum())
        if mean_err > self.alarm_deg:
            out = err
        else:
            out = err[:3]
        return out


def make():
    np.random.seed(8)
    vane = Tensor(np.random.uniform(170, 190, size=(6,)).astype(np.float32))
    nacelle = Tensor(np.full((6,), 178.0, dtype=np.float32))
    return YawMisalignEstimator(), (vane, nacelle)

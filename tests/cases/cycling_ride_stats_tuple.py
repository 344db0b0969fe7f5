# case: compute intensity factor, efficiency factor and TSS and return them as a tuple from helper functions -> tuples and module-level helpers, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def intensity_factor(np_watts, ftp):
    return np_watts / ftp


def training_stress(duration_s, np_watts, ftp):
    if_ = intensity_factor(np_watts, ftp)
    return duration_s * np_watts * if_ / (ftp * 3600.0) * 100.0


class RideMetrics(nn.Cell):
    def __init__(self, ftp=260.0, window=30):
        super().__init__()
        self.ftp = ftp
        self.window = window

    def construct(self, watts, hr):
        k = ops.ones((1, 1, self.window), ms.float32) / self.window
        rolled = ops.conv1d(watts.reshape(1, 1, -1), k).reshape(-1)
        np_watts = ops.pow(ops.mean(ops.pow(rolled, 4.0)), 0.25)
        duration = watts.shape[0]
        metrics = (intensity_factor(np_watts, self.ftp),
                   np_watts / hr.mean(),
                   training_stress(duration, np_watts, self.ftp))
        return metrics


def make():
    np.random.seed(102)
    watts = np.random.normal(215, 35, 600).astype(np.float32)
    hr = np.random.normal(148, 7, 600).astype(np.float32)
    return RideMetrics(), (Tensor(watts), Tensor(hr))

# case: build a plain Python RideSummary object inside construct, fill it with power/HR metrics and return its fields -> Python class instantiated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RideSummary:
    def __init__(self):
        self.avg_power = None
        self.avg_hr = None

    def efficiency(self):
        return self.avg_power / self.avg_hr


class RideSummarizer(nn.Cell):
    def __init__(self, ftp=260.0):
        super().__init__()
        self.ftp = ftp

    def construct(self, watts, hr):
        summary = RideSummary()
        summary.avg_power = watts.mean()
        summary.avg_hr = hr.mean()
        ef = summary.efficiency()
        return summary.avg_power / self.ftp, ef


def make():
    np.random.seed(101)
    watts = np.random.normal(210, 40, 600).astype(np.float32)
    hr = np.random.normal(145, 8, 600).astype(np.float32)
    return RideSummarizer(), (Tensor(watts), Tensor(hr))

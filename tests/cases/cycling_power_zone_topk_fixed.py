# case: take the top 20 power samples (fixed config k) and report normalized power -> constant k, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPowerSummary(nn.Cell):
    def __init__(self, ftp=250.0, top_k=20, window=30):
        super().__init__()
        self.ftp = ftp
        self.top_k = top_k
        self.window = window

    def rolling_mean(self, watts):
        kernel = ops.ones((1, 1, self.window), ms.float32) / self.window
        return ops.conv1d(watts.reshape(1, 1, -1), kernel).reshape(-1)

    def construct(self, watts):
        smooth = self.rolling_mean(watts)
        np_val = ops.pow(ops.mean(ops.pow(smooth, 4.0)), 0.25)
        intensity = np_val / self.ftp
        top_vals, _ = ops.topk(watts, self.top_k)
        time_above = (watts > self.ftp).astype(ms.float32).sum()
        return np_val, intensity, top_vals.mean(), time_above


def make():
    np.random.seed(12)
    watts = np.clip(np.random.normal(230, 55, size=600), 0, 900).astype(np.float32)
    return PeakPowerSummary(), (Tensor(watts),)

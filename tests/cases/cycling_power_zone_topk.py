# case: pick the k hardest power samples where k is the number of samples above FTP, counted from the data -> top-k size from tensor values, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalized_power(watts, window=30):
    # rolling 30 s average raised to the fourth power (Coggan NP)
    kernel = ops.ones((1, 1, window), ms.float32) / window
    smooth = ops.conv1d(watts.reshape(1, 1, -1), kernel)
    return ops.pow(ops.mean(ops.pow(smooth, 4.0)), 0.25)


class HardEffortPicker(nn.Cell):
    def __init__(self, ftp=250.0):
        super().__init__()
        self.ftp = ftp

    def construct(self, watts):
        np_val = normalized_power(watts)
        above = (watts > self.ftp).astype(ms.int32)
        n_hard = int(above.sum())
        top_vals, top_idx = ops.topk(watts, n_hard)
        return np_val, top_vals.mean(), top_idx


def make():
    np.random.seed(11)
    watts = np.clip(np.random.normal(220, 60, size=600), 0, 900).astype(np.float32)
    return HardEffortPicker(), (Tensor(watts),)

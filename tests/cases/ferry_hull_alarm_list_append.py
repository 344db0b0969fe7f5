# case: hull anomaly detector appends each sensor window whose RMS exceeds a limit to a Python list, then stacks them -> list grown under tensor condition gives data-dependent length in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowAlarm(nn.Cell):
    def __init__(self, n_windows=5, rms_limit=1.0):
        super().__init__()
        self.n_windows = n_windows
        self.rms_limit = rms_limit

    def rms(self, w):
        return ops.sqrt((w * w).mean())

    def construct(self, windows):
        alarms = []
        for i in range(self.n_windows):
            w = windows[i]
            if self.rms(w) > self.rms_limit:
                alarms.append(w)
        if len(alarms) == 0:
            return ops.zeros((1, windows.shape[1]), ms.float32)
        return ops.stack(alarms)


def make():
    np.random.seed(8)
    win = np.random.randn(5, 16).astype(np.float32)
    win[2] *= 3.0
    return WindowAlarm(), (Tensor(win),)

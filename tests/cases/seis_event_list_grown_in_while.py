# case: scan detection windows with a while loop on a tensor counter and append each detected window amplitude to a Python list, then stack -> list grown in a data-dependent loop, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowDetector(nn.Cell):
    def __init__(self, win=8, threshold=1.0):
        super().__init__()
        self.win = win
        self.threshold = threshold

    def construct(self, trace):
        n_windows = trace.shape[0] // self.win
        frames = trace[: n_windows * self.win].reshape(n_windows, self.win)
        rms = ops.sqrt((frames * frames).mean(axis=1))
        detections = []
        i = Tensor(0, ms.int32)
        while i < n_windows:
            if rms[i] > self.threshold:
                detections.append(rms[i])
            i = i + 1
        return ops.stack(detections)


def make():
    np.random.seed(7)
    trace = (0.5 * np.random.randn(64)).astype(np.float32)
    trace[16:24] *= 6.0
    trace[40:48] *= 5.0
    return WindowDetector(), (Tensor(trace),)

# case: partial discharge segmenter walks the trace while the remaining energy is above a threshold and collects windows in a Python list -> while on tensor value with growing list, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PDSegmenter(nn.Cell):
    def __init__(self, win=64, energy_min=50.0):
        super().__init__()
        self.win = win
        self.energy_min = energy_min

    def construct(self, trace):
        windows = []
        start = 0
        remaining = (trace * trace).sum()
        while remaining > self.energy_min:
            seg = trace[start:start + self.win]
            windows.append(seg.abs().max())
            remaining = remaining - (seg * seg).sum()
            start = start + self.win
        return ops.stack(windows)


def make():
    np.random.seed(61)
    trace = (np.random.randn(1024) * 0.5).astype(np.float32)
    trace[100:110] += 8.0
    trace[600:605] += 6.0
    return PDSegmenter(), (Tensor(trace),)

# case: partial discharge segmenter cuts the trace into a fixed number of windows using range over a Python int and stacks per-window peaks -> unrolled loop, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PDSegmenter(nn.Cell):
    def __init__(self, n_samples=1024, win=64):
        super().__init__()
        self.win = win
        self.n_win = n_samples // win

    def construct(self, trace):
        peaks = []
        energy = []
        for i in range(self.n_win):
            seg = trace[i * self.win:(i + 1) * self.win]
            peaks.append(seg.abs().max())
            energy.append((seg * seg).sum())
        return ops.stack(peaks), ops.stack(energy)


def make():
    np.random.seed(62)
    trace = (np.random.randn(1024) * 0.5).astype(np.float32)
    trace[100:110] += 8.0
    trace[600:605] += 6.0
    return PDSegmenter(), (Tensor(trace),)

# case: log each frame's strongest target power with an f-string of a tensor and print inside construct -> error or JIT fallback (f-string/print of tensor data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameLogger(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, rd_map):
        peak = rd_map.max()
        loc = rd_map.reshape(-1).argmax()
        if self.verbose:
            msg = f"peak power {peak} at flat bin {loc}"
            print(msg)
        snr = peak / rd_map.mean()
        return snr, loc


def make():
    np.random.seed(18)
    rd = np.abs(np.random.randn(8, 8)).astype(np.float32)
    return FrameLogger(), (Tensor(rd),)

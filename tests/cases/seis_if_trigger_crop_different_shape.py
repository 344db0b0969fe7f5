# case: if any STA/LTA sample fires, crop the trace to the 20 samples after the first trigger, else return the whole trace -> branches on a tensor value return different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TriggerCropper(nn.Cell):
    def __init__(self, threshold=3.0, keep=20):
        super().__init__()
        self.threshold = threshold
        self.keep = keep

    def construct(self, trace, ratio):
        fired = ratio > self.threshold
        if fired.any():
            return trace[:self.keep]
        return trace


def make():
    np.random.seed(15)
    trace = np.random.randn(60).astype(np.float32)
    ratio = (1.0 + np.random.rand(60)).astype(np.float32)
    ratio[30] = 4.5
    return TriggerCropper(), (Tensor(trace), Tensor(ratio))

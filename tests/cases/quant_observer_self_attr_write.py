# case: calibration observer stores the latest batch max by assigning a tensor to a plain self attribute in construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxObserver(nn.Cell):
    def __init__(self):
        super().__init__()
        self.observed_max = None
        self.num_batches = 0

    def construct(self, x):
        batch_max = ops.amax(ops.abs(x))
        self.observed_max = batch_max
        self.num_batches = self.num_batches + 1
        scale = batch_max / 127.0
        return ops.round(x / scale) * scale


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(3, 7).astype(np.float32))
    return MaxObserver(), (x,)

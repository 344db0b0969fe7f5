# case: keeps a running count of detected signals by assigning a Python attribute on self inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingSignalCounter(nn.Cell):
    def __init__(self, threshold=2.0):
        super().__init__()
        self.threshold = threshold
        self.total_batches = 0
        self.last_signal_rate = 0.0

    def construct(self, prr_batch):
        flagged = (prr_batch > self.threshold).astype(ms.float32)
        rate = flagged.mean()
        self.total_batches = self.total_batches + 1
        self.last_signal_rate = rate
        return flagged.sum(), rate


def make():
    np.random.seed(20)
    prr = np.random.lognormal(0.3, 0.6, size=(24,)).astype(np.float32)
    return StreamingSignalCounter(), (Tensor(prr),)

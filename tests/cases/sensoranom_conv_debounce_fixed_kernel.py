# case: debounce alarms by convolving the binary flag sequence with a fixed all-ones kernel and requiring a full window -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvDebouncer(nn.Cell):
    def __init__(self, hold=3, threshold=0.5):
        super().__init__()
        self.hold = hold
        self.threshold = threshold
        self.counter = nn.Conv1d(1, 1, kernel_size=hold, pad_mode="valid", has_bias=False,
                                 weight_init="ones")
        self.counter.weight.requires_grad = False

    def construct(self, scores):
        flags = (scores > self.threshold).astype(ms.float32)
        flags = ops.pad(flags, (self.hold - 1, 0))
        counts = self.counter(flags.expand_dims(1)).squeeze(1)
        return (counts >= self.hold).astype(ms.int32)


def make():
    np.random.seed(34)
    scores = Tensor(np.random.rand(2, 20).astype(np.float32))
    return ConvDebouncer(), (scores,)

# case: scans frames with a while loop over a tensor counter, appending (onset, offset) pairs to a Python list when the activity flips -> Graph mode should fail or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventScanner(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, probs):
        # probs: (frames,) for one class
        active = probs > self.threshold
        events = []
        t = Tensor(0, ms.int32)
        n = probs.shape[0]
        start = Tensor(-1, ms.int32)
        while t < n:
            if active[t] and start < 0:
                start = t
            if (not active[t]) and start >= 0:
                events.append((start, t))
                start = Tensor(-1, ms.int32)
            t = t + 1
        return events


def make():
    np.random.seed(8)
    probs = Tensor(np.random.rand(12).astype(np.float32))
    return EventScanner(), (probs,)

# case: debounce alarm flags by converting them to a Python list with tolist and counting runs in plain Python -> tolist host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListDebouncer(nn.Cell):
    def __init__(self, min_run=3, threshold=0.6):
        super().__init__()
        self.min_run = min_run
        self.threshold = threshold

    def construct(self, scores):
        flags = (scores > self.threshold).astype(ms.int32).tolist()
        out = []
        run = 0
        for f in flags:
            run = run + 1 if f else 0
            out.append(1 if run >= self.min_run else 0)
        return Tensor(out, ms.int32)


def make():
    np.random.seed(18)
    scores = Tensor(np.random.rand(16).astype(np.float32))
    return ListDebouncer(), (scores,)

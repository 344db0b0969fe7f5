# case: locate the gate-open events in a lock cycle log with ops.nonzero and gather their timestamps -> nonzero output size depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


OPEN_CODE = 2


class CycleEventExtractor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.equal = ops.Equal()

    def construct(self, event_codes, timestamps):
        is_open = self.equal(event_codes, OPEN_CODE)
        idx = ops.nonzero(is_open).reshape(-1)
        open_times = ops.gather(timestamps, idx, 0)
        gaps = open_times[1:] - open_times[:-1]
        return gaps.mean()


def make():
    np.random.seed(51)
    codes = np.random.randint(0, 4, size=(60,)).astype(np.int32)
    ts = np.cumsum(np.random.uniform(5, 40, size=(60,))).astype(np.float32)
    return CycleEventExtractor(), (Tensor(codes), Tensor(ts))

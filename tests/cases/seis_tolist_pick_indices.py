# case: convert the pick-index tensor to a Python list with tolist() and use the values to cut fixed windows -> tolist of a tensor in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickWindowStack(nn.Cell):
    def __init__(self, pre=4, post=6):
        super().__init__()
        self.pre = pre
        self.post = post

    def construct(self, trace, picks):
        windows = []
        for p in picks.tolist():
            windows.append(trace[p - self.pre:p + self.post])
        return ops.stack(windows)


def make():
    np.random.seed(17)
    trace = np.random.randn(80).astype(np.float32)
    picks = np.array([10, 33, 57], dtype=np.int32)
    return PickWindowStack(), (Tensor(trace), Tensor(picks))

# case: padded event stream with a validity mask multiplied in, accumulated into a fixed frame by scatter-add -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedEventAccumulator(nn.Cell):
    def __init__(self, h=8, w=8):
        super().__init__()
        self.h = h
        self.w = w

    def construct(self, xs, ys, ps, valid):
        weight = valid.astype(ms.float32) * ops.where(ps > 0, 1.0, -1.0)
        addr = (ys * self.w + xs).reshape(-1, 1)
        frame = ops.zeros((self.h * self.w,), ms.float32)
        frame = ops.tensor_scatter_add(frame, addr, weight)
        n_events = valid.astype(ms.float32).sum()
        return frame.reshape(self.h, self.w), n_events


def make():
    np.random.seed(32)
    n_max, n_real = 32, 21
    xs = np.random.randint(0, 8, n_max).astype(np.int32)
    ys = np.random.randint(0, 8, n_max).astype(np.int32)
    ps = np.random.choice([-1, 1], n_max).astype(np.int32)
    valid = np.arange(n_max) < n_real
    return PaddedEventAccumulator(), (Tensor(xs), Tensor(ys), Tensor(ps), Tensor(valid))

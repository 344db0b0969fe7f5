# case: walks an event stream and appends addresses of ON events to a list inside a tensor-valued if, then stacks them -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnEventCollector(nn.Cell):
    def __init__(self, width=8):
        super().__init__()
        self.width = width

    def construct(self, xs, ys, ps):
        on_addr = []
        for i in range(xs.shape[0]):
            if ps[i] > 0:
                on_addr.append(ys[i] * self.width + xs[i])
        if len(on_addr) == 0:
            return ops.zeros((1,), ms.int32)
        return ops.stack(on_addr)


def make():
    np.random.seed(22)
    xs = Tensor(np.random.randint(0, 8, 12).astype(np.int32))
    ys = Tensor(np.random.randint(0, 8, 12).astype(np.int32))
    ps = Tensor(np.random.choice([-1, 1], 12).astype(np.int32))
    return OnEventCollector(), (xs, ys, ps)

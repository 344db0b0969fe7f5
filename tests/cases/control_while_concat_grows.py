# case: a while loop bounded by a tensor value concatenates a new row each iteration; graph mode fails to compile it, hitting the function call depth limit while inferring the growing shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.step = nn.Dense(4, 4)

    def construct(self, start, max_steps):
        seq = start
        i = Tensor(0, ms.int32)
        while i < max_steps:
            nxt = self.step(seq[-1:])
            seq = ops.concat((seq, nxt), 0)
            i = i + 1
        return seq


def make():
    return GreedyDecoder(), (Tensor(np.random.randn(1, 4).astype(np.float32)), Tensor(3, ms.int32))

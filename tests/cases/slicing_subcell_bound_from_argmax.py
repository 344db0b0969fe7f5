# case: sub-Cell cuts a sequence at the argmax position
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Cut(nn.Cell):
    def construct(self, seq, pos):
        return seq[:pos + 1]


class Decoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cut = Cut()

    def construct(self, logits):
        stop = ops.argmax(logits)
        return self.cut(logits, stop)


def make():
    return Decoder(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)

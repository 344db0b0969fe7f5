# case: near miss: NMSWithMask keeps every box and returns a mask
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nms = P.NMSWithMask(0.5)

    def construct(self, boxes):
        out, idx, mask = self.nms(boxes)
        return out * 2


def make():
    b = np.array([[0, 0, 1, 1, 0.9], [0, 0, 1, 1, 0.8], [2, 2, 3, 3, 0.7]], np.float32)
    return Net(), (Tensor(b),)

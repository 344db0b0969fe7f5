# case: jit_class Boxes instantiated in construct with a tensor argument; jit_class instances must be built from constants, so creation is rejected at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Boxes:
    def __init__(self, data):
        self.data = data

    def area(self):
        w = self.data[:, 2] - self.data[:, 0]
        h = self.data[:, 3] - self.data[:, 1]
        return w * h


class AreaLoss(nn.Cell):
    def construct(self, pred, target):
        pb = Boxes(pred)
        tb = Boxes(target)
        diff = ops.abs(pb.area() - tb.area())
        return diff.mean()


def make():
    p = Tensor(np.array([[0, 0, 2, 2], [1, 1, 3, 4]], np.float32))
    t = Tensor(np.array([[0, 0, 2, 3], [1, 1, 2, 2]], np.float32))
    return AreaLoss(), (p, t)

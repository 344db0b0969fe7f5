# case: decoder accepts either a (cls, exist) tuple or a single cls tensor and branches with isinstance on the Python type -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleDecoder(nn.Cell):
    def __init__(self, griding_num=10, col_step=8.0):
        super().__init__()
        self.griding_num = griding_num
        self.col_step = col_step

    def decode_cls(self, cls):
        loc = cls[:, :-1].argmax(axis=1).astype(ms.float32) * self.col_step
        return loc

    def construct(self, outputs):
        if isinstance(outputs, (tuple, list)):
            cls, exist = outputs
            loc = self.decode_cls(cls)
            return loc * (exist.view(-1, 1) > 0.5).astype(ms.float32)
        return self.decode_cls(outputs)


def make():
    np.random.seed(32)
    cls = Tensor(np.random.randn(4, 11, 18).astype(np.float32))
    exist = Tensor(np.random.rand(4).astype(np.float32))
    return FlexibleDecoder(), ((cls, exist),)

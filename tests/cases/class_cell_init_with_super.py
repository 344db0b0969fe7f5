# case: the same Cell with super().__init__() (hazard twin: masked_select gives a data-dependent shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskMSELoss(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, inputs, target, mask):
        mse = ops.pow(ops.abs(inputs - target), 2)
        return ops.masked_select(mse, mask).mean()


def make():
    x = Tensor(np.arange(6, dtype=np.float32))
    return MaskMSELoss(), (x, x * 2, Tensor(np.array([True, False, True, True, False, True])))

# case: a Cell whose __init__ never runs nn.Cell.__init__ (near miss: calling it fails in every mode before construct is compiled, so its masked_select is never reached)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskMSELoss(nn.Cell):
    def __init__(self):
        pass

    def construct(self, inputs, target, mask):
        mse = ops.pow(ops.abs(inputs - target), 2)
        return ops.masked_select(mse, mask).mean()


def make():
    x = Tensor(np.arange(6, dtype=np.float32))
    return MaskMSELoss(), (x, x * 2, Tensor(np.array([True, False, True, True, False, True])))

# case: vector-quantize's residual quantizer: construct(x, mask=None) packs its arguments into dict(mask=mask, ...) for the quantizers it calls; called without a mask the dict holds None and Python values, and graph mode folds it
import numpy as np
from mindspore import nn, Tensor


class Residual(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = nn.Dense(4, 4)

    def construct(self, x, mask=None):
        kwargs = dict(mask=mask, return_all_codes=False)
        out = self.layer(x)
        if kwargs["mask"] is not None:
            out = out * kwargs["mask"]
        return out


def make():
    return Residual(), (Tensor(np.ones((2, 4), np.float32)),)

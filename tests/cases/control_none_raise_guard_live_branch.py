# case: `if image is None: raise` early in construct, then a later `if image is not None:` branch
# holding a data-dependent op (hazard twin: image is a tensor there, the branch is compiled)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def construct(self, x, image=None):
        if image is None:
            raise ValueError("image is required")
        y = x * 2
        if image is not None:
            y = ops.masked_select(y, image > 0)
        return y


def make():
    # the inputs are built apart, as a test harness or another module would pass them
    inputs = [Tensor(np.ones((2, 4), np.float32)), Tensor(np.ones((2, 4), np.float32))]
    return Encoder(), tuple(inputs)

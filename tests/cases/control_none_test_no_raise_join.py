# case: `if mask is None:` whose body leaves mask alone, then boolean-mask indexing with the mask
# the caller passes (hazard: the None test narrows mask only inside its branch)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Picker(nn.Cell):
    def construct(self, x, mask=None):
        scale = 1.0
        if mask is None:
            scale = 2.0
        y = x * scale
        return y[mask]


def make():
    x = Tensor(np.arange(8, dtype=np.float32).reshape(2, 4))
    return Picker(), (x, Tensor(np.array([[True, False, True, True], [False, True, False, True]])))

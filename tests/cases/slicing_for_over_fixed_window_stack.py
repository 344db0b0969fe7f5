# case: loops over a fixed window of rows (constant slice), collecting and stacking them -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Window(nn.Cell):
    def __init__(self, width=3):
        super().__init__()
        self.width = width

    def construct(self, rewards):
        ret = ops.zeros((), ms.float32)
        out = []
        for r in rewards[: self.width][::-1]:
            ret = r + 0.9 * ret
            out.append(ret)
        return ops.stack(out)


def make():
    return Window(), (Tensor(np.arange(6, dtype=np.float32)),)

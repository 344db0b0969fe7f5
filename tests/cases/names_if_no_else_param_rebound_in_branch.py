import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: the parameter is rebound to a literal only inside an earlier branch, so the later `if not flag:` still reads the parameter on one path; the name bound under it is read after
class Net(nn.Cell):
    def construct(self, x, flag=False, mask=None):
        if mask is None:
            flag = False
        out = x * 2
        if not flag:
            attn = out + 1
        return out, attn


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

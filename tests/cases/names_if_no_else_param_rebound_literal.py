import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: construct rebinds its `output_attentions` parameter to False first thing, then binds `attn` only under `if not output_attentions:` and returns it (folded before parsing)
class Net(nn.Cell):
    def construct(self, x, output_attentions=False):
        output_attentions = False
        out = x * 2
        if not output_attentions:
            attn = None
        return out, attn


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)

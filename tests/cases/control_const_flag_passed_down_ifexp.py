# case: a Python flag passed down from the parent Cell picks a tuple length (no tensor condition)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Attention(nn.Cell):
    def __init__(self):
        super().__init__()
        self.q = nn.Dense(4, 4)

    def construct(self, x, output_attentions=False):
        probs = ops.softmax(self.q(x), -1)
        ctx = ops.matmul(probs, x)
        outputs = (ctx, probs) if output_attentions else (ctx,)
        return outputs


class Layer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.attn = Attention()

    def construct(self, x, output_attentions: bool = False):
        out = self.attn(x, output_attentions=output_attentions)
        return out[0]


def make():
    return Layer(), (Tensor(np.random.randn(4, 4).astype(np.float32)),)

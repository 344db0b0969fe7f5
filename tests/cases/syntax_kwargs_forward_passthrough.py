# case: a wrapper model whose construct takes **kwargs and forwards them to a sub-Cell (inner(x, **kwargs)), as diffusers/transformers wrappers do; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Inner(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def construct(self, x, scale=1.0, attention_mask=None):
        h = self.proj(x) * scale
        if attention_mask is not None:
            h = h * attention_mask[..., None]
        return h


class Wrapper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x, *args, **kwargs):
        return self.inner(x, *args, **kwargs)


class Top(nn.Cell):
    def __init__(self):
        super().__init__()
        self.model = Wrapper()

    def construct(self, x, mask):
        return self.model(x, scale=0.5, attention_mask=mask)


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    m = Tensor(np.ones((2, 3), np.float32))
    return Top(), (x, m)

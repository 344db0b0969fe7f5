# case: a subclass of a Cell that overrides construct and calls super().construct(x) plus a helper method from the base class, like an adapter wrapping a base attention; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaseFeedForward(nn.Cell):
    def __init__(self, hidden=8, inner=16):
        super().__init__()
        self.up = nn.Dense(hidden, inner)
        self.down = nn.Dense(inner, hidden)

    def activation(self, x):
        return ops.gelu(x)

    def construct(self, x):
        return self.down(self.activation(self.up(x)))


class LoRAFeedForward(BaseFeedForward):
    def __init__(self, hidden=8, inner=16, rank=2, alpha=4.0):
        super().__init__(hidden, inner)
        self.lora_a = nn.Dense(hidden, rank, has_bias=False)
        self.lora_b = nn.Dense(rank, hidden, has_bias=False)
        self.scaling = alpha / rank

    def construct(self, x):
        base = super().construct(x)
        return base + self.lora_b(self.lora_a(x)) * self.scaling


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return LoRAFeedForward(), (x,)

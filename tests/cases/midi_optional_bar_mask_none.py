# case: bar-level attention pooling that takes an optional padding mask and uses `is None` to choose the default -> None test resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarAttentionPool(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, bars, mask=None):
        logits = self.score(bars).squeeze(-1)
        if mask is None:
            mask = ops.ones_like(logits)
        logits = logits + (1.0 - mask) * -1e9
        w = ops.softmax(logits, axis=-1)
        return (bars * w.expand_dims(-1)).sum(axis=1)


def make():
    np.random.seed(38)
    bars = Tensor(np.random.randn(3, 8, 16).astype(np.float32))
    return BarAttentionPool(), (bars, None)

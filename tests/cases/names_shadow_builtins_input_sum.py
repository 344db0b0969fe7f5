# case: a PyTorch-ported construct whose parameter is named `input` and which binds locals named `sum`, `type` and `format` (shadowing builtins) without calling the builtins; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingHead(nn.Cell):
    def __init__(self, hidden=8, pooling="mean", out_format="flat"):
        super().__init__()
        self.pooling = pooling
        self.out_format = out_format
        self.dense = nn.Dense(hidden, hidden)

    def construct(self, input, mask):
        type = self.pooling
        format = self.out_format
        masked = input * mask[..., None]
        sum = masked.sum(axis=1)
        if type == "mean":
            pooled = sum / mask.sum(axis=1, keepdims=True)
        else:
            pooled = masked.max(axis=1)
        out = self.dense(pooled)
        if format == "flat":
            return out
        return out[:, None, :]


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    m = Tensor(np.array([[1, 1, 1, 0], [1, 1, 0, 0]], np.float32))
    return PoolingHead(), (x, m)

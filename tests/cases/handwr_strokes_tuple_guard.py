# case: encoder accepts either a single stroke tensor or a tuple of fixed-size strokes and branches on isinstance -> type guard resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleStrokeEncoder(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(3, dim)

    def encode_one(self, stroke):
        return ops.tanh(self.proj(stroke)).max(axis=0)

    def construct(self, strokes):
        if isinstance(strokes, (tuple, list)):
            feats = [self.encode_one(s) for s in strokes]
            return ops.stack(feats)
        return self.encode_one(strokes).expand_dims(0)


def make():
    np.random.seed(31)
    strokes = (Tensor(np.random.randn(6, 3).astype(np.float32)),
               Tensor(np.random.randn(4, 3).astype(np.float32)),
               Tensor(np.random.randn(9, 3).astype(np.float32)))
    return FlexibleStrokeEncoder(), (strokes,)

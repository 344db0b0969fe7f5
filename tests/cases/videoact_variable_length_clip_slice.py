# case: variable-length clip features are trimmed to the true length read from a lengths tensor before pooling -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedClipEncoder(nn.Cell):
    """Projects frame features, trims padding using the clip length, then mean+max pools."""

    def __init__(self, in_dim=32, hidden=16, use_max=True):
        super().__init__()
        self.proj = nn.Dense(in_dim, hidden)
        self.act = nn.GELU()
        self.use_max = use_max

    def pool(self, x):
        avg = x.mean(axis=0)
        if self.use_max:
            return ops.concat((avg, x.max(axis=0)), axis=0)
        return avg

    def construct(self, frames, length):
        # frames: (T_pad, C), length: int32 scalar tensor with true frame count
        h = self.act(self.proj(frames))
        valid = h[:length]
        return self.pool(valid)


def make():
    np.random.seed(1)
    frames = Tensor(np.random.randn(10, 32).astype(np.float32))
    length = Tensor(7, ms.int32)
    return TrimmedClipEncoder(), (frames, length)

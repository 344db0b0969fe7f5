# case: mean-pools each padded clip in a batch by converting the lengths tensor with .tolist() and slicing per sample -> host round trip and tensor-valued slice sizes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthAwarePool(nn.Cell):
    def __init__(self, in_dim=42, hid=12):
        super().__init__()
        self.proj = nn.Dense(in_dim, hid)

    def construct(self, feats, lengths):
        # feats: (B, T, 42), lengths: (B,)
        h = self.proj(feats)
        pooled = []
        for b, n in enumerate(lengths.tolist()):
            pooled.append(h[b, :n].mean(axis=0))
        return ops.stack(pooled)


def make():
    np.random.seed(18)
    feats = Tensor(np.random.randn(3, 8, 42).astype(np.float32))
    lengths = Tensor(np.array([8, 5, 3], np.int32))
    return LengthAwarePool(), (feats, lengths)

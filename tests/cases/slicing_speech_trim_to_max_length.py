# case: speech encoder trims padded features to the longest utterance, bound taken from lengths.max(); expect dynamic/error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameProjector(nn.Cell):
    def __init__(self, n_mels=8, hidden=16):
        super().__init__()
        self.proj = nn.Dense(n_mels, hidden)

    def construct(self, feats):
        return ops.relu(self.proj(feats))


class Net(nn.Cell):
    def __init__(self, n_mels=8, hidden=16):
        super().__init__()
        self.frontend = FrameProjector(n_mels, hidden)

    def construct(self, feats, lengths):
        # feats: (B, T, n_mels), lengths: (B,) int32 valid frame counts
        max_len = lengths.max()
        feats = feats[:, :max_len]
        hidden = self.frontend(feats)
        steps = ops.arange(hidden.shape[1])
        mask = (steps.view(1, -1) < lengths.view(-1, 1)).astype(ms.float32)
        pooled = (hidden * mask.expand_dims(-1)).sum(1) / lengths.astype(ms.float32).view(-1, 1)
        return pooled


def make():
    feats = Tensor(np.random.randn(2, 12, 8).astype(np.float32))
    lengths = Tensor(np.array([7, 10], np.int32))
    return Net(), (feats, lengths)

# case: beat-synchronous bar pooling converts the tensor beat count with int() to get the number of whole bars and reshapes features[:n_bars*4] -> error or dynamic (int(t) used as a length)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarPooling(nn.Cell):
    def __init__(self, beats_per_bar=4, feat_dim=6):
        super().__init__()
        self.beats_per_bar = beats_per_bar
        self.proj = nn.Dense(feat_dim, feat_dim)

    def construct(self, beat_feats, n_beats):
        n_bars = int(n_beats) // self.beats_per_bar
        used = beat_feats[: n_bars * self.beats_per_bar]
        bars = used.reshape(n_bars, self.beats_per_bar, -1).mean(axis=1)
        return self.proj(bars)


def make():
    np.random.seed(41)
    feats = Tensor(np.random.randn(16, 6).astype(np.float32))
    return BarPooling(), (feats, Tensor(13, ms.int32))

# case: delta and delta-delta features with edge padding and a constant regression window -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeltaFeatures(nn.Cell):
    def __init__(self, win=2, order=2, concat=True):
        super().__init__()
        self.win = win
        self.order = order
        self.concat = concat
        self.denom = 2.0 * sum(n * n for n in range(1, win + 1))

    def delta(self, feat):
        # feat: (B, T, F)
        t = feat.shape[1]
        first = ops.tile(feat[:, :1], (1, self.win, 1))
        last = ops.tile(feat[:, -1:], (1, self.win, 1))
        padded = ops.concat([first, feat, last], axis=1)
        out = ops.zeros_like(feat)
        for n in range(1, self.win + 1):
            out = out + n * (padded[:, self.win + n: self.win + n + t] - padded[:, self.win - n: self.win - n + t])
        return out / self.denom

    def construct(self, feat):
        feats = [feat]
        cur = feat
        for _ in range(self.order):
            cur = self.delta(cur)
            feats.append(cur)
        return ops.concat(feats, axis=-1) if self.concat else ops.stack(feats, axis=1)


def make():
    np.random.seed(42)
    feat = Tensor(np.random.randn(2, 7, 4).astype(np.float32))
    return DeltaFeatures(), (feat,)

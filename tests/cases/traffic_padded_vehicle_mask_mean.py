# case: averages vehicle speeds per frame using a fixed-size validity mask multiplied in (padded vehicles) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameSpeedEncoder(nn.Cell):
    def __init__(self, feat_dim=4, hidden=16):
        super().__init__()
        self.proj = nn.Dense(feat_dim, hidden)
        self.act = nn.ReLU()

    def construct(self, feats):
        return self.act(self.proj(feats))


class PaddedFrameSpeed(nn.Cell):
    """Frames hold up to max_vehicles slots; empty slots are zero-masked."""

    def __init__(self, feat_dim=4, hidden=16):
        super().__init__()
        self.encoder = FrameSpeedEncoder(feat_dim, hidden)
        self.head = nn.Dense(hidden, 1)

    def masked_mean(self, x, mask):
        m = ops.expand_dims(mask, -1)
        summed = (x * m).sum(axis=1)
        denom = ops.maximum(m.sum(axis=1), 1.0)
        return summed / denom

    def construct(self, feats, valid):
        h = self.encoder(feats)
        pooled = self.masked_mean(h, valid)
        return self.head(pooled).squeeze(-1)


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(3, 10, 4).astype(np.float32))
    valid = np.zeros((3, 10), dtype=np.float32)
    valid[0, :7] = 1
    valid[1, :3] = 1
    valid[2, :10] = 1
    return PaddedFrameSpeed(), (feats, Tensor(valid))

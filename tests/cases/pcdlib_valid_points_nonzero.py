# case: padded point batch: encoder keeps only valid points via ops.nonzero on the padding mask and gather_nd before a global mean -> dynamic (nonzero output size from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, in_channels=6, hidden=32, drop_padded=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.drop_padded = drop_padded


class PointEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.drop_padded = config.drop_padded
        self.mlp = nn.SequentialCell([nn.Dense(config.in_channels, config.hidden), nn.ReLU()])

    def _select_valid(self, feats, valid):
        idx = ops.nonzero(valid)              # (M, 2) -> [batch, point]
        return ops.gather_nd(feats, idx), idx[:, 0]

    def construct(self, feats, valid):
        b = feats.shape[0]
        if self.drop_padded:
            pts, batch_id = self._select_valid(feats, valid)
            h = self.mlp(pts)
            summed = ops.unsorted_segment_sum(h, batch_id, b)
            count = ops.unsorted_segment_sum(ops.ones_like(batch_id).astype(ms.float32), batch_id, b)
            return summed / count.expand_dims(-1)
        return self.mlp(feats).mean(1)


def make():
    np.random.seed(3497)
    feats = Tensor(np.random.randn(2, 48, 6).astype(np.float32))
    valid = np.zeros((2, 48), dtype=bool)
    valid[0, :40] = True
    valid[1, :29] = True
    return PointEncoder(EncoderConfig()), (feats, Tensor(valid))

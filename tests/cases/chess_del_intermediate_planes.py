# case: history-plane encoder frees the stacked history tensor with del after flattening it, to save memory -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoder(nn.Cell):
    def __init__(self, history=8, planes=12, out_dim=64):
        super().__init__()
        self.conv = nn.Conv2d(history * planes, 32, 3, pad_mode="same")
        self.fc = nn.Dense(32 * 64, out_dim)

    def construct(self, positions):
        b, t, p, h, w = positions.shape
        stacked = positions.reshape(b, t * p, h, w)
        feat = ops.relu(self.conv(stacked))
        del stacked
        return self.fc(feat.reshape(b, -1))


def make():
    np.random.seed(32)
    pos = Tensor((np.random.rand(2, 8, 12, 8, 8) > 0.9).astype(np.float32))
    return HistoryEncoder(), (pos,)

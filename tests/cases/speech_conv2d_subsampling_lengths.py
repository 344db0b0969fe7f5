# case: Conformer Conv2d 4x subsampling that updates the length tensor arithmetically and builds the output mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Conv2dSubsampling4(nn.Cell):
    def __init__(self, idim=12, odim=8, dropout=0.0):
        super().__init__()
        self.conv = nn.SequentialCell([
            nn.Conv2d(1, odim, 3, stride=2, pad_mode="valid"), nn.ReLU(),
            nn.Conv2d(odim, odim, 3, stride=2, pad_mode="valid"), nn.ReLU(),
        ])
        f = ((idim - 1) // 2 - 1) // 2
        self.out = nn.Dense(odim * f, odim)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else None

    @staticmethod
    def out_lengths(lengths):
        return ((lengths - 1) // 2 - 1) // 2

    def construct(self, feats, lengths):
        x = self.conv(feats.expand_dims(1))          # (B, C, T', F')
        b, c, t, f = x.shape
        x = self.out(x.transpose(0, 2, 1, 3).reshape(b, t, c * f))
        if self.dropout is not None:
            x = self.dropout(x)
        new_len = self.out_lengths(lengths)
        mask = ops.arange(t).reshape(1, -1) < new_len.reshape(-1, 1)
        return x, new_len, mask


def make():
    np.random.seed(45)
    feats = Tensor(np.random.randn(2, 20, 12).astype(np.float32))
    return Conv2dSubsampling4(), (feats, Tensor(np.array([20, 15], np.int32)))

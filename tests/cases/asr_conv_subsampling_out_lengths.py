# case: Conv2d x4 subsampling with output lengths computed arithmetically on the length tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conv_out_length(lengths, kernel_size=3, stride=2, padding=0):
    return ops.floor_divide(lengths + 2 * padding - kernel_size, stride) + 1


class Conv2dSubsampling4(nn.Cell):
    def __init__(self, idim=20, odim=16, dropout_rate=0.0):
        super().__init__()
        self.conv = nn.SequentialCell(
            nn.Conv2d(1, odim, 3, 2, pad_mode="valid", has_bias=True), nn.ReLU(),
            nn.Conv2d(odim, odim, 3, 2, pad_mode="valid", has_bias=True), nn.ReLU(),
        )
        f_out = ((idim - 1) // 2 - 1) // 2
        self.out = nn.Dense(odim * f_out, odim)
        self.dropout = nn.Dropout(p=dropout_rate) if dropout_rate > 0 else None

    def construct(self, x, x_lens):
        x = self.conv(x.expand_dims(1))          # (B, C, T', F')
        b, c, t, f = x.shape
        x = self.out(x.transpose(0, 2, 1, 3).reshape(b, t, c * f))
        if self.dropout is not None:
            x = self.dropout(x)
        out_lens = conv_out_length(conv_out_length(x_lens))
        return x, out_lens


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(2, 31, 20).astype(np.float32))
    lens = Tensor(np.array([31, 25], dtype=np.int32))
    return Conv2dSubsampling4(), (x, lens)

# case: Conv2dSubsampling4 computes subsampled lengths and, under a default-on config flag, trims the output to the longest utterance via .item() -> slice bound from a tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubsampleConfig:
    def __init__(self, idim=20, odim=32, dropout_rate=0.0, trim_to_longest=True):
        self.idim = idim
        self.odim = odim
        self.dropout_rate = dropout_rate
        self.trim_to_longest = trim_to_longest


def conv_out_len(lengths, kernel=3, stride=2):
    return (lengths - kernel) // stride + 1


class Conv2dSubsampling4(nn.Cell):
    """Conv2d subsampling to 1/4 length (WeNet style)."""

    def __init__(self, config):
        super().__init__()
        self.conv = nn.SequentialCell([
            nn.Conv2d(1, config.odim, 3, 2, pad_mode="valid", has_bias=True), nn.ReLU(),
            nn.Conv2d(config.odim, config.odim, 3, 2, pad_mode="valid", has_bias=True), nn.ReLU(),
        ])
        f_out = ((config.idim - 1) // 2 - 1) // 2
        self.out = nn.Dense(config.odim * f_out, config.odim)
        self.dropout = nn.Dropout(p=config.dropout_rate) if config.dropout_rate > 0 else nn.Identity()
        self.trim_to_longest = getattr(config, "trim_to_longest", False)

    def construct(self, xs, xs_lens):
        x = self.conv(xs.expand_dims(1))          # (B, C, T', F')
        b, c, t, f = x.shape
        x = self.out(x.transpose(0, 2, 1, 3).reshape(b, t, c * f))
        x = self.dropout(x)
        lens = conv_out_len(conv_out_len(xs_lens))
        if self.trim_to_longest:
            max_len = lens.max().item()
            x = x[:, :max_len]
        return x, lens


def make():
    np.random.seed(1)
    cfg = SubsampleConfig()
    xs = Tensor(np.random.randn(2, 48, 20).astype(np.float32))
    lens = Tensor(np.array([48, 36], dtype=np.int32))
    return Conv2dSubsampling4(cfg), (xs, lens)

# case: encoder crops the padded batch to the longest utterance using lengths.max() -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, 3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x)) + x


class PaddedEncoder(nn.Cell):
    def __init__(self, in_dim=8, num_blocks=2, crop_padding=True):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(in_dim) for _ in range(num_blocks)])
        self.crop_padding = crop_padding

    def construct(self, feats, lengths):
        # feats: (B, C, T) padded to a bucket size
        if self.crop_padding:
            max_len = lengths.max()
            feats = feats[:, :, :max_len]
        for blk in self.blocks:
            feats = blk(feats)
        return feats


def make():
    np.random.seed(2)
    feats = Tensor(np.random.randn(3, 8, 20).astype(np.float32))
    lengths = Tensor(np.array([12, 15, 9], dtype=np.int32))
    return PaddedEncoder(), (feats, lengths)

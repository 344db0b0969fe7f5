# case: padded batch is cropped to the longest actual clip length (lengths.max()) before the encoder -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvEncoder(nn.Cell):
    def __init__(self, in_dim=8, hid=16, layers=2):
        super().__init__()
        blocks = []
        dim = in_dim
        for _ in range(layers):
            blocks.append(nn.Conv1d(dim, hid, 3, pad_mode="same", has_bias=True))
            blocks.append(nn.ReLU())
            dim = hid
        self.body = nn.SequentialCell(blocks)

    def construct(self, x):
        return self.body(x)


class PaddedClipEncoder(nn.Cell):
    def __init__(self, in_dim=8, hid=16, n_events=3):
        super().__init__()
        self.encoder = ConvEncoder(in_dim, hid)
        self.head = nn.Conv1d(hid, n_events, 1, has_bias=True)

    def construct(self, feats, lengths):
        # feats: (B, F, T_pad), lengths: (B,)
        t_max = lengths.max()
        feats = feats[:, :, :t_max]
        h = self.encoder(feats)
        return ops.sigmoid(self.head(h))


def make():
    np.random.seed(13)
    feats = np.random.randn(2, 8, 30).astype(np.float32)
    lengths = np.array([21, 14], dtype=np.int32)
    return PaddedClipEncoder(), (Tensor(feats), Tensor(lengths))

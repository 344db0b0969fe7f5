# case: subsampling front end that trims padded frames to the batch's longest output length -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Conv1dSubsampling(nn.Cell):
    def __init__(self, idim=16, odim=24, kernel_size=3, stride=2, trim_padding=True):
        super().__init__()
        self.conv1 = nn.Conv1d(idim, odim, kernel_size, stride, pad_mode="valid", has_bias=True)
        self.conv2 = nn.Conv1d(odim, odim, kernel_size, stride, pad_mode="valid", has_bias=True)
        self.act = nn.GELU()
        self.kernel_size = kernel_size
        self.stride = stride
        self.trim_padding = trim_padding

    def output_lengths(self, lens):
        for _ in range(2):
            lens = (lens - self.kernel_size) // self.stride + 1
        return lens

    def construct(self, feats, feat_lens):
        x = feats.transpose(0, 2, 1)
        x = self.act(self.conv2(self.act(self.conv1(x))))
        x = x.transpose(0, 2, 1)
        out_lens = self.output_lengths(feat_lens)
        if self.trim_padding:
            max_len = out_lens.max()
            x = x[:, :max_len]
        return x, out_lens


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(2, 40, 16).astype(np.float32))
    lens = Tensor(np.array([30, 22], dtype=np.int32))
    return Conv1dSubsampling(), (feats, lens)

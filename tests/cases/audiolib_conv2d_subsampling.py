# case: Conv2d subsampling front end (subclass of nn.Conv2d) that updates the length tensor arithmetically and trims the time axis using x.shape values only -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubsamplingConfig:
    def __init__(self, idim=40, odim=16, subsample_time_only=False):
        self.idim = idim
        self.odim = odim
        self.subsample_time_only = subsample_time_only


class StridedConv2d(nn.Conv2d):
    def __init__(self, in_ch, out_ch, kernel_size=3, stride=2):
        super().__init__(in_ch, out_ch, kernel_size, stride=stride, pad_mode="valid", has_bias=True)

    def construct(self, x):
        return ops.relu(super().construct(x))


def conv_out_len(lengths, kernel=3, stride=2):
    return (lengths - kernel) // stride + 1


class Conv2dSubsampling4(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv1 = StridedConv2d(1, config.odim)
        self.conv2 = StridedConv2d(config.odim, config.odim)
        f = ((config.idim - 1) // 2 - 1) // 2
        self.out = nn.Dense(config.odim * f, config.odim)

    def construct(self, feats, lengths):
        x = self.conv2(self.conv1(feats.expand_dims(1)))
        b, c, t, f = x.shape
        x = self.out(x.transpose(0, 2, 1, 3).reshape(b, t, c * f))
        lengths = conv_out_len(conv_out_len(lengths))
        even_t = (x.shape[1] // 2) * 2
        return x[:, :even_t], lengths


def make():
    np.random.seed(3324)
    net = Conv2dSubsampling4(SubsamplingConfig())
    feats = Tensor(np.random.randn(2, 33, 40).astype(np.float32))
    lengths = Tensor(np.array([33, 27], dtype=np.int32))
    return net, (feats, lengths)

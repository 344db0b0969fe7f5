# case: convolutional subsampling whose stride stack (4/6/8) is chosen from the config, lengths updated per stride and the pad mask built from the output time axis -> all sizes are Python ints, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SUBSAMPLE_STRIDES = {4: (2, 2), 6: (2, 3), 8: (2, 2, 2)}


class EncoderConfig:
    idim = 20
    odim = 32
    subsample_factor = 6
    kernel_size = 3


class ConvSubsampling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.kernel = config.kernel_size
        self.strides = SUBSAMPLE_STRIDES[config.subsample_factor]
        self.convs = self._build_convs(config)
        f = config.idim
        for s in self.strides:
            f = (f - self.kernel) // s + 1
        self.proj = nn.Dense(config.odim * f, config.odim)

    def _build_convs(self, config):
        layers, in_ch = [], 1
        for s in self.strides:
            layers.append(nn.Conv2d(in_ch, config.odim, self.kernel, s, pad_mode="valid", has_bias=True))
            in_ch = config.odim
        return nn.CellList(layers)

    def construct(self, xs, xs_lens):
        x = xs.expand_dims(1)
        for conv, stride in zip(self.convs, self.strides):
            x = ops.relu(conv(x))
            xs_lens = (xs_lens - self.kernel) // stride + 1
        b, c, t, f = x.shape
        x = self.proj(x.transpose(0, 2, 1, 3).reshape(b, t, c * f))
        mask = ops.arange(t).expand_dims(0) < xs_lens.expand_dims(1)
        return x, mask


def make():
    np.random.seed(2)
    xs = Tensor(np.random.randn(2, 60, 20).astype(np.float32))
    lens = Tensor(np.array([60, 41], dtype=np.int32))
    return ConvSubsampling(EncoderConfig()), (xs, lens)

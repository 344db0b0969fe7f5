# case: Conformer convolution module with a causal depthwise conv (subclass of nn.Conv1d that left-pads lorder frames from the config), GLU, channel LayerNorm and an optional mask_pad multiplied in -> pad sizes are Python ints, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    channels = 32
    cnn_module_kernel = 7
    causal = True
    norm = "layer_norm"


class CausalDepthwiseConv1d(nn.Conv1d):
    def __init__(self, channels, kernel_size, causal=True):
        pad = 0 if causal else (kernel_size - 1) // 2
        super().__init__(channels, channels, kernel_size, pad_mode="pad", padding=pad,
                         group=channels, has_bias=False)
        self.lorder = kernel_size - 1 if causal else 0

    def construct(self, x):
        if self.lorder > 0:
            x = ops.pad(x, (self.lorder, 0), mode="constant", value=0.0)
        return super().construct(x)


class ChannelLayerNorm(nn.LayerNorm):
    def construct(self, x):                      # (B, C, T) -> normalise over C
        return super().construct(x.swapaxes(1, 2)).swapaxes(1, 2)


class ConvolutionModule(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.channels
        self.pointwise_conv1 = nn.Conv1d(c, 2 * c, 1, has_bias=True)
        self.depthwise_conv = CausalDepthwiseConv1d(c, config.cnn_module_kernel, config.causal)
        self.norm = ChannelLayerNorm((c,)) if config.norm == "layer_norm" else nn.BatchNorm1d(c)
        self.pointwise_conv2 = nn.Conv1d(c, c, 1, has_bias=True)

    def construct(self, x, mask_pad=None):
        x = x.swapaxes(1, 2)                      # (B, C, T)
        if mask_pad is not None:
            x = x * mask_pad.astype(x.dtype)
        a, b = ops.split(self.pointwise_conv1(x), x.shape[1], axis=1)
        x = a * ops.sigmoid(b)
        x = ops.silu(self.norm(self.depthwise_conv(x)))
        x = self.pointwise_conv2(x)
        if mask_pad is not None:
            x = x * mask_pad.astype(x.dtype)
        return x.swapaxes(1, 2)


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    mask_pad = Tensor((np.arange(20)[None] < np.array([20, 13])[:, None])[:, None, :])
    return ConvolutionModule(ConvConfig()), (x, mask_pad)

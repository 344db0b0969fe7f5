# case: EnCodec-style SConv1d computes the extra right padding with math.ceil on the frame count derived from x.shape and a causal flag from the config -> Graph mode folds it as shape arithmetic (static)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvConfig:
    def __init__(self, channels=16, kernel_size=7, stride=2, causal=False, pad_mode="constant"):
        self.channels = channels
        self.kernel_size = kernel_size
        self.stride = stride
        self.causal = causal
        self.pad_mode = pad_mode


def get_extra_padding_for_conv1d(length, kernel_size, stride, padding_total):
    n_frames = (length - kernel_size + padding_total) / stride + 1
    ideal_length = (math.ceil(n_frames) - 1) * stride + (kernel_size - padding_total)
    return ideal_length - length


class SConv1d(nn.Cell):
    def __init__(self, config, in_channels=1):
        super().__init__()
        self.conv = nn.Conv1d(in_channels, config.channels, config.kernel_size,
                              stride=config.stride, pad_mode="valid", has_bias=True)
        self.kernel_size = config.kernel_size
        self.stride = config.stride
        self.causal = config.causal
        self.pad_mode = config.pad_mode

    def construct(self, x):
        padding_total = self.kernel_size - self.stride
        extra = get_extra_padding_for_conv1d(x.shape[-1], self.kernel_size, self.stride, padding_total)
        if self.causal:
            x = ops.pad(x, (padding_total, extra), mode=self.pad_mode)
        else:
            right = padding_total // 2
            left = padding_total - right
            x = ops.pad(x, (left, right + extra), mode=self.pad_mode)
        return self.conv(x)


def make():
    np.random.seed(3595)
    layer = SConv1d(ConvConfig())
    wav = Tensor(np.random.randn(2, 1, 1001).astype(np.float32))
    return layer, (wav,)

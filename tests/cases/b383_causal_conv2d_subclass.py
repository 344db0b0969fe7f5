# case: streaming-friendly causal Conv2d subclass pads only the past side of the time axis with ops.pad using kernel-size constants before calling super().construct, stacked in a DS-CNN body -> constant padding, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalConv2d(nn.Conv2d):
    """Conv over (time, freq) that never looks at future frames."""

    def __init__(self, in_channels, out_channels, kernel_size=(3, 3), **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, pad_mode="valid", **kwargs)
        kt, kf = kernel_size
        self.time_pad = kt - 1
        self.freq_pad = (kf // 2, kf - 1 - kf // 2)

    def construct(self, x):
        x = ops.pad(x, (self.freq_pad[0], self.freq_pad[1], self.time_pad, 0))
        return super().construct(x)


class DSCNNConfig:
    def __init__(self, channels=8, num_layers=2, num_labels=12):
        self.channels = channels
        self.num_layers = num_layers
        self.num_labels = num_labels


class CausalDSCNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stem = CausalConv2d(1, config.channels, (5, 3), has_bias=True)
        self.body = nn.CellList([CausalConv2d(config.channels, config.channels, (3, 3), group=config.channels)
                                 for _ in range(config.num_layers)])
        self.cls = nn.Dense(config.channels, config.num_labels)

    def construct(self, mfcc):
        x = ops.relu(self.stem(mfcc.expand_dims(1)))
        for conv in self.body:
            x = ops.relu(conv(x)) + x
        return self.cls(x[:, :, -1, :].mean(axis=-1))


def make():
    np.random.seed(38333)
    mfcc = Tensor(np.random.randn(2, 20, 10).astype(np.float32))
    return CausalDSCNN(DSCNNConfig()), (mfcc,)

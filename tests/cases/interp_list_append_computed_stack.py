# case: spiking block appends a value computed from the NumPy mixin result (rate times two) to a list each step, then stacks the list -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, channels=4, tau=2.0, v_threshold=1.0, monitor_firing=True):
        self.channels = channels
        self.tau = tau
        self.v_threshold = v_threshold
        self.monitor_firing = monitor_firing


class FiringRateMonitorMixin:
    def record_rate(self, spike):
        rate = np.mean(spike.asnumpy())
        return Tensor(np.array([rate], dtype=np.float32))


class SpikingConvBlock(nn.Cell, FiringRateMonitorMixin):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(2, config.channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(config.channels)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.monitor_firing = config.monitor_firing

    def construct(self, frames):
        v = None
        spike = ops.zeros((frames.shape[1], self.conv.out_channels) + frames.shape[3:], ms.float32)
        rates = []
        for t in range(frames.shape[0]):
            x = self.bn(self.conv(frames[t]))
            v = x / self.tau if v is None else v + (x - v) / self.tau
            spike = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - spike)
            if self.monitor_firing:
                r = self.record_rate(spike) * 2.0
                rates.append(r)
        return spike, ops.stack(rates)


def make():
    np.random.seed(3812)
    frames = Tensor((np.random.rand(3, 2, 2, 8, 8) > 0.5).astype(np.float32))
    net = SpikingConvBlock(BlockConfig())
    net.set_train(False)
    return net, (frames,)

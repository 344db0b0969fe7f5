# case: SpikingConv2d subclasses nn.Conv2d for DVS gesture frames, merges time into batch with shape-only reshapes and pools spikes over space -> reshapes from static shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DVSConfig:
    def __init__(self, in_channels=2, channels=4, tau=2.0, v_threshold=1.0, flatten_time=True):
        self.in_channels = in_channels
        self.channels = channels
        self.tau = tau
        self.v_threshold = v_threshold
        self.flatten_time = flatten_time


def seq_to_batch(x_seq):
    T, B = x_seq.shape[0], x_seq.shape[1]
    return x_seq.reshape((T * B,) + x_seq.shape[2:]), T, B


class SpikingConv2d(nn.Conv2d):
    def __init__(self, config, **kwargs):
        super().__init__(config.in_channels, config.channels, 3, pad_mode="same", **kwargs)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.flatten_time = getattr(config, "flatten_time", False)

    def construct(self, x_seq):
        if self.flatten_time:
            flat, T, B = seq_to_batch(x_seq)
            y_seq = super().construct(flat)
            y_seq = y_seq.reshape((T, B) + y_seq.shape[1:])
        else:
            y_seq = ops.stack([super().construct(x_seq[t]) for t in range(x_seq.shape[0])])
        v = ops.zeros_like(y_seq[0])
        spikes = []
        for t in range(y_seq.shape[0]):
            v = v + (y_seq[t] - v) / self.tau
            s = (v >= self.v_threshold).astype(v.dtype)
            v = v * (1.0 - s)
            spikes.append(s)
        spike_seq = ops.stack(spikes)
        return spike_seq.mean(axis=(3, 4))


def make():
    np.random.seed(3836)
    frames = Tensor((np.random.rand(3, 2, 2, 8, 8) > 0.5).astype(np.float32) * 2.0)
    return SpikingConv2d(DVSConfig(), has_bias=True), (frames,)

# case: neuromorphic dataloader may hand the SNN either a stacked event tensor or a tuple of per-step frames; an isinstance guard stacks the tuple first -> isinstance on Python containers, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameSNNConfig:
    def __init__(self, in_features=8, hidden=6, tau=2.0, v_threshold=1.0):
        self.in_features = in_features
        self.hidden = hidden
        self.tau = tau
        self.v_threshold = v_threshold


def to_time_major(frames):
    if isinstance(frames, (list, tuple)):
        return ops.stack(frames, axis=0)
    return frames


class FrameSNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.in_features, config.hidden)
        self.tau = config.tau
        self.v_threshold = config.v_threshold

    def construct(self, frames, *args, **kwargs):
        x_seq = to_time_major(frames)
        if not isinstance(x_seq, Tensor):
            raise TypeError("frames must be a Tensor or a sequence of Tensors")
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            spikes.append(s)
        return ops.stack(spikes).mean(0)


def make():
    np.random.seed(3829)
    frames = tuple(Tensor(np.random.rand(3, 8).astype(np.float32) * 3.0) for _ in range(4))
    return FrameSNN(FrameSNNConfig()), (frames,)

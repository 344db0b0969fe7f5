# case: event-sequence classifier drops the config warm-up steps and averages spikes over the second half of x_seq.shape[0] -> slices from config ints and shapes only, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqConfig:
    def __init__(self, in_features=10, num_classes=4, tau=2.0, v_threshold=1.0, warmup_steps=2, trim_padding=True):
        self.in_features = in_features
        self.num_classes = num_classes
        self.tau = tau
        self.v_threshold = v_threshold
        self.warmup_steps = warmup_steps
        self.trim_padding = trim_padding


def lif_step(x, v, tau, v_threshold):
    v = v + (x - v) / tau
    spike = (v >= v_threshold).astype(x.dtype)
    return spike, v * (1.0 - spike)


class EventSequenceClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.in_features, config.num_classes)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.warmup_steps = config.warmup_steps
        self.trim_padding = config.trim_padding

    def _trim(self, x_seq):
        if not self.trim_padding:
            return x_seq
        return x_seq[self.warmup_steps:]

    def construct(self, x_seq):
        x_seq = self._trim(x_seq)
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        spikes = []
        for t in range(x_seq.shape[0]):
            s, v = lif_step(self.fc(x_seq[t]), v, self.tau, self.v_threshold)
            spikes.append(s)
        spike_seq = ops.stack(spikes)
        half = spike_seq.shape[0] // 2
        return spike_seq[half:].mean(axis=0)


def make():
    np.random.seed(3825)
    x_seq = Tensor(np.random.rand(8, 3, 10).astype(np.float32) * 2.0)
    return EventSequenceClassifier(SeqConfig()), (x_seq,)

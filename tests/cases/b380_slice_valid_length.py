# case: event-sequence classifier trims the padded time axis to the longest valid length of the batch before running LIF steps -> slice length from tensor data, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqConfig:
    def __init__(self, in_features=10, num_classes=4, tau=2.0, v_threshold=1.0, trim_padding=True):
        self.in_features = in_features
        self.num_classes = num_classes
        self.tau = tau
        self.v_threshold = v_threshold
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
        self.trim_padding = config.trim_padding

    def _trim(self, x_seq, lengths):
        if lengths is None or not self.trim_padding:
            return x_seq
        t_max = int(lengths.max())
        return x_seq[:t_max]

    def construct(self, x_seq, lengths=None):
        x_seq = self._trim(x_seq, lengths)
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counter = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            s, v = lif_step(self.fc(x_seq[t]), v, self.tau, self.v_threshold)
            counter += s
        return counter / x_seq.shape[0]


def make():
    np.random.seed(3806)
    x_seq = Tensor(np.random.rand(8, 3, 10).astype(np.float32) * 2.0)
    lengths = Tensor(np.array([5, 6, 3], dtype=np.int32))
    return EventSequenceClassifier(SeqConfig()), (x_seq, lengths)

# case: event-sequence classifier masks padded time steps with an arange < lengths mask multiplied into the input instead of slicing -> lengths from data only scale values, shapes stay static, expect static graph
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


def length_mask(lengths, max_len):
    steps = ops.arange(max_len, dtype=lengths.dtype)
    return (steps.reshape(-1, 1) < lengths.reshape(1, -1)).astype(ms.float32)


class EventSequenceClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.in_features, config.num_classes)
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.trim_padding = config.trim_padding

    def construct(self, x_seq, lengths=None):
        mask = None
        if lengths is not None and self.trim_padding:
            mask = length_mask(lengths, x_seq.shape[0])
            x_seq = x_seq * mask.expand_dims(-1)
        v = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        counter = ops.zeros_like(v)
        for t in range(x_seq.shape[0]):
            v = v + (self.fc(x_seq[t]) - v) / self.tau
            s = (v >= self.v_threshold).astype(ms.float32)
            v = v * (1.0 - s)
            counter += s if mask is None else s * mask[t].expand_dims(-1)
        denom = x_seq.shape[0] if mask is None else mask.sum(0).expand_dims(-1)
        return counter / denom


def make():
    np.random.seed(3839)
    x_seq = Tensor(np.random.rand(8, 3, 10).astype(np.float32) * 2.0)
    lengths = Tensor(np.array([5, 6, 3], dtype=np.int32))
    return EventSequenceClassifier(SeqConfig()), (x_seq, lengths)

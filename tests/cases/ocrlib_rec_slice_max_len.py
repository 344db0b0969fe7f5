# case: recognizer head trims the padded feature sequence to the longest valid width in the batch (int of a tensor max) before the sequence encoder -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqEncoderConfig:
    def __init__(self, hidden=32, num_classes=37, downsample=4, trim_padding=True):
        self.hidden = hidden
        self.num_classes = num_classes
        self.downsample = downsample
        self.trim_padding = trim_padding


def _feature_lengths(widths, downsample):
    return (widths + downsample - 1) // downsample


class TrimmedCTCHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.downsample = config.downsample
        self.trim_padding = config.trim_padding
        self.encoder = nn.Dense(config.hidden, config.hidden)
        self.fc = nn.Dense(config.hidden, config.num_classes)

    def _trim(self, feats, widths):
        lengths = _feature_lengths(widths, self.downsample)
        max_len = int(lengths.max())
        return feats[:, :max_len], lengths

    def construct(self, feats, widths):
        lengths = None
        if self.trim_padding:
            feats, lengths = self._trim(feats, widths)
        logits = self.fc(ops.relu(self.encoder(feats)))
        return ops.log_softmax(logits, axis=-1), lengths


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(3, 32, 32).astype(np.float32))
    widths = Tensor(np.array([100, 64, 80], np.int32))
    return TrimmedCTCHead(SeqEncoderConfig()), (feats, widths)

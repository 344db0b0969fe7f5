# case: masked cross-entropy mixin drops unlabelled pixels (label 0) by boolean indexing before the loss -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HSIConfig:
    def __init__(self, num_bands=24, num_classes=9, ignore_label=0, hidden=32):
        self.num_bands = num_bands
        self.num_classes = num_classes
        self.ignore_label = ignore_label
        self.hidden = hidden


class MaskedLossMixin:
    def masked_cross_entropy(self, logits, labels):
        valid = labels != self.ignore_label
        logits = logits[valid]
        target = labels[valid] - 1
        return ops.cross_entropy(logits, target)


class PixelClassifier(nn.Cell, MaskedLossMixin):
    def __init__(self, config):
        super().__init__()
        self.ignore_label = config.ignore_label
        self.encoder = nn.SequentialCell(
            nn.Dense(config.num_bands, config.hidden), nn.ReLU(),
            nn.Dense(config.hidden, config.num_classes))

    def construct(self, spectra, labels=None):
        logits = self.encoder(spectra)
        if labels is None:
            return (logits,)
        loss = self.masked_cross_entropy(logits, labels)
        return loss, logits


def make():
    np.random.seed(3823)
    cfg = HSIConfig()
    x = Tensor(np.random.rand(50, cfg.num_bands).astype(np.float32))
    y = Tensor(np.random.randint(0, cfg.num_classes + 1, size=(50,)).astype(np.int32))
    return PixelClassifier(cfg), (x, y)

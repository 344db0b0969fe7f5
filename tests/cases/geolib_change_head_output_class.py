# case: siamese change-detection head returns a small ChangeDetectionOutput object because the config asks for return_dict -> a plain Python class built in construct should be rejected by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ChangeDetectionOutput:
    def __init__(self, logits, features=None):
        self.logits = logits
        self.features = features


class ChangeHeadConfig:
    def __init__(self, in_channels=8, hidden=16, num_classes=2, return_dict=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.num_classes = num_classes
        self.return_dict = return_dict


class SiameseChangeHead(nn.Cell):
    def __init__(self, config, encoder: Optional[nn.Cell] = None):
        super().__init__()
        if encoder is None:
            encoder = nn.Conv2d(config.in_channels, config.hidden, 3, pad_mode="same")
        self.encoder = encoder
        self.classifier = nn.Conv2d(config.hidden, config.num_classes, 1)
        self.return_dict = config.return_dict

    def construct(self, before, after, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        diff = ops.abs(self.encoder(after) - self.encoder(before))
        logits = self.classifier(ops.relu(diff))
        if not return_dict:
            return (logits, diff)
        return ChangeDetectionOutput(logits=logits, features=diff)


def make():
    np.random.seed(3375)
    t0 = Tensor(np.random.rand(1, 8, 32, 32).astype(np.float32))
    t1 = Tensor(np.random.rand(1, 8, 32, 32).astype(np.float32))
    return SiameseChangeHead(ChangeHeadConfig()), (t0, t1)

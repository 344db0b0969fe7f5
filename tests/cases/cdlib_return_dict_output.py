# case: siamese change detector returns a small ChangeDetectorOutput object when use_return_dict (default True) is set, a tuple otherwise -> plain Python object returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CDConfig:
    def __init__(self, in_channels=3, hidden=8, num_classes=2, use_return_dict=True):
        self.in_channels = in_channels
        self.hidden = hidden
        self.num_classes = num_classes
        self.use_return_dict = use_return_dict


class ChangeDetectorOutput:
    def __init__(self, logits=None, diff_features=None):
        self.logits = logits
        self.diff_features = diff_features


class SiameseChangeDetector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Conv2d(config.in_channels, config.hidden, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.head = nn.Conv2d(config.hidden, config.num_classes, 1)
        self.use_return_dict = config.use_return_dict

    def construct(self, img_t1, img_t2, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        f1 = self.encoder(img_t1)
        f2 = self.encoder(img_t2)
        diff = ops.abs(f1 - f2)
        logits = self.head(diff)
        if not return_dict:
            return (logits, diff)
        return ChangeDetectorOutput(logits=logits, diff_features=diff)


def make():
    np.random.seed(16)
    a = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return SiameseChangeDetector(CDConfig()), (a, b)

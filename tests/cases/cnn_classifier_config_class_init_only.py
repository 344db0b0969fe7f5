# case: CNN classifier configured by a Python dataclass read only in __init__ (scalars copied to attributes); expect static at LAX and STRICT
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class Config:
    n_cls: int = 10
    width: int = 16
    temperature: float = 2.0
    label_smoothing: float = 0.1


class SmallCNN(nn.Cell):
    def __init__(self, cfg=Config()):
        super().__init__()
        w = cfg.width
        self.features = nn.SequentialCell([
            nn.Conv2d(3, w, 3, pad_mode="same"), nn.BatchNorm2d(w), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(w, 2 * w, 3, pad_mode="same"), nn.BatchNorm2d(2 * w), nn.ReLU()])
        self.fc = nn.Dense(2 * w, cfg.n_cls)
        self.temperature = cfg.temperature
        self.smooth = cfg.label_smoothing
        self.n_cls = cfg.n_cls

    def construct(self, x, y):
        h = self.features(x).mean(axis=(2, 3))
        logits = self.fc(h) / self.temperature
        tgt = ops.one_hot(y, self.n_cls, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        tgt = tgt * (1 - self.smooth) + self.smooth / self.n_cls
        loss = -(tgt * ops.log_softmax(logits, axis=-1)).sum(axis=-1).mean()
        return loss, ops.softmax(logits, axis=-1)


def make():
    x = Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32))
    return SmallCNN(), (x, Tensor(np.array([1, 7], np.int32)))

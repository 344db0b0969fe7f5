# case: CNN classifier builds a small Python helper class (output record) inside construct and reads fields off it; expect error at STRICT, LAX falls back to interpretation (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Prediction:
    def __init__(self, logits, temperature):
        self.logits = logits
        self.temperature = temperature

    def probs(self):
        return ops.softmax(self.logits / self.temperature, axis=-1)


class SmallCNN(nn.Cell):
    def __init__(self, n_cls=10, temperature=2.0):
        super().__init__()
        self.features = nn.SequentialCell([
            nn.Conv2d(3, 16, 3, pad_mode="same"), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(16, 32, 3, pad_mode="same"), nn.BatchNorm2d(32), nn.ReLU()])
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(32, n_cls)
        self.temperature = temperature

    def construct(self, x):
        h = self.gap(self.features(x)).reshape(x.shape[0], -1)
        pred = Prediction(self.fc(h), self.temperature)
        return pred.probs()


def make():
    return SmallCNN(), (Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32)),)

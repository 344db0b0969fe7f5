# case: temperature scaling with a learnable log-temperature Parameter and an NLL objective -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FrozenClassifier(nn.Cell):
    def __init__(self, in_dim=10, n_classes=5):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, x):
        return ops.stop_gradient(self.fc(x))


class CalibratedModel(nn.Cell):
    def __init__(self, base, init_temperature=1.5, min_temperature=0.05):
        super().__init__()
        self.base = base
        self.log_t = Parameter(Tensor(np.log(init_temperature), ms.float32), name="log_temperature")
        self.min_temperature = min_temperature
        self.nll = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")

    def temperature(self):
        return ops.clamp(ops.exp(self.log_t), min=self.min_temperature)

    def construct(self, x, labels=None):
        scaled = self.base(x) / self.temperature()
        if labels is None:
            return ops.softmax(scaled, axis=-1)
        return self.nll(scaled, labels)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(8, 10).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(8,)).astype(np.int32))
    return CalibratedModel(FrozenClassifier()), (x, labels)

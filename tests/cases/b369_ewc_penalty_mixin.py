# case: EWC penalty summed over (weight, anchor, fisher) triples with zip in a mixin; a diagnostics branch calling .asnumpy() sits behind online_stats=False -> branch never taken, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class EWCConfig:
    ewc_lambda = 50.0
    online_stats = False   # only the offline evaluation scripts switch this on
    hidden = 16


class EWCMixin:
    def tracked_weights(self):
        return (self.body.weight, self.head.weight)

    def ewc_penalty(self):
        total = 0.0
        for w, a, f in zip(self.tracked_weights(), self.anchors, self.fishers):
            total = total + (f * (w - a) ** 2).sum()
        if self.online_stats:
            self.last_penalty = float(total.asnumpy())
        return total


class TwoLayerClient(EWCMixin, nn.Cell):
    def __init__(self, config, in_dim=12, num_classes=3):
        super().__init__()
        self.body = nn.Dense(in_dim, config.hidden, activation="relu")
        self.head = nn.Dense(config.hidden, num_classes)
        self.ewc_lambda = config.ewc_lambda
        self.online_stats = config.online_stats
        self.anchors = ParameterTuple([self._snapshot(w, "anchor", i) for i, w in enumerate(self.tracked_weights())])
        self.fishers = ParameterTuple([self._snapshot(w, "fisher", i, fill=0.01) for i, w in enumerate(self.tracked_weights())])

    @staticmethod
    def _snapshot(weight, tag, idx, fill=None):
        value = weight.asnumpy().copy() if fill is None else np.full(weight.shape, fill, np.float32)
        return Parameter(Tensor(value), name=f"{tag}_{idx}", requires_grad=False)

    def construct(self, x, y):
        loss = ops.cross_entropy(self.head(self.body(x)), y)
        return loss + 0.5 * self.ewc_lambda * self.ewc_penalty()


def make():
    np.random.seed(6)
    net = TwoLayerClient(EWCConfig())
    x = Tensor(np.random.randn(5, 12).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=(5,)).astype(np.int32))
    return net, (x, y)

# case: ConfusionMatrixMetric Cell creates a @ms.jit_class ConfusionState inside construct and increments its tp/fp/fn fields batch by batch before computing sensitivity and precision -> jit_class object created and mutated in construct, outcome uncertain in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ConfusionState:
    def __init__(self, tp, fp, fn):
        self.tp = tp
        self.fp = fp
        self.fn = fn


class MetricConfig:
    include_background = False
    metric_names = ("sensitivity", "precision")


class ConfusionMatrixMetric(nn.Cell):
    def __init__(self, config=MetricConfig):
        super().__init__()
        self.include_background = config.include_background
        self.metric_names = config.metric_names

    def _update(self, state, p, g):
        state.tp = state.tp + (p * g).sum(axis=(1, 2, 3))
        state.fp = state.fp + (p * (1 - g)).sum(axis=(1, 2, 3))
        state.fn = state.fn + ((1 - p) * g).sum(axis=(1, 2, 3))

    def construct(self, y_pred, y):
        if not self.include_background:
            y_pred, y = y_pred[:, 1:], y[:, 1:]
        zeros = ops.zeros((y.shape[1],), ms.float32)
        state = ConfusionState(zeros, zeros, zeros)
        for b in range(y.shape[0]):
            self._update(state, y_pred[b], y[b])
        eps = 1e-6
        results = {"sensitivity": state.tp / (state.tp + state.fn + eps),
                   "precision": state.tp / (state.tp + state.fp + eps)}
        return tuple(results[name] for name in self.metric_names)


def make():
    np.random.seed(30)
    y = Tensor((np.random.rand(2, 3, 6, 6, 6) > 0.5).astype(np.float32))
    y_pred = Tensor((np.random.rand(2, 3, 6, 6, 6) > 0.5).astype(np.float32))
    return ConfusionMatrixMetric(), (y_pred, y)

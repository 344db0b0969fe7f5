# case: MeanDice metric Cell accumulates per-batch dice into self._total and self._count attributes inside construct and returns the running mean -> writing plain attributes of self in construct, expected to be rejected or ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetricConfig:
    include_background = True
    reduction = "mean_batch"
    get_not_nans = False


class CumulativeMixin:
    def reset(self):
        self._total = Tensor(0.0, ms.float32)
        self._count = Tensor(0.0, ms.float32)

    def _accumulate(self, value):
        self._total = self._total + value.sum()
        self._count = self._count + value.shape[0]


class MeanDice(nn.Cell, CumulativeMixin):
    def __init__(self, config=MetricConfig()):
        super().__init__()
        self.include_background = config.include_background
        self.reduction = config.reduction
        self.reset()

    def _compute_dice(self, y_pred, y):
        axes = tuple(range(2, y_pred.ndim))
        inter = (y_pred * y).sum(axis=axes)
        denom = y_pred.sum(axis=axes) + y.sum(axis=axes)
        return 2.0 * inter / ops.maximum(denom, Tensor(1e-6, ms.float32))

    def construct(self, y_pred, y):
        if not self.include_background:
            y_pred, y = y_pred[:, 1:], y[:, 1:]
        dice = self._compute_dice(y_pred, y)
        self._accumulate(dice.mean(axis=1))
        return self._total / self._count


def make():
    np.random.seed(6)
    lab = np.random.randint(0, 3, size=(2, 6, 6, 6))
    y = Tensor(np.eye(3, dtype=np.float32)[lab].transpose(0, 4, 1, 2, 3))
    pl = np.random.randint(0, 3, size=(2, 6, 6, 6))
    y_pred = Tensor(np.eye(3, dtype=np.float32)[pl].transpose(0, 4, 1, 2, 3))
    return MeanDice(), (y_pred, y)

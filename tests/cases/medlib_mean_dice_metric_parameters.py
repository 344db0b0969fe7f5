# case: MeanDice metric keeps its running sum and count in non-trainable Parameters created by a helper and updated with assign_add in construct -> Parameter side effects are supported, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MetricConfig:
    def __init__(self, include_background=True, ignore_empty=True):
        self.include_background = include_background
        self.ignore_empty = ignore_empty


class CumulativeMetric(nn.Cell):
    def __init__(self):
        super().__init__()
        self._init_buffers()

    def _init_buffers(self):
        self.total = Parameter(Tensor(0.0, ms.float32), name="total", requires_grad=False)
        self.count = Parameter(Tensor(0.0, ms.float32), name="count", requires_grad=False)

    def _update(self, values, valid):
        ops.assign_add(self.total, (values * valid).sum())
        ops.assign_add(self.count, valid.sum())
        return self.total / ops.maximum(self.count, Tensor(1.0, ms.float32))


class MeanDice(CumulativeMetric):
    def __init__(self, config=None):
        super().__init__()
        config = MetricConfig() if config is None else config
        self.include_background = config.include_background
        self.ignore_empty = config.ignore_empty

    def construct(self, y_pred, y):
        if not self.include_background:
            y_pred, y = y_pred[:, 1:], y[:, 1:]
        axes = tuple(range(2, y_pred.ndim))
        inter = (y_pred * y).sum(axis=axes)
        gt = y.sum(axis=axes)
        dice = 2.0 * inter / ops.maximum(y_pred.sum(axis=axes) + gt, Tensor(1e-6, ms.float32))
        valid = (gt > 0).astype(ms.float32) if self.ignore_empty else ops.ones_like(gt)
        return self._update(dice, valid)


def make():
    np.random.seed(7)
    lab = np.random.randint(0, 3, size=(2, 6, 6, 6))
    y = Tensor(np.eye(3, dtype=np.float32)[lab].transpose(0, 4, 1, 2, 3))
    pl = np.random.randint(0, 3, size=(2, 6, 6, 6))
    y_pred = Tensor(np.eye(3, dtype=np.float32)[pl].transpose(0, 4, 1, 2, 3))
    return MeanDice(MetricConfig(include_background=False)), (y_pred, y)

# case: trigger function accepting either a float threshold or a per-station threshold tensor, dispatched with isinstance on the argument -> type guard resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleTrigger(nn.Cell):
    def __init__(self, default_threshold=2.0):
        super().__init__()
        self.default_threshold = default_threshold

    def construct(self, ratio, threshold):
        # ratio: (n_stations, n_samples)
        if isinstance(threshold, Tensor):
            thr = threshold.reshape(-1, 1)
        else:
            thr = ops.fill(ms.float32, (ratio.shape[0], 1), threshold)
        on = ratio > thr
        return on.astype(ms.float32).sum(axis=1), on.any(axis=1)


def make():
    np.random.seed(43)
    ratio = (1.0 + 2.0 * np.random.rand(4, 30)).astype(np.float32)
    thr = np.array([2.5, 2.8, 2.2, 2.9], dtype=np.float32)
    return FlexibleTrigger(), (Tensor(ratio), Tensor(thr))

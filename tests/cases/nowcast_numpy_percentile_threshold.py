# case: derive an extreme-event threshold as the 95th percentile with np.percentile on a tensor inside construct -> NumPy on tensor in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExtremeMask(nn.Cell):
    def __init__(self, q=95.0, min_threshold=1.0):
        super().__init__()
        self.q = q
        self.min_threshold = min_threshold

    def construct(self, rain):
        thr = np.percentile(rain, self.q)
        thr = max(thr, self.min_threshold)
        mask = (rain >= thr).astype(ms.float32)
        return mask, mask.sum()


def make():
    np.random.seed(20)
    rain = Tensor(np.random.exponential(3.0, (12, 12)).astype(np.float32))
    return ExtremeMask(), (rain,)

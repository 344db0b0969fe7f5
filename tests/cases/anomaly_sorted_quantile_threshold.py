# case: pixel threshold as a quantile of normal anomaly maps via sort and an index computed from the static size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantileThreshold(nn.Cell):
    def __init__(self, quantile=0.99):
        super().__init__()
        self.quantile = quantile

    def quantile_index(self, n):
        return min(n - 1, int(round(self.quantile * (n - 1))))

    def construct(self, normal_maps, test_map):
        flat = normal_maps.reshape(-1)
        sorted_vals, _ = ops.sort(flat)
        thr = sorted_vals[self.quantile_index(flat.shape[0])]
        mask = (test_map > thr).astype(ms.float32)
        return thr, mask, mask.sum()


def make():
    np.random.seed(38)
    normal = np.random.rand(5, 8, 8).astype(np.float32)
    test = (np.random.rand(8, 8) * 1.05).astype(np.float32)
    return QuantileThreshold(), (Tensor(normal), Tensor(test))

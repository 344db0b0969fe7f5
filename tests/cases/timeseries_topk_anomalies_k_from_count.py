# case: reports the top anomalous timesteps, with k equal to the number of points above threshold (k from tensor data) -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZScoreAnomalyRanker(nn.Cell):
    def __init__(self, z_threshold=2.0, max_report=8):
        super().__init__()
        self.z_threshold = z_threshold
        self.max_report = max_report

    def zscores(self, x):
        mu = x.mean(axis=-1, keep_dims=True)
        sigma = x.std(axis=-1, keepdims=True) + 1e-6
        return ops.abs((x - mu) / sigma)

    def construct(self, x):
        z = self.zscores(x).reshape(-1)
        num_anomalies = int((z > self.z_threshold).sum())
        k = min(num_anomalies, self.max_report)
        values, positions = ops.topk(z, k)
        return values, positions


def make():
    np.random.seed(11)
    x = np.random.randn(1, 50).astype(np.float32)
    x[0, [7, 21, 40]] += 6.0
    return ZScoreAnomalyRanker(), (Tensor(x),)

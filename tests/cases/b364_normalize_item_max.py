# case: anomaly map normaliser divides by the map maximum pulled out with .item() when the config asks for per-batch normalisation -> .item() in construct, expect error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizationConfig:
    def __init__(self, method="per_batch", eps=1e-6, sigma=None):
        self.method = method
        self.eps = eps
        self.sigma = sigma


class AnomalyMapNormalizer(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else NormalizationConfig()
        self.method = config.method
        self.eps = config.eps

    def _scale(self, amap):
        max_val = amap.max().item()
        if max_val > self.eps:
            return amap / max_val
        return amap

    def construct(self, anomaly_map, image_scores=None):
        if self.method == "per_batch":
            anomaly_map = self._scale(anomaly_map)
        if image_scores is None:
            image_scores = anomaly_map.reshape(anomaly_map.shape[0], -1).max(axis=1)
        return anomaly_map, image_scores


def make():
    np.random.seed(3647)
    net = AnomalyMapNormalizer()
    amap = Tensor((np.random.rand(2, 1, 16, 16) * 4.0).astype(np.float32))
    return net, (amap,)

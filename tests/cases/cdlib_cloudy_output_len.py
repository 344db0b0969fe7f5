# case: prediction head returns only the change map for very cloudy scenes but (change map, confidence) otherwise, decided by the tensor cloud fraction -> tuples of different lengths from an if on a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, channels=8, max_cloud=0.5, output_confidence=True):
        self.channels = channels
        self.max_cloud = max_cloud
        self.output_confidence = output_confidence


class CloudAwareHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cls = nn.Conv2d(config.channels, 1, 1)
        self.max_cloud = config.max_cloud
        self.output_confidence = config.output_confidence

    def _too_cloudy(self, cloud_mask):
        return cloud_mask.mean() > self.max_cloud

    def construct(self, diff_feat, cloud_mask):
        prob = ops.sigmoid(self.cls(diff_feat)) * (1 - cloud_mask)
        if self._too_cloudy(cloud_mask):
            return (prob,)
        confidence = ops.abs(prob - 0.5) * 2
        return (prob, confidence)


def make():
    np.random.seed(29)
    feat = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    cloud = Tensor((np.random.rand(1, 1, 16, 16) > 0.8).astype(np.float32))
    return CloudAwareHead(HeadConfig()), (feat, cloud)

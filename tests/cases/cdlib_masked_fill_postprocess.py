# case: threshold post-processing fills cloud pixels with the ignore value via ops.masked_fill and binarises with a config threshold -> mask used elementwise, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_VALUE = 255.0


class PostConfig:
    def __init__(self, threshold=0.5, cloud_thresh=0.6, ignore_value=None):
        self.threshold = threshold
        self.cloud_thresh = cloud_thresh
        self.ignore_value = ignore_value


class ThresholdPostProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.cloud_thresh = config.cloud_thresh
        self.ignore_value = IGNORE_VALUE if config.ignore_value is None else config.ignore_value

    def construct(self, logits, cloud_prob):
        if logits.shape[1] > 1:
            prob = ops.softmax(logits, axis=1)[:, 1:2]
        else:
            prob = ops.sigmoid(logits)
        binary = (prob > self.threshold).astype(ms.float32)
        cloudy = cloud_prob > self.cloud_thresh
        return ops.masked_fill(binary, cloudy, self.ignore_value)


def make():
    np.random.seed(46)
    logits = Tensor(np.random.randn(2, 2, 16, 16).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return ThresholdPostProcessor(PostConfig()), (logits, cloud)

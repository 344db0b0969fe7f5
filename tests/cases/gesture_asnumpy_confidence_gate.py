# case: pulls frame confidences to the host with .asnumpy() to decide whether a clip is usable before classifying -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipQualityGate(nn.Cell):
    def __init__(self, min_mean_conf=0.4, num_classes=10):
        super().__init__()
        self.min_mean_conf = min_mean_conf
        self.fc = nn.Dense(42, num_classes)

    def is_usable(self, confidence):
        conf_np = confidence.asnumpy()
        return float(np.mean(conf_np)) >= self.min_mean_conf

    def construct(self, keypoints, confidence):
        t = keypoints.shape[0]
        logits = self.fc(keypoints.reshape(t, -1)).mean(axis=0)
        if not self.is_usable(confidence):
            logits = logits * 0.0
        return logits


def make():
    np.random.seed(13)
    kp = Tensor(np.random.randn(12, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(12).astype(np.float32))
    return ClipQualityGate(), (kp, conf)

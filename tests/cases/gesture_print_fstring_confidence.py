# case: logs the mean frame confidence with an f-string of a tensor inside construct while scoring a gesture -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseGestureHead(nn.Cell):
    def __init__(self, in_dim=42, num_classes=9, verbose=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)
        self.verbose = verbose

    def construct(self, keypoints, confidence):
        t = keypoints.shape[0]
        weights = confidence / (confidence.sum() + 1e-6)
        feats = (keypoints.reshape(t, -1) * weights.reshape(t, 1)).sum(axis=0)
        mean_conf = confidence.mean()
        if self.verbose:
            print(f"clip mean confidence = {mean_conf}")
        return self.fc(feats.reshape(1, -1))


def make():
    np.random.seed(19)
    kp = Tensor(np.random.randn(10, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(10).astype(np.float32))
    return VerboseGestureHead(), (kp, conf)

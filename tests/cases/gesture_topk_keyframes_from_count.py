# case: picks the top-k most confident keyframes where k is the number of frames above threshold (a tensor) -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelector(nn.Cell):
    def __init__(self, threshold=0.5, feat_dim=42):
        super().__init__()
        self.threshold = threshold
        self.feat_dim = feat_dim

    def count_confident(self, confidence):
        return (confidence > self.threshold).astype(ms.int32).sum()

    def construct(self, keypoints, confidence):
        k = self.count_confident(confidence)
        values, idx = ops.topk(confidence, k)
        frames = ops.gather(keypoints.reshape(keypoints.shape[0], self.feat_dim), idx, 0)
        weights = values / values.sum()
        return (frames * weights.reshape(-1, 1)).sum(axis=0)


def make():
    np.random.seed(25)
    kp = Tensor(np.random.randn(15, 21, 2).astype(np.float32))
    conf = np.random.rand(15).astype(np.float32)
    conf[2] = 0.95
    return KeyframeSelector(), (kp, Tensor(conf))

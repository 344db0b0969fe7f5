# case: lameness pipeline keeps only keypoints with detector confidence above 0.5 via boolean-mask indexing before averaging -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleKeypointMean(nn.Cell):
    def __init__(self, min_conf=0.5):
        super().__init__()
        self.min_conf = min_conf

    def construct(self, keypoints, confidence):
        # keypoints: (joints, 2), confidence: (joints,)
        visible = confidence > self.min_conf
        kept = keypoints[visible]
        centroid = kept.mean(axis=0)
        spread = ops.sqrt(((kept - centroid) ** 2).sum(axis=1)).mean()
        return centroid, spread


def make():
    np.random.seed(14)
    kp = np.random.uniform(0, 640, (12, 2)).astype(np.float32)
    conf = np.random.uniform(0, 1, (12,)).astype(np.float32)
    conf[0] = 0.9
    return VisibleKeypointMean(), (Tensor(kp), Tensor(conf))

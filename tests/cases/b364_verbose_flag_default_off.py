# case: anomaly detector with a print(f"...") score log guarded by a verbose flag whose config default is False and never switched on -> branch dropped at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectorConfig:
    def __init__(self, in_channels=16, verbose=False, image_size=(16, 16)):
        self.in_channels = in_channels
        self.verbose = verbose
        self.image_size = image_size


class ReconstructionHead(nn.Cell):
    def __init__(self, c):
        super().__init__()
        self.encode = nn.Conv2d(c, c // 2, 1)
        self.decode = nn.Conv2d(c // 2, c, 1)

    def construct(self, x):
        return self.decode(ops.relu(self.encode(x)))


class ReconstructionDetector(nn.Cell):
    def __init__(self, config: DetectorConfig):
        super().__init__()
        self.head = ReconstructionHead(config.in_channels)
        self.verbose = config.verbose
        self.image_size = config.image_size

    def construct(self, features):
        err = ((features - self.head(features)) ** 2).mean(axis=1, keep_dims=True)
        amap = ops.interpolate(err, size=self.image_size, mode="bilinear", align_corners=False)
        score = amap.reshape(amap.shape[0], -1).max(axis=1)
        if self.verbose:
            print(f"[detector] max anomaly score: {score.max()}")
        return score, amap


def make():
    np.random.seed(3662)
    net = ReconstructionDetector(DetectorConfig())
    feats = Tensor(np.random.randn(2, 16, 4, 4).astype(np.float32))
    return net, (feats,)

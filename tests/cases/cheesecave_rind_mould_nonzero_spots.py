# case: segment Penicillium rind mould in a wheel image and list the mould pixel coordinates with nonzero to get their centroid -> nonzero output size depends on data, expect dynamic or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MouldSegmenter(nn.Cell):
    def __init__(self, channels=(3, 8, 1)):
        super().__init__()
        layers = []
        for cin, cout in zip(channels[:-1], channels[1:]):
            layers.append(nn.Conv2d(cin, cout, 3, pad_mode="same"))
        self.body = nn.CellList(layers)

    def construct(self, img):
        x = img
        for i, conv in enumerate(self.body):
            x = conv(x)
            if i < len(self.body) - 1:
                x = ops.relu(x)
        return ops.sigmoid(x)


class MouldCentroid(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.seg = MouldSegmenter()
        self.threshold = threshold

    def construct(self, img):
        prob = self.seg(img)[0, 0]
        coords = ops.nonzero(prob > self.threshold)
        centroid = coords.astype(ms.float32).mean(axis=0)
        return centroid


def make():
    np.random.seed(3205)
    img = np.random.rand(1, 3, 32, 32).astype(np.float32)
    return MouldCentroid(), (Tensor(img),)

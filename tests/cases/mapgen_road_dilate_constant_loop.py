# case: road mask post-processing dilates the predicted mask a constructor-fixed number of times in a for loop over sub-Cells -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dilate(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=k, stride=1, pad_mode="same")

    def construct(self, m):
        return self.pool(m)


class RoadMaskCleaner(nn.Cell):
    def __init__(self, iters=2, threshold=0.5):
        super().__init__()
        self.dilations = nn.CellList([Dilate(3) for _ in range(iters)])
        self.threshold = threshold

    def construct(self, road_prob):
        m = (road_prob > self.threshold).astype(ms.float32)
        for d in self.dilations:
            m = d(m)
        gain = m.sum() - (road_prob > self.threshold).astype(ms.float32).sum()
        return m, gain


def make():
    np.random.seed(23)
    prob = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32) ** 3)
    return RoadMaskCleaner(), (prob,)

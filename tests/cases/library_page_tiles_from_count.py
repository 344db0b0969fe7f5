# case: score a scanned volume tile by tile, looping over range(int(n_pages)) where the page count arrives as a tensor, collecting per-page scores -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SkewScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.feat = nn.Conv2d(1, 4, 3, stride=2, pad_mode="same")
        self.head = nn.Dense(4, 1)

    def construct(self, page):
        f = ops.relu(self.feat(page)).mean(axis=(2, 3))
        return ops.sigmoid(self.head(f))


class VolumeQC(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scorer = SkewScorer()

    def construct(self, volume, n_pages):
        scores = []
        for i in range(int(n_pages)):
            scores.append(self.scorer(volume[i:i + 1]))
        return ops.concat(scores, axis=0).squeeze(-1)


def make():
    np.random.seed(93)
    vol = Tensor(np.random.rand(6, 1, 32, 24).astype(np.float32))
    n = Tensor(np.array(4), ms.int32)
    return VolumeQC(), (vol, n)

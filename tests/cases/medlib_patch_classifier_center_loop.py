# case: nodule patch classifier iterates over a tensor of candidate centers, crops a patch around each with int() coordinates and stacks the scores -> for over a tensor with data-derived slice bounds, expected rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH_RADIUS = 2


class PatchConfig:
    def __init__(self, radius=PATCH_RADIUS, channels=4, use_sigmoid=True):
        self.radius = radius
        self.channels = channels
        self.use_sigmoid = use_sigmoid


class PatchScorer(nn.Dense):
    def __init__(self, in_channels, use_sigmoid=True):
        super().__init__(in_channels, 1)
        self.use_sigmoid = use_sigmoid

    def construct(self, x):
        out = super().construct(x)
        return ops.sigmoid(out) if self.use_sigmoid else out


class CandidateClassifier(nn.Cell):
    def __init__(self, config=PatchConfig()):
        super().__init__()
        self.radius = config.radius
        self.encoder = nn.Conv3d(1, config.channels, 3, pad_mode="same", has_bias=True)
        self.scorer = PatchScorer(config.channels, config.use_sigmoid)

    def _crop(self, vol, center):
        r = self.radius
        z, y, x = int(center[0]), int(center[1]), int(center[2])
        return vol[:, :, z - r:z + r, y - r:y + r, x - r:x + r]

    def construct(self, volume, centers):
        feats = self.encoder(volume)
        scores = []
        for center in centers:
            patch = self._crop(feats, center)
            scores.append(self.scorer(patch.mean(axis=(2, 3, 4))))
        return ops.cat(scores, axis=0)


def make():
    np.random.seed(34)
    volume = Tensor(np.random.randn(1, 1, 12, 12, 12).astype(np.float32))
    centers = Tensor(np.array([[4, 5, 6], [7, 6, 3], [5, 8, 8]], np.int32))
    return CandidateClassifier(), (volume, centers)

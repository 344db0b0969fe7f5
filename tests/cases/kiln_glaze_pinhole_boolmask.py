# case: glaze defect detector scores image patches and keeps only the patches whose pinhole score exceeds a threshold via boolean indexing -> data-dependent output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinholeScorer(nn.Cell):
    def __init__(self, channels=3, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.conv = nn.Conv2d(channels, 8, 3, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(8, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, patches):
        # patches: (num_patches, C, H, W) cut from a photo of a glazed tile
        f = self.pool(ops.relu(self.conv(patches)))
        f = f.reshape(f.shape[0], -1)
        score = self.sigmoid(self.fc(f)).squeeze(-1)
        flagged = score[score > self.threshold]
        return flagged.mean()


def make():
    np.random.seed(11)
    patches = np.random.rand(16, 3, 12, 12).astype(np.float32)
    return PinholeScorer(), (Tensor(patches),)

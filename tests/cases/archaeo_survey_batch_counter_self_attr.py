# case: field-survey tile classifier increments a plain Python counter attribute on self inside construct to track processed tiles -> error or ignored side effect for attribute write on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurveyTileClassifier(nn.Cell):
    def __init__(self, n_bands=4, n_classes=3):
        super().__init__()
        self.conv = nn.Conv2d(n_bands, 8, 3, pad_mode="same")
        self.pool = ops.ReduceMean(keep_dims=False)
        self.fc = nn.Dense(8, n_classes)
        self.tiles_seen = 0

    def construct(self, tiles):
        self.tiles_seen = self.tiles_seen + tiles.shape[0]
        h = ops.relu(self.conv(tiles))
        h = self.pool(h, (2, 3))
        return self.fc(h)


def make():
    np.random.seed(12)
    tiles = Tensor(np.random.rand(2, 4, 12, 12).astype(np.float32))
    return SurveyTileClassifier(), (tiles,)

# case: site-survey model reads a plain Python config object only in __init__ and construct uses the stored ints and floats -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurveyConfig:
    def __init__(self, n_bands=5, hidden=16, n_classes=4, nodata=-9999.0):
        self.n_bands = n_bands
        self.hidden = hidden
        self.n_classes = n_classes
        self.nodata = nodata


class MultispectralSiteClassifier(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else SurveyConfig()
        self.nodata = cfg.nodata
        self.fc1 = nn.Dense(cfg.n_bands, cfg.hidden)
        self.fc2 = nn.Dense(cfg.hidden, cfg.n_classes)

    def construct(self, pixels):
        valid = (pixels != self.nodata).astype(pixels.dtype)
        x = pixels * valid
        logits = self.fc2(ops.relu(self.fc1(x)))
        return logits, valid.min(axis=1)


def make():
    np.random.seed(45)
    px = np.random.rand(8, 5).astype(np.float32)
    px[2, 3] = -9999.0
    return MultispectralSiteClassifier(), (Tensor(px),)

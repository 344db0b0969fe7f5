# case: training patch sampler finds labelled pixel centres with ops.nonzero on the annotation mask and gathers their features -> nonzero gives a data-dependent number of rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = 255


class SamplerConfig:
    def __init__(self, ignore_index=IGNORE_INDEX, max_samples=None):
        self.ignore_index = ignore_index
        self.max_samples = max_samples


class LabelledPixelSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.max_samples = config.max_samples

    def _centres(self, labels):
        valid = ops.not_equal(labels, self.ignore_index)
        return ops.nonzero(valid)

    def construct(self, features, labels):
        centres = self._centres(labels)
        if self.max_samples is not None:
            centres = centres[: self.max_samples]
        flat = features.transpose(1, 2, 0).reshape(-1, features.shape[0])
        lin = centres[:, 0] * labels.shape[1] + centres[:, 1]
        return ops.gather(flat, lin, 0), ops.gather(labels.reshape(-1), lin, 0)


def make():
    np.random.seed(3378)
    feats = Tensor(np.random.rand(8, 20, 20).astype(np.float32))
    lab = np.random.randint(0, 5, (20, 20)).astype(np.int32)
    lab[np.random.rand(20, 20) < 0.6] = IGNORE_INDEX
    return LabelledPixelSampler(SamplerConfig()), (feats, Tensor(lab))

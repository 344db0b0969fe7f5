# case: sparse ground-truth sampler finds coordinates of labelled pixels with nonzero and gathers their spectra -> dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, num_bands=16, background=0, flatten=True):
        self.num_bands = num_bands
        self.background = background
        self.flatten = flatten


class GroundTruthSampler(nn.Cell):
    """Collects (spectrum, label) pairs from a scene for the labelled pixels only."""

    def __init__(self, config, classifier=None):
        super().__init__()
        self.background = config.background
        self.flatten = config.flatten
        self.classifier = classifier if classifier is not None else nn.Dense(config.num_bands, 6)

    def labelled_coords(self, gt):
        return ops.nonzero(gt != self.background)

    def construct(self, scene, gt):
        # scene: (bands, h, w); gt: (h, w)
        cube = scene.transpose(1, 2, 0)
        coords = self.labelled_coords(gt)
        spectra = ops.gather_nd(cube, coords)
        labels = ops.gather_nd(gt, coords)
        logits = self.classifier(spectra)
        return logits, labels


def make():
    np.random.seed(3827)
    cfg = SamplerConfig()
    scene = Tensor(np.random.rand(cfg.num_bands, 12, 12).astype(np.float32))
    gt = Tensor((np.random.rand(12, 12) > 0.7).astype(np.int32) * np.random.randint(1, 7, (12, 12)).astype(np.int32))
    return GroundTruthSampler(cfg), (scene, gt)

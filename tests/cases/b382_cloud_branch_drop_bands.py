# case: scene encoder drops every other band when the mean reflectance (a cloudy/bright scene) exceeds a threshold, otherwise keeps all bands -> error (tensor if with branches of different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneConfig:
    def __init__(self, num_bands=16, bright_threshold=0.45, embed_dim=8):
        self.num_bands = num_bands
        self.bright_threshold = bright_threshold
        self.embed_dim = embed_dim


class BaseSceneEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bright_threshold = config.bright_threshold

    def select_bands(self, spectra):
        if spectra.mean() > self.bright_threshold:
            spectra = spectra[:, ::2]
        return spectra

    def construct(self, spectra):
        return self.select_bands(spectra)


class SceneEncoder(BaseSceneEncoder):
    def __init__(self, config):
        super().__init__(config)
        self.embed_dim = config.embed_dim

    def construct(self, spectra):
        x = super().construct(spectra)
        gram = ops.matmul(x.T, x) / x.shape[0]
        return gram.mean(0)


def make():
    np.random.seed(3848)
    cfg = SceneConfig()
    x = Tensor(np.random.rand(20, cfg.num_bands).astype(np.float32))
    return SceneEncoder(cfg), (x,)

# case: scene encoder halves the weight of every other band when the mean reflectance exceeds a threshold; both branches keep the band count -> static (tensor if, same shapes)
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
        alt = np.ones(config.num_bands, np.float32)
        alt[1::2] = 0.5
        self.alt_weights = Tensor(alt)

    def select_bands(self, spectra):
        if spectra.mean() > self.bright_threshold:
            spectra = spectra * self.alt_weights
        else:
            spectra = spectra * 1.0
        return spectra

    def construct(self, spectra):
        return self.select_bands(spectra)


class SceneEncoder(BaseSceneEncoder):
    def __init__(self, config):
        super().__init__(config)
        self.proj = nn.Dense(config.num_bands, config.embed_dim)

    def construct(self, spectra):
        x = super().construct(spectra)
        return self.proj(x)


def make():
    np.random.seed(3849)
    cfg = SceneConfig()
    x = Tensor(np.random.rand(20, cfg.num_bands).astype(np.float32))
    return SceneEncoder(cfg), (x,)

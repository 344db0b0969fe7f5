# case: target-detection patcher centres a fixed-size spectral-spatial window on the brightest pixel (argmax of the band mean) found at run time -> dynamic or error (slice start from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowConfig:
    def __init__(self, window=5, num_bands=10, pad_mode="constant"):
        self.window = window
        self.num_bands = num_bands
        self.pad_mode = pad_mode


class BrightTargetPatcher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.window = config.window
        self.radius = config.window // 2
        self.pad_mode = config.pad_mode
        self.embed = nn.Dense(config.num_bands, 4)

    def _centre(self, scene):
        intensity = scene.mean(axis=0)
        flat_idx = intensity.reshape(-1).argmax()
        w = intensity.shape[1]
        return flat_idx // w, flat_idx % w

    def construct(self, scene):
        # scene: (bands, h, w); pad so that any centre yields a full window
        r = self.radius
        padded = ops.pad(scene.expand_dims(0), (r, r, r, r), mode=self.pad_mode)[0]
        row, col = self._centre(scene)
        window = padded[:, row:row + self.window, col:col + self.window]
        spectra = window.reshape(window.shape[0], -1).T
        return self.embed(spectra)


def make():
    np.random.seed(3859)
    cfg = WindowConfig()
    scene = Tensor(np.random.rand(cfg.num_bands, 9, 9).astype(np.float32))
    return BrightTargetPatcher(cfg), (scene,)

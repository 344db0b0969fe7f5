# case: front-end hyper-parameters held in an @ms.jit_class config object read inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FrontendConfig:
    def __init__(self, frame_len=32, hop=16, log_offset=1e-6, normalize=True):
        self.frame_len = frame_len
        self.hop = hop
        self.log_offset = log_offset
        self.normalize = normalize

    def num_frames(self, n_samples):
        return 1 + (n_samples - self.frame_len) // self.hop


class EnergyFeatures(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else FrontendConfig()

    def construct(self, wav):
        n = self.cfg.num_frames(wav.shape[-1])
        frames = ops.stack([wav[:, i * self.cfg.hop: i * self.cfg.hop + self.cfg.frame_len]
                            for i in range(n)], axis=1)
        feats = ops.log((frames ** 2).mean(axis=-1) + self.cfg.log_offset)
        if self.cfg.normalize:
            feats = feats - feats.mean(axis=-1, keep_dims=True)
        return feats


def make():
    np.random.seed(36)
    wav = np.random.randn(2, 176).astype(np.float32)
    return EnergyFeatures(), (Tensor(wav),)

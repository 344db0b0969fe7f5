# case: SpecAugment front-end whose numpy-driven time/frequency masking runs only under `if self.training and self.apply_spec_aug`; the model is in eval mode -> branch is dead, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontendConfig:
    def __init__(self, num_mel_bins=20, apply_spec_aug=True, num_t_mask=2, num_f_mask=2, max_t=10, max_f=4):
        self.num_mel_bins = num_mel_bins
        self.apply_spec_aug = apply_spec_aug
        self.num_t_mask = num_t_mask
        self.num_f_mask = num_f_mask
        self.max_t = max_t
        self.max_f = max_f


class SpecAugFrontend(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.apply_spec_aug = config.apply_spec_aug
        self.num_t_mask, self.num_f_mask = config.num_t_mask, config.num_f_mask
        self.max_t, self.max_f = config.max_t, config.max_f
        self.proj = nn.Dense(config.num_mel_bins, 32)

    def _spec_aug(self, feats):
        y = feats.asnumpy().copy()
        max_frames, max_freq = y.shape[1], y.shape[2]
        for _ in range(self.num_t_mask):
            start = np.random.randint(0, max_frames - 1)
            end = min(max_frames, start + np.random.randint(1, self.max_t))
            y[:, start:end, :] = 0
        for _ in range(self.num_f_mask):
            start = np.random.randint(0, max_freq - 1)
            end = min(max_freq, start + np.random.randint(1, self.max_f))
            y[:, :, start:end] = 0
        return Tensor(y)

    def construct(self, feats):
        if self.training and self.apply_spec_aug:
            feats = self._spec_aug(feats)
        return self.proj(feats)


def make():
    np.random.seed(5)
    net = SpecAugFrontend(FrontendConfig())
    net.set_train(False)
    feats = Tensor(np.random.randn(2, 50, 20).astype(np.float32))
    return net, (feats,)

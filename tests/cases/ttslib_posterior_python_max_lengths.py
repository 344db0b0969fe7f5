# case: VITS posterior encoder crops the spectrogram batch to max(int(l) for l in lengths) using Python builtins on tensor values -> dynamic or error (builtins on tensor data decide a slice)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosteriorConfig:
    def __init__(self, spec_channels=20, hidden_channels=16, out_channels=8, crop_to_batch_max=True):
        self.spec_channels = spec_channels
        self.hidden_channels = hidden_channels
        self.out_channels = out_channels
        self.crop_to_batch_max = crop_to_batch_max


class PosteriorEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = nn.Conv1d(config.spec_channels, config.hidden_channels, 1, has_bias=True)
        self.proj = nn.Conv1d(config.hidden_channels, config.out_channels * 2, 1, has_bias=True)
        self.crop = config.crop_to_batch_max
        self.out_channels = config.out_channels

    def _crop(self, spec, lengths):
        max_len = max([int(l) for l in lengths])
        return spec[:, :, :max_len]

    def construct(self, spec, spec_lengths):
        if self.crop:
            spec = self._crop(spec, spec_lengths)
        t = spec.shape[-1]
        mask = (ops.arange(t).expand_dims(0) < spec_lengths.expand_dims(1)).astype(spec.dtype).expand_dims(1)
        stats = self.proj(ops.relu(self.pre(spec)) * mask) * mask
        m, logs = ops.split(stats, self.out_channels, axis=1)
        return m, logs, mask


def make():
    np.random.seed(46)
    cfg = PosteriorConfig()
    spec = Tensor(np.random.randn(2, cfg.spec_channels, 32).astype(np.float32))
    lens = Tensor(np.array([27, 19], dtype=np.int32))
    return PosteriorEncoder(cfg), (spec, lens)

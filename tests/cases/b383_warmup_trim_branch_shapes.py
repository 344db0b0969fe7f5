# case: streaming encoder drops the first warm-up frames only when the input energy is above a floor (tensor condition), so the two branches leave feature tensors with different frame counts -> if on tensor value with shape-changing branches, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    n_mels = 40
    hidden = 32
    warmup_frames = 4
    energy_floor = -1.0


class WarmupTrim(nn.Cell):
    def __init__(self, warmup_frames, energy_floor):
        super().__init__()
        self.warmup_frames = warmup_frames
        self.energy_floor = energy_floor

    def construct(self, feats):
        if feats.mean() > self.energy_floor:
            feats = feats[:, self.warmup_frames:, :]
        return feats


class StreamingEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim = WarmupTrim(config.warmup_frames, config.energy_floor)
        self.proj = nn.Dense(config.n_mels, config.hidden)
        self.norm = nn.LayerNorm((config.hidden,))

    def construct(self, feats):
        feats = self.trim(feats)
        h = self.norm(ops.relu(self.proj(feats)))
        return h.mean(axis=1)


def make():
    np.random.seed(38314)
    feats = Tensor(np.random.randn(2, 49, 40).astype(np.float32))
    return StreamingEncoder(EncoderConfig()), (feats,)

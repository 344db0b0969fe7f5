# case: separator builds a plain Python SeparationResult object in construct holding sources, masks and the speaker count, and returns it -> custom Python class instance created and returned from the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeparationResult:
    def __init__(self, sources, masks, num_spk):
        self.sources = sources
        self.masks = masks
        self.num_spk = num_spk


class TwoSpeakerMaskNet(nn.Cell):
    def __init__(self, n_bins=16, hidden=24, num_spk=2):
        super().__init__()
        self.num_spk = num_spk
        self.n_bins = n_bins
        self.body = nn.SequentialCell([nn.Dense(n_bins, hidden), nn.ReLU()])
        self.heads = nn.Dense(hidden, n_bins * num_spk)

    def construct(self, mix):
        # mix: (batch, frames, bins)
        b, t, f = mix.shape
        logits = self.heads(self.body(mix)).reshape(b, t, self.num_spk, f)
        masks = ops.softmax(logits, axis=2)
        sources = masks * mix.expand_dims(2)
        return SeparationResult(sources, masks, self.num_spk)


def make():
    np.random.seed(41)
    mix = np.abs(np.random.randn(2, 8, 16)).astype(np.float32)
    return TwoSpeakerMaskNet(), (Tensor(mix),)

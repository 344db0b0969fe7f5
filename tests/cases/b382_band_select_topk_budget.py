# case: informative-band selector keeps a band budget derived from the summed saliency scores, then top-k picks those bands -> dynamic (k from tensor values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandSelectConfig:
    def __init__(self, num_bands=32, budget_ratio=0.25, use_softmax=True):
        self.num_bands = num_bands
        self.budget_ratio = budget_ratio
        self.use_softmax = use_softmax


class SaliencyBandSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_softmax = config.use_softmax
        self.budget_ratio = config.budget_ratio
        self.score = nn.Dense(config.num_bands, config.num_bands)

    def _band_budget(self, saliency):
        # expected number of bands switched on, at least one
        total = saliency.sum() * self.budget_ratio
        return max(int(total), 1)

    def construct(self, spectra):
        # spectra: (pixels, bands)
        logits = self.score(spectra).mean(axis=0)
        saliency = ops.softmax(logits) * logits.shape[0] if self.use_softmax else ops.sigmoid(logits)
        k = self._band_budget(saliency)
        _, band_idx = ops.topk(saliency, k)
        selected = ops.gather(spectra, band_idx, 1)
        return selected


def make():
    np.random.seed(3821)
    cfg = BandSelectConfig()
    x = Tensor(np.random.rand(64, cfg.num_bands).astype(np.float32))
    return SaliencyBandSelector(cfg), (x,)

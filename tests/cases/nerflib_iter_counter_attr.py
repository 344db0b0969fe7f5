# case: BARF-style positional encoder anneals frequency bands by a step counter kept on self and incremented inside construct -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncodingConfig:
    n_freqs = 6
    include_input = True
    anneal_steps = 100
    barf_anneal = True


class AnnealedPosEnc(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_freqs = config.n_freqs
        self.include_input = config.include_input
        self.anneal_steps = config.anneal_steps
        self.barf_anneal = getattr(config, "barf_anneal", False)
        self.freq_bands = [2.0 ** i for i in range(self.n_freqs)]
        self.step = 0

    def _band_weights(self):
        alpha = min(self.step / self.anneal_steps, 1.0) * self.n_freqs
        return [0.5 * (1.0 - float(np.cos(np.pi * min(max(alpha - k, 0.0), 1.0)))) for k in range(self.n_freqs)]

    def construct(self, x):
        if self.barf_anneal:
            self.step = self.step + 1
        weights = self._band_weights()
        out = [x] if self.include_input else []
        for w, f in zip(weights, self.freq_bands):
            out.append(w * ops.sin(x * f))
            out.append(w * ops.cos(x * f))
        return ops.concat(out, axis=-1)


def make():
    np.random.seed(2)
    x = np.random.uniform(-1, 1, (32, 3)).astype(np.float32)
    return AnnealedPosEnc(EncodingConfig()), (Tensor(x),)

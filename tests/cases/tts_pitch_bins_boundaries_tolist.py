# case: quantizes pitch into embedding bins with boundaries derived from the utterance's min/max via tolist() -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchQuantizer(nn.Cell):
    def __init__(self, n_bins=8, hidden=16, log_scale=True):
        super().__init__()
        self.n_bins = n_bins
        self.log_scale = log_scale
        self.embedding = nn.Embedding(n_bins, hidden)

    def _boundaries(self, pitch):
        lo = pitch.min()
        hi = pitch.max()
        steps = ops.linspace(lo, hi, self.n_bins - 1)
        return steps.tolist()

    def construct(self, pitch):
        if self.log_scale:
            pitch = ops.log1p(pitch)
        bounds = self._boundaries(pitch)
        buckets = ops.bucketize(pitch, bounds)
        return self.embedding(buckets.astype(ms.int32))


class PitchConditionedEncoder(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.quant = PitchQuantizer(hidden=hidden)
        self.ln = nn.LayerNorm((hidden,))

    def construct(self, enc_out, pitch):
        return self.ln(enc_out + self.quant(pitch))


def make():
    np.random.seed(19)
    enc = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    p = Tensor((np.abs(np.random.randn(2, 6)) * 150).astype(np.float32))
    return PitchConditionedEncoder(), (enc, p)

# case: read normalisation constants for catalogue field features from a @ms.jit_class config object built in __init__, never writing it in construct -> reading a jit_class is fine, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FieldNorm:
    def __init__(self, year_mean, year_std, pages_scale):
        self.year_mean = year_mean
        self.year_std = year_std
        self.pages_scale = pages_scale

    def apply(self, years, pages):
        return (years - self.year_mean) / self.year_std, pages / self.pages_scale


class RecordFeaturiser(nn.Cell):
    def __init__(self, text_dim=24):
        super().__init__()
        self.norm = FieldNorm(1980.0, 25.0, 400.0)
        self.text = nn.Dense(text_dim, 14)

    def construct(self, text_feats, years, pages):
        y, p = self.norm.apply(years, pages)
        t = ops.tanh(self.text(text_feats))
        return ops.concat((t, y.expand_dims(1), p.expand_dims(1)), axis=1)


def make():
    np.random.seed(62)
    text = Tensor(np.random.randn(9, 24).astype(np.float32))
    years = Tensor(np.random.randint(1900, 2024, 9).astype(np.float32))
    pages = Tensor(np.random.randint(40, 900, 9).astype(np.float32))
    return RecordFeaturiser(), (text, years, pages)

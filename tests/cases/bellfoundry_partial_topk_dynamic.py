# case: pick the strongest bell partials, with how many to keep counted from peaks above the noise floor -> topk with k from data, expected error or dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def db_scale(spec, ref=1e-6):
    return 20.0 * ops.log10(spec + ref)


class PartialPicker(nn.Cell):
    def __init__(self, floor_db=-20.0):
        super().__init__()
        self.floor_db = floor_db

    def construct(self, spectrum):
        level = db_scale(spectrum)
        n_partials = (level > self.floor_db).astype(ms.int32).sum()
        k = int(n_partials)
        amps, bins = ops.topk(spectrum, k)
        return amps, bins


def make():
    np.random.seed(3)
    spec = np.abs(np.random.randn(256)).astype(np.float32) * 0.05
    spec[[20, 41, 52, 63, 80, 120]] = [0.9, 0.8, 0.5, 0.4, 0.7, 0.3]
    return PartialPicker(), (Tensor(spec),)

# case: gather the tension profile of the first n spans of the track rope where n comes from the maintenance request tensor via ops.arange(int(n)) -> gather index length from data, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanWindow(nn.Cell):
    def __init__(self, n_spans=12, sag_coeff=0.02):
        super().__init__()
        self.n_spans = n_spans
        self.sag_coeff = sag_coeff

    def sag(self, tension, span_len):
        # parabolic sag estimate w*L^2 / (8T), w folded into sag_coeff
        return self.sag_coeff * span_len * span_len / (8.0 * tension)

    def construct(self, tension_kn, span_len_m, n_request):
        idx = ops.arange(int(n_request))
        t = ops.gather(tension_kn, idx, 0)
        L = ops.gather(span_len_m, idx, 0)
        return self.sag(t, L)


def make():
    np.random.seed(81)
    t = np.random.uniform(120, 180, size=12).astype(np.float32)
    L = np.random.uniform(150, 600, size=12).astype(np.float32)
    return SpanWindow(), (Tensor(t), Tensor(L), Tensor(5, ms.int32))

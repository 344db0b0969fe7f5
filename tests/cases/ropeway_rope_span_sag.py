# case: gather the tension profile of the spans listed in a fixed maintenance route (Python list of indices) and estimate the sag -> constant gather indices, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanSag(nn.Cell):
    def __init__(self, route=(0, 2, 3, 7, 11), sag_coeff=0.02):
        super().__init__()
        self.route = Tensor(np.array(route, dtype=np.int32))
        self.sag_coeff = sag_coeff

    def sag(self, tension, span_len):
        return self.sag_coeff * span_len * span_len / (8.0 * tension)

    def construct(self, tension_kn, span_len_m):
        t = ops.gather(tension_kn, self.route, 0)
        L = ops.gather(span_len_m, self.route, 0)
        s = self.sag(t, L)
        return s, s.argmax()


def make():
    np.random.seed(81)
    t = np.random.uniform(120, 180, size=12).astype(np.float32)
    L = np.random.uniform(150, 600, size=12).astype(np.float32)
    return SpanSag(), (Tensor(t), Tensor(L))

# case: truncation trick applied only to the first k style layers, k counted from tensor layer-weights above a cutoff -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TruncatedStyles(nn.Cell):
    """Pull w towards w_avg for the coarse layers (StyleGAN truncation)."""

    def __init__(self, w_dim=8, n_ws=6, psi=0.7, cutoff=0.5):
        super().__init__()
        self.w_avg = Parameter(Tensor(np.zeros(w_dim, np.float32)), name="w_avg", requires_grad=False)
        decay = np.linspace(1.0, 0.0, n_ws).astype(np.float32)
        self.layer_weight = Parameter(Tensor(decay), name="layer_weight", requires_grad=False)
        self.psi = psi
        self.cutoff = cutoff

    def num_truncated(self):
        keep = (self.layer_weight > self.cutoff).astype(ms.int32)
        return keep.sum()

    def construct(self, ws):
        if self.psi == 1.0:
            return ws
        k = self.num_truncated()
        coarse = self.w_avg + self.psi * (ws[:, :k] - self.w_avg)
        fine = ws[:, k:]
        return ops.concat((coarse, fine), axis=1)


def make():
    np.random.seed(0)
    ws = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return TruncatedStyles(), (ws,)
